// Bundles the action (dist/index.js) and the command line (dist/cli.js) with esbuild.
import { build } from 'esbuild'
import { readFile, writeFile } from 'node:fs/promises'

const pkg = JSON.parse(await readFile('package.json', 'utf8'))

// An ESM bundle has no `require`; some CommonJS dependencies still call it.
const banner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  define: { __GATE_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning'
}

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', banner: { js: banner } })
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${banner}` }
})
await writeFile('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
