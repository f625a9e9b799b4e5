import { join } from 'node:path'
import type { FileSystem } from '../ports/file-system.js'

/**
 * Where builds are usually written; tsconfig's outDir is added. `build`, `lib` and `out` count only as an
 * outDir: projects keep configuration in `build/` and sources in `lib/`, and waiting on a failed build
 * would leave tests that never needed it unknown.
 */
const OUTPUT_DIRS = ['dist']
/** A test script that runs the build or tsc first does not need the build check's output. */
const BUILDS_ITSELF = /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|\btsc\b/
const TEST_DIRS = ['test', 'tests', '__tests__', 'spec', 'src']
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$|^test.*\.[cm]?[jt]s$/
/** How many test files are read, and folder entries looked at, to find imports of the build output: bounded in time. */
const MAX_TEST_FILES = 200
const MAX_ENTRIES = 5000

/**
 * Whether the test script runs the build's output, so the tests must wait for the build: the script
 * names the output folder (`node --test dist/`), or a test file imports from it (`../dist/index.js`).
 * A script that builds by itself (`pretest`, `npm run build && jest`) does not wait.
 */
export async function testsNeedBuild(fs: FileSystem, root: string, scripts: Record<string, string>): Promise<boolean> {
  const test = scripts.test
  if (!test || !scripts.build || scripts.pretest || BUILDS_ITSELF.test(test)) return false
  const outDirs = [...OUTPUT_DIRS, ...(await tsconfigOutDir(fs, root))]
  const names = outDirs.map((dir) => dir.replace(/^\.\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  if (new RegExp(`(?:^|[\\s'"=/])(?:\\./)?(?:${names})(?:/|\\s|$)`).test(test)) return true
  const importsOutput = new RegExp(`(?:from\\s*|require\\(\\s*|import\\(\\s*)['"](?:\\.\\.?/)+(?:${names})(?:/|['"])`)
  for (const file of await testFiles(fs, root)) {
    if (importsOutput.test(await fs.readText(file))) return true
  }
  return false
}

async function tsconfigOutDir(fs: FileSystem, root: string): Promise<string[]> {
  const path = join(root, 'tsconfig.json')
  if (!fs.exists(path)) return []
  const outDir = /"outDir"\s*:\s*"([^"]+)"/.exec(await fs.readText(path))?.[1]
  return outDir ? [outDir.replace(/\/$/, '')] : []
}

async function testFiles(fs: FileSystem, root: string): Promise<string[]> {
  const found: string[] = []
  let seen = 0
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (found.length >= MAX_TEST_FILES || seen >= MAX_ENTRIES || depth > 4 || !fs.exists(dir)) return
    for (const entry of await fs.list(dir)) {
      if (found.length >= MAX_TEST_FILES || ++seen >= MAX_ENTRIES) return
      const path = join(dir, entry.name)
      if (entry.isDirectory && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
        await visit(path, depth + 1)
      else if (entry.isFile && TEST_FILE.test(entry.name)) found.push(path)
    }
  }
  for (const dir of TEST_DIRS) await visit(join(root, dir), 1)
  return found
}
