// Bundles the action (dist/index.js) and the command line (dist/cli.js) with esbuild.
import { build } from 'esbuild'
import { readFile, rm, writeFile } from 'node:fs/promises'

const pkg = JSON.parse(await readFile('package.json', 'utf8'))

// An ESM bundle has no `require`; some CommonJS dependencies still call it.
const banner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

/**
 * @actions/core loads an HTTP client (undici, 0.8 MB) at start for one function, getIDToken, which the
 * gate never calls. Its OIDC module is replaced with one that says so, and undici is loaded only with the
 * GitHub client, when a report is published.
 */
const withoutOidc = {
  name: 'without-oidc',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes('@actions/core') ? { path: 'oidc-utils', namespace: 'without-oidc' } : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'without-oidc' }, () => ({
      contents:
        "export class OidcClient { static async getIDToken() { throw new Error('readiness-gate does not request OIDC tokens') } }",
      loader: 'js'
    }))
  }
}

/**
 * @actions/core imports node:crypto (about 9 ms to load) for one call: the random delimiter of a
 * multi-line output. That import is replaced with a function that loads node:crypto on its first call,
 * so a run starts its first check without it.
 */
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?crypto$/ }, (args) =>
      args.importer.includes('@actions/core') ? { path: 'crypto', namespace: 'lazy-crypto' } : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      contents:
        "import { createRequire } from 'node:module'; const load = createRequire(import.meta.url); export const randomUUID = () => load('node:crypto').randomUUID()",
      loader: 'js'
    }))
  }
}

// Chunk names carry a content hash: stale chunks from an earlier build would otherwise stay in dist/.
await rm('dist/chunks', { recursive: true, force: true })

// One build of both entry points, split: code loaded with import() (the GitHub client, used only to
// publish) sits in its own chunk and is read only when it is needed.
await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // Whitespace and syntax only: names are kept, so a stack trace from dist/ still names its functions.
  minifyWhitespace: true,
  minifySyntax: true,
  define: { __GATE_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: banner },
  plugins: [withoutOidc, lazyCrypto],
  logLevel: 'warning'
})
await writeFile('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')

// The CLI is run directly: it needs its shebang first, before the banner.
const cli = await readFile('dist/cli.js', 'utf8')
await writeFile('dist/cli.js', `#!/usr/bin/env node\n${cli}`, { mode: 0o755 })
