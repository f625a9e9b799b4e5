import { basename, join } from 'node:path'
import type { CheckBase, CheckName } from '../../model.js'
import type { FileSystem } from '../../ports/file-system.js'
import type { RunRequest, RunResult } from '../../ports/process-runner.js'
import type { Toolchain } from '../toolchain.js'
import { packageManagerCommand } from '../toolchain.js'

export interface CheckContext {
  toolchain: Toolchain
  fs: FileSystem
  /** A private folder for machine reports the tools write. */
  workDir: string
  /** Prefixes report file names, so the checks of several workspace packages do not share files. */
  tag?: string
  /** Also measure coverage in the test run, written to `coverageDir(ctx)`. */
  collectCoverage?: boolean
  timeoutMs: number
  /** Run only this part of the tests (jest and vitest `--shard`). */
  shard?: Shard
}

/** One of `total` equal parts of a test suite, 1-based: `--shard=2/3`. */
export interface Shard {
  index: number
  total: number
}

/** Where a test run writes its istanbul coverage summary. */
export function coverageDir(ctx: Pick<CheckContext, 'workDir' | 'tag'>): string {
  return join(ctx.workDir, `${ctx.tag ?? ''}coverage`)
}

/** A check either runs a command and reads its result, or says at once why it does not run. */
export type PlannedCheck<E extends CheckBase> =
  | { name: CheckName; request: RunRequest; interpret(result: RunResult): Promise<E> }
  | { name: CheckName; read(): Promise<E> }
  | { name: CheckName; result: E }

/** Colours and TTY tricks make output harder to parse; CI=true makes jest and others behave as in CI. */
export const CHECK_ENV = { CI: 'true', FORCE_COLOR: '0', NO_COLOR: '1', NPM_CONFIG_UPDATE_NOTIFIER: 'false' }

export const MAX_FIRST_ERRORS = 5

/** The command that runs a package.json script, with extra arguments passed on to the tool. */
export function scriptCommand(
  toolchain: Pick<Toolchain, 'packageManager' | 'yarnPath'>,
  script: string,
  args: string[] = []
): { command: string; args: string[] } {
  // npm alone needs `--` before arguments meant for the script's tool.
  const passed = toolchain.packageManager === 'npm' && args.length ? ['--', ...args] : args
  return packageManagerCommand(toolchain, ['run', script, ...passed])
}

export function scriptRequest(
  ctx: CheckContext,
  label: string,
  script: string,
  args: string[] = [],
  env = {}
): RunRequest {
  return {
    label,
    ...scriptCommand(ctx.toolchain, script, args),
    cwd: ctx.toolchain.root,
    env: { ...CHECK_ENV, ...env },
    timeoutMs: ctx.timeoutMs
  }
}

export function commandText(request: RunRequest): string {
  return [request.command, ...request.args].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' ')
}

/** The setup step that puts a missing tool on PATH, for the reason a check gives when it cannot start. */
const SETUP_HINTS: Record<string, string> = {
  pnpm: 'add pnpm/action-setup before the gate',
  yarn: 'run `corepack enable` before the gate, or commit the release `.yarnrc.yml` names in yarnPath',
  bun: 'add oven-sh/setup-bun before the gate',
  python3: 'add actions/setup-python before the gate',
  ruff: 'install it before the gate, with `pip install ruff` after actions/setup-python',
  node: 'add actions/setup-node before the gate'
}

/** Why a command could not start, in words: a missing program says which, and how to provide it. */
function spawnFailure(error: string): string {
  const missing = /spawn (\S+) ENOENT/.exec(error)?.[1]
  if (!missing) return error
  const hint = SETUP_HINTS[basename(missing)]
  return `${missing} is not installed or not on PATH${hint ? ` (${hint})` : ''}`
}

/** When the process itself did not complete, no output can be trusted: the result is unknown. */
export function incompleteRun(result: RunResult, what: string): CheckBase | undefined {
  if (result.spawnError)
    return { status: 'unknown', reason: `${what} could not be started: ${spawnFailure(result.spawnError)}` }
  if (result.timedOut) {
    return {
      status: 'unknown',
      reason: `${what} was stopped after ${Math.round(result.durationMs / 1000)} s (timeout)`
    }
  }
  if (result.signal) return { status: 'unknown', reason: `${what} was killed by ${result.signal}` }
  return undefined
}

/** The first lines that look like errors, skipping the package manager's own banner and warnings. */
export function firstErrorLines(text: string, max = MAX_FIRST_ERRORS): string[] {
  const lines = text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
  const noise = /^(npm warn|npm notice|> |\s*$)/i
  const meaningful = lines.filter((line) => !noise.test(line))
  const errors = meaningful.filter((line) => /error|✘|failed|cannot|can't|not found|no module/i.test(line))
  // A tool that fails in words of its own still says why: keep its first line rather than nothing.
  return (errors.length ? errors : meaningful).slice(0, max).map((line) => line.trim().slice(0, 300))
}

export function exitText(result: RunResult): string {
  return `exit code ${result.exitCode ?? 'none'}`
}

/** A machine report the tool may or may not have written. */
export async function readOptionalReport(ctx: { fs: FileSystem }, path: string): Promise<string | undefined> {
  return ctx.fs.exists(path) ? ctx.fs.readText(path) : undefined
}
