import { dirname, join, resolve } from 'node:path'
import type { FileSystem } from '../ports/file-system.js'
import * as z from 'zod/mini'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { parseJsonFile } from '../parse-json.js'
import { testsNeedBuild } from './build-order.js'

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun'
export type TestRunner = 'jest' | 'vitest' | 'node:test' | 'mocha' | 'bun'

/** What the gate learned about a repository from its files, before running anything. */
export interface Toolchain {
  root: string
  name?: string
  packageManager: PackageManager
  /** The lockfile the package manager was chosen from, or why none was used. */
  detectedFrom: string
  lockfile?: string
  /** Yarn berry's own release named by `.yarnrc.yml` (`yarnPath`), absolute: the version the repository pins. */
  yarnPath?: string
  scripts: Record<string, string>
  dependencies: Set<string>
  hasNodeModules: boolean
  hasTsconfig: boolean
  /** The tsconfig.json has project references, so it is checked with `tsc -b`. */
  tsconfigReferences: boolean
  testRunner?: TestRunner
  /** The tests run the build's output, so they wait for the build (see build-order.ts). */
  testsNeedBuild: boolean
  /** Workspace patterns from package.json `workspaces` or pnpm-workspace.yaml: `packages/*`. */
  workspaces: string[]
}

const LOCKFILES: ReadonlyArray<[string, PackageManager]> = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['yarn.lock', 'yarn'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm']
]

/** npm writes this placeholder into new package.json files; it is not a test suite. */
const NPM_PLACEHOLDER_TEST = /no test specified/

/** The fields of a package.json the gate reads; the others may hold anything. */
const packageJsonSchema = z.looseObject({
  name: z.optional(z.string()),
  workspaces: z.optional(
    z.union([z.array(z.string()), z.looseObject({ packages: z.optional(z.array(z.string())) })], {
      error: 'expected a list of folder globs, or an object whose packages are one'
    })
  ),
  packageManager: z.optional(z.string()),
  scripts: z.optional(z.record(z.string(), z.string())),
  dependencies: z.optional(z.record(z.string(), z.string())),
  devDependencies: z.optional(z.record(z.string(), z.string()))
})

type PackageJson = z.infer<typeof packageJsonSchema>

export async function detectToolchain(fs: FileSystem, root: string): Promise<Toolchain | undefined> {
  const manifestPath = join(root, 'package.json')
  if (!fs.exists(manifestPath)) return undefined
  const manifest = await readManifest(fs, manifestPath)
  const scripts = { ...(manifest.scripts ?? {}) }
  if (scripts.test && NPM_PLACEHOLDER_TEST.test(scripts.test)) delete scripts.test
  const dependencies = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {})
  ])
  const { packageManager, lockfile, detectedFrom } = await detectPackageManager(fs, root, manifest)
  const yarnPath = packageManager === 'yarn-berry' ? await readYarnPath(fs, root) : undefined
  return {
    root,
    ...(manifest.name ? { name: manifest.name } : {}),
    packageManager,
    detectedFrom,
    lockfile,
    ...(yarnPath ? { yarnPath } : {}),
    scripts,
    dependencies,
    hasNodeModules: fs.exists(join(root, 'node_modules')),
    hasTsconfig: fs.exists(join(root, 'tsconfig.json')),
    tsconfigReferences: await hasReferences(fs, join(root, 'tsconfig.json')),
    testRunner: detectTestRunner(scripts.test, dependencies),
    testsNeedBuild: await testsNeedBuild(fs, root, scripts),
    workspaces: await readWorkspacePatterns(fs, root, manifest)
  }
}

async function readWorkspacePatterns(fs: FileSystem, root: string, manifest: PackageJson): Promise<string[]> {
  const declared = Array.isArray(manifest.workspaces) ? manifest.workspaces : (manifest.workspaces?.packages ?? [])
  const pnpmFile = join(root, 'pnpm-workspace.yaml')
  if (!fs.exists(pnpmFile)) return declared
  const pnpm = (await readYaml(pnpmFile, await fs.readText(pnpmFile))) as { packages?: unknown } | null
  const listed = Array.isArray(pnpm?.packages) ? pnpm.packages.filter((p): p is string => typeof p === 'string') : []
  return [...declared, ...listed].filter((p) => !p.startsWith('!'))
}

/** A YAML file of the repository's, as data; one that is not YAML is a user error that names it. */
async function readYaml(path: string, text: string): Promise<unknown> {
  const { parse } = await import('../yaml.js')
  try {
    return parse(text)
  } catch (error) {
    throw new ConfigurationError(`${path} is not valid YAML: ${getErrorMessage(error)}`, { cause: error })
  }
}

