import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Logger } from '../src/ports/logger.js'
import type { ProcessRunner, RunRequest, RunResult } from '../src/ports/process-runner.js'

/** The folder above this module that holds the project's package.json: found the same way when a script bundles this file elsewhere. */
function projectDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, '__tests__'))) return dir
    if (dirname(dir) === dir) throw new Error(`no project folder above ${from}`)
  }
}

export const PROJECT_DIR = projectDir(dirname(fileURLToPath(import.meta.url)))
export const TESTS_DIR = join(PROJECT_DIR, '__tests__')
export const EXAMPLES_DIR = join(TESTS_DIR, 'examples')

export function fixture(path: string): string {
  return readFileSync(join(TESTS_DIR, 'fixtures', path), 'utf8')
}

export function fixtureExit(path: string): number {
  return Number(fixture(path).trim())
}

/** A finished run as the process runner reports it; override what the case needs. */
export function runResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    durationMs: 1200,
    stdoutPath: '/dev/null',
    stderrPath: '/dev/null',
    stdout: '',
    stderr: '',
    truncated: false,
    ...overrides
  }
}

/** A runner whose every command takes `ms` and succeeds, recording in order when each started and ended, by label. */
export function recordingRunner(ms: number): ProcessRunner & { events: string[] } {
  const events: string[] = []
  return {
    events,
    async run(request: RunRequest) {
      events.push(`start ${request.label}`)
      await new Promise((resolve) => setTimeout(resolve, ms))
      events.push(`end ${request.label}`)
      return runResult({ exitCode: 0 })
    }
  }
}

/** How many of the recorded commands ran at once at most. */
export function mostAtOnce(events: string[]): number {
  let running = 0
  let most = 0
  for (const event of events) {
    running += event.startsWith('start ') ? 1 : -1
    most = Math.max(most, running)
  }
  return most
}

/**
 * A PATH on which each package manager is the one its example needs, as a runner's setup step would
 * put it: yarn is classic 1.22 (berry runs from the release a repository names in `.yarnrc.yml`), and
 * pnpm and bun come from this project's devDependencies. Both yarns install a `yarn` bin, so
 * `node_modules/.bin` alone does not say which one runs. Folders in `first` come before the rest of PATH.
 */
export function toolPath(first: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-tools-'))
  const bin = (name: string, target: string) => symlinkSync(join(PROJECT_DIR, 'node_modules', target), join(dir, name))
  bin('yarn', 'yarn/bin/yarn.js')
  bin('pnpm', 'pnpm/bin/pnpm.cjs')
  bin('bun', 'bun/bin/bun.exe')
  return [dir, join(PROJECT_DIR, 'node_modules', '.bin'), ...first, process.env.PATH ?? ''].join(':')
}

/** The yarn berry release this project installs, for examples whose `.yarnrc.yml` names one in `yarnPath`. */
const YARN_BERRY_RELEASE = join(PROJECT_DIR, 'node_modules', '@yarnpkg', 'cli-dist', 'bin', 'yarn.js')

/**
 * A copy of the yarn-berry-workspace example with the release its `.yarnrc.yml` names, as a berry
 * repository commits it (the release is 3.8 MB, so the example itself does not hold it).
 */
export function yarnBerryExample(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gate-berry-')), 'yarn-berry-workspace')
  cpSync(join(EXAMPLES_DIR, 'yarn-berry-workspace'), dir, { recursive: true })
  mkdirSync(join(dir, '.yarn', 'releases'), { recursive: true })
  copyFileSync(YARN_BERRY_RELEASE, join(dir, '.yarn', 'releases', 'yarn-4.18.1.cjs'))
  return dir
}

/** A new folder holding the given files (repository-relative paths), for tests that read a repository. */
export function repositoryWith(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'gate-repo-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** A logger that drops every line, for tests that look only at results. */
export const silentLogger: Logger = { info: () => undefined, warning: () => undefined, group: (_name, fn) => fn() }

/** An npm project whose dependencies count as installed, with the given package scripts. */
export function installedNpmProject(scripts: Record<string, string>): string {
  return repositoryWith({
    'package.json': JSON.stringify({ name: 'app', scripts }),
    'package-lock.json': JSON.stringify({ name: 'app', lockfileVersion: 3, packages: {} }),
    'node_modules/.package-lock.json': '{}'
  })
}

/** Running, as opposed to gone or a zombie waiting for an init process to reap it. */
export function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/** Asks `probe` every 50 ms until it gives a value, for at most `ms`; undefined if it never does. */
export async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T | undefined> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const value = probe()
    if (value !== undefined) return value
  }
  return undefined
}

/**
 * Makes, below `root`, folders nested so deep that their path is longer than the system allows
 * (PATH_MAX, 4,096 bytes on Linux): listing the deepest fails with ENAMETOOLONG, as a folder without read
 * permission fails with EACCES for a user other than root. Returns the first folder's name. GNU `mkdir
 * -p` and `rm -r` go down one folder at a time, so they can make and remove such a tree.
 */
export function tooDeepFolder(root: string): string {
  const name = 'deep'
  const path = [name, ...Array.from({ length: 250 }, () => 'd'.repeat(20))].join('/')
  const made = spawnSync('mkdir', ['-p', path], { cwd: root, encoding: 'utf8' })
  if (made.status !== 0) throw new Error(`mkdir -p failed: ${made.stderr}`)
  return name
}

export function removeTree(path: string): void {
  spawnSync('rm', ['-rf', path])
}