/** The package folders the workspace patterns name, repository-relative, each with a package.json. */
export async function expandWorkspaces(fs: FileSystem, root: string, patterns: string[]): Promise<string[]> {
  const found = new Set<string>()
  for (const pattern of patterns.map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''))) {
    const star = pattern.indexOf('*')
    if (star < 0) {
      if (fs.exists(join(root, pattern, 'package.json'))) found.add(pattern)
      continue
    }
    const parent = pattern.slice(0, pattern.lastIndexOf('/', star) + 1).replace(/\/$/, '')
    if (!fs.exists(join(root, parent))) continue
    // A pattern whose folder is a file, or unreadable, names no package, as one whose folder is missing.
    for (const entry of await fs.list(join(root, parent)).catch(() => [])) {
      const candidate = parent ? `${parent}/${entry.name}` : entry.name
      if (entry.isDirectory && entry.name !== 'node_modules' && fs.exists(join(root, candidate, 'package.json')))
        found.add(candidate)
    }
  }
  return [...found].sort()
}

async function hasReferences(fs: FileSystem, tsconfig: string): Promise<boolean> {
  return fs.exists(tsconfig) && /"references"\s*:/.test(await fs.readText(tsconfig))
}

async function readManifest(fs: FileSystem, path: string): Promise<PackageJson> {
  // A field of the wrong type would otherwise fail deep inside the gate, or run a script npm drops.
  return parseJsonFile(
    'The manifest',
    path,
    await fs.readText(path),
    packageJsonSchema,
    'a package.json the gate can read'
  )
}

async function detectPackageManager(
  fs: FileSystem,
  root: string,
  manifest: PackageJson
): Promise<{ packageManager: PackageManager; lockfile?: string; detectedFrom: string }> {
  const lockfile = LOCKFILES.find(([name]) => fs.exists(join(root, name)))
  const declared = manifest.packageManager?.split('@')[0]
  if (declared === 'npm' || declared === 'pnpm' || declared === 'bun') {
    return {
      packageManager: declared,
      lockfile: lockfile?.[0],
      detectedFrom: `packageManager "${manifest.packageManager}"`
    }
  }
  if (declared === 'yarn') {
    const major = Number(manifest.packageManager?.split('@')[1]?.split('.')[0])
    const packageManager = major >= 2 ? 'yarn-berry' : 'yarn'
    return { packageManager, lockfile: lockfile?.[0], detectedFrom: `packageManager "${manifest.packageManager}"` }
  }
  if (!lockfile) return { packageManager: 'npm', detectedFrom: 'no lockfile; npm assumed' }
  const [name, manager] = lockfile
  if (manager === 'yarn' && (await isBerryLockfile(fs, join(root, name)))) {
    return { packageManager: 'yarn-berry', lockfile: name, detectedFrom: name }
  }
  return { packageManager: manager, lockfile: name, detectedFrom: name }
}

async function readYarnPath(fs: FileSystem, root: string): Promise<string | undefined> {
  const rcFile = join(root, '.yarnrc.yml')
  if (!fs.exists(rcFile)) return undefined
  const rc = await readYaml(rcFile, await fs.readText(rcFile))
  const yarnPath = (rc as { yarnPath?: unknown } | null)?.yarnPath
  if (typeof yarnPath !== 'string' || !yarnPath) return undefined
  const absolute = resolve(root, yarnPath)
  return fs.exists(absolute) ? absolute : undefined
}

/**
 * The command that starts the repository's package manager with these arguments. Berry runs the release
 * the repository commits when it names one, whatever `yarn` is on PATH; otherwise `yarn` (with Corepack
 * enabled, the version in `packageManager`).
 */
export function packageManagerCommand(
  toolchain: Pick<Toolchain, 'packageManager' | 'yarnPath'>,
  args: string[]
): { command: string; args: string[] } {
  if (toolchain.packageManager === 'yarn-berry') {
    return toolchain.yarnPath ? { command: 'node', args: [toolchain.yarnPath, ...args] } : { command: 'yarn', args }
  }
  return { command: toolchain.packageManager, args }
}

async function isBerryLockfile(fs: FileSystem, path: string): Promise<boolean> {
  return /^__metadata:/m.test(await fs.readText(path))
}

function detectTestRunner(testScript: string | undefined, dependencies: Set<string>): TestRunner | undefined {
  if (testScript) {
    if (/\bvitest\b/.test(testScript)) return 'vitest'
    if (/\bjest\b/.test(testScript)) return 'jest'
    if (/\bnode\b[^&|;]*--test\b/.test(testScript)) return 'node:test'
    if (/\bmocha\b/.test(testScript)) return 'mocha'
    if (/\bbun\s+test\b/.test(testScript)) return 'bun'
  }
  if (dependencies.has('vitest')) return 'vitest'
  if (dependencies.has('jest')) return 'jest'
  if (dependencies.has('mocha')) return 'mocha'
  return undefined
}

/** Finds an executable in node_modules/.bin of the root or any folder above it, as npm scripts do. */
export function findLocalBin(fs: FileSystem, root: string, name: string): string | undefined {
  let dir = root
  for (;;) {
    const candidate = join(dir, 'node_modules', '.bin', name)
    if (fs.exists(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
