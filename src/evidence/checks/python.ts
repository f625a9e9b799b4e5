import { counted } from '../../errors.js'
import { join } from 'node:path'
import type { CheckBase, LintEvidence, TestEvidence, TypecheckEvidence } from '../../model.js'
import type { FileSystem } from '../../ports/file-system.js'
import type { RunRequest, RunResult } from '../../ports/process-runner.js'
import { parseMypyOutput, parseJunitXml } from '../parsers/python-reports.js'
import { parseRuffJson } from '../parsers/ruff-json.js'
import { ReportFormatError } from '../parsers/report-format-error.js'
import type { PlannedCheck } from './common.js'
import { CHECK_ENV, commandText, exitText, firstErrorLines, incompleteRun, readOptionalReport } from './common.js'

/** What the gate learned about a Python project from its files. */
export interface PythonProject {
  root: string
  /** The project's own virtualenv interpreter when it has one, else `python3` from PATH. */
  python: string
  pytest: boolean
  mypy: boolean
  /** The project configures ruff (`ruff.toml`, `[tool.ruff]`) or lists it among its requirements. */
  ruff: boolean
  /** The project uses coverage.py (a config section, or coverage / pytest-cov among its requirements). */
  coverage: boolean
  /** Its coverage config names the code to measure; without it the gate measures the project folder. */
  coverageSource: boolean
}

const PROJECT_FILES = [
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'requirements.txt',
  'pytest.ini',
  'tox.ini',
  'mypy.ini',
  'conftest.py'
]
/** Where a project's own virtualenv keeps its programs: its python, and ruff when installed there. */
const VENV_BINS = ['.venv/bin', 'venv/bin']
/** Keeps Python from writing __pycache__ folders into the repository. */
const PYTHON_ENV = { ...CHECK_ENV, PYTHONDONTWRITEBYTECODE: '1' }

export async function detectPython(fs: FileSystem, root: string): Promise<PythonProject | undefined> {
  const present = (name: string) => fs.exists(join(root, name))
  const hasTests = await hasPythonTests(fs, root)
  if (!PROJECT_FILES.some(present) && !hasTests) return undefined
  const config = async (name: string) => (present(name) ? fs.readText(join(root, name)) : '')
  const pyproject = await config('pyproject.toml')
  const setupCfg = await config('setup.cfg')
  const coverageConfig = [await config('.coveragerc'), pyproject, setupCfg, await config('tox.ini')].join('\n')
  const requirements = [pyproject, await config('requirements.txt'), await config('requirements-dev.txt')].join('\n')
  return {
    root,
    python: venvProgram(fs, root, 'python') ?? 'python3',
    pytest: hasTests || present('pytest.ini') || present('conftest.py') || /\[tool\.pytest/.test(pyproject),
    mypy:
      present('mypy.ini') || present('.mypy.ini') || /\[tool\.mypy\]/.test(pyproject) || /^\[mypy\]/m.test(setupCfg),
    ruff:
      present('ruff.toml') ||
      present('.ruff.toml') ||
      /^\[tool\.ruff[\].]/m.test(pyproject) ||
      /^\s*["']?ruff\b/im.test(requirements),
    coverage:
      present('.coveragerc') ||
      /^\[(?:tool\.coverage|coverage:)/m.test(coverageConfig) ||
      /^\s*["']?(?:coverage|pytest-cov)\b/im.test(requirements),
    coverageSource: /^\s*source(?:_pkgs)?\s*=/m.test(coverageConfig)
  }
}

function venvProgram(fs: FileSystem, root: string, name: string): string | undefined {
  return VENV_BINS.map((bin) => join(root, bin, name)).find((path) => fs.exists(path))
}

async function hasPythonTests(fs: FileSystem, root: string): Promise<boolean> {
  const isTest = (name: string) => /^test_.*\.py$|_test\.py$/.test(name)
  const top = await fs.list(root)
  if (top.some((e) => e.isFile && isTest(e.name))) return true
  const testsDir = top.find((e) => e.isDirectory && (e.name === 'tests' || e.name === 'test'))
  return testsDir ? (await fs.list(join(root, testsDir.name))).some((e) => e.isFile && isTest(e.name)) : false
}

export interface PythonContext {
  project: PythonProject
  fs: FileSystem
  workDir: string
  timeoutMs: number
}

/** Where a pytest run under coverage.py keeps its data, for `coverage json` to read afterwards. */
export function coverageDataFile(workDir: string): string {
  return join(workDir, 'python.coverage')
}

export function planPytest(ctx: PythonContext, measureCoverage = false): PlannedCheck<TestEvidence> {
  const report = join(ctx.workDir, 'pytest.junit.xml')
  const pytest = ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`]
  const underCoverage = measureCoverage && ctx.project.coverage
  const source = ctx.project.coverageSource ? [] : ['--source=.']
  const request = underCoverage
    ? projectRequest(ctx, 'tests', ctx.project.python, ['-m', 'coverage', 'run', ...source, ...pytest], {
        COVERAGE_FILE: coverageDataFile(ctx.workDir)
      })
    : projectRequest(ctx, 'tests', ctx.project.python, pytest)
  return {
    name: 'tests',
    request,
    interpret: async (result) => readPytest(result, await readOptionalReport(ctx, report), commandText(request))
  }
}

/** pytest exits 5 when it collects nothing and 2 when collection was interrupted; 3 and 4 are its own failures. */
export function readPytest(result: RunResult, report: string | undefined, command: string): TestEvidence {
  const base = { runner: 'pytest' as const, command, durationMs: result.durationMs }
  const incomplete = incompleteRun(result, 'pytest')
  if (incomplete) return { ...base, ...incomplete }
  if (result.exitCode === 3 || result.exitCode === 4 || !report?.trim()) {
    const firstErrors = firstErrorLines(`${result.stderr}\n${result.stdout}`)
    return {
      ...base,
      status: 'unknown',
      firstErrors,
      reason: `pytest wrote no usable report (${exitText(result)}${firstErrors[0] ? `: ${firstErrors[0]}` : ''})`
    }
  }
  try {
    const { total, passed, failed, skipped, failedSuites, failures } = parseJunitXml(report)
    const numbers = { total, passed, failed, skipped, failedSuites, firstErrors: failures }
    if (failed || failedSuites) {
      const files = failedSuites ? `, ${counted(failedSuites, 'test file')} failed to collect` : ''
      return { ...base, ...numbers, status: 'fail', reason: `${failed} of ${total} tests failed${files}` }
    }
    if (result.exitCode === 5 || total === 0)
      return { ...base, ...numbers, status: 'fail', reason: 'no tests were collected' }
    return {
      ...base,
      ...numbers,
      status: 'pass',
      reason: `${passed} of ${total} tests passed${skipped ? `, ${skipped} skipped` : ''}`
    }
  } catch (error) {
    if (!(error instanceof ReportFormatError)) throw error
    return { ...base, status: 'unknown', reason: error.message }
  }
}

export function planMypy(ctx: PythonContext): PlannedCheck<TypecheckEvidence> {
  const cache = join(ctx.workDir, 'mypy-cache')
  const args = [
    '-m',
    'mypy',
    '--show-error-codes',
    '--no-color-output',
    '--no-error-summary',
    '--cache-dir',
    cache,
    '.'
  ]
  const request = projectRequest(ctx, 'typecheck', ctx.project.python, args)
  return { name: 'typecheck', request, interpret: async (result) => readMypy(result, commandText(request)) }
}

/** mypy exits 1 for type errors and 2 for blocking ones: a syntax error still counts, a usage error does not. */
export function readMypy(result: RunResult, command: string): TypecheckEvidence {
  const base = { tool: 'mypy' as const, command, durationMs: result.durationMs }
  const incomplete = incompleteRun(result, 'mypy')
  if (incomplete) return { ...base, ...incomplete }
  const diagnostics = parseMypyOutput(result.stdout)
  const byCode: Record<string, number> = {}
  for (const d of diagnostics) if (d.code) byCode[d.code] = (byCode[d.code] ?? 0) + 1
  const firstErrors = diagnostics
    .slice(0, 5)
    .map((d) => `${d.file}:${d.line}: error: ${d.message}${d.code ? `  [${d.code}]` : ''}`)
  if (result.exitCode === 0 && !diagnostics.length)
    return { ...base, status: 'pass', errors: 0, byCode, reason: 'no type errors' }
  if (!diagnostics.length) return { ...base, ...couldNotCheck(result, 'mypy') }
  const n = diagnostics.length
  return { ...base, status: 'fail', errors: n, byCode, firstErrors, reason: counted(n, 'type error') }
}

/** A run that ended without checking anything: unknown, with the first lines that say why. */
function couldNotCheck(result: RunResult, tool: string): CheckBase & { firstErrors: string[] } {
  const firstErrors = firstErrorLines(`${result.stderr}\n${result.stdout}`)
  const why = firstErrors[0] ? `: ${firstErrors[0]}` : ''
  return { status: 'unknown', firstErrors, reason: `${tool} could not check the code (${exitText(result)}${why})` }
}

/**
 * ruff from the project's virtualenv, else from PATH. `--no-cache` keeps it from writing `.ruff_cache`
 * into the repository.
 */
export function planRuff(ctx: PythonContext): PlannedCheck<LintEvidence> {
  const venv = venvProgram(ctx.fs, ctx.project.root, 'ruff')
  const request = projectRequest(ctx, 'lint', venv ?? 'ruff', ['check', '--output-format', 'json', '--no-cache', '.'])
  return { name: 'lint', request, interpret: async (result) => readRuff(result, commandText(request)) }
}

/** ruff exits 1 when it found violations and 2 when it could not check (a bad configuration, a missing path). */
export function readRuff(result: RunResult, command: string): LintEvidence {
  const base = { tool: 'ruff' as const, command, durationMs: result.durationMs }
  const incomplete = incompleteRun(result, 'ruff')
  if (incomplete) return { ...base, ...incomplete }
  if (result.exitCode !== 0 && result.exitCode !== 1) return { ...base, ...couldNotCheck(result, 'ruff') }
  try {
    const { errors, problems } = parseRuffJson(result.stdout)
    if (result.exitCode === 1 && !errors)
      return { ...base, status: 'unknown', reason: 'ruff exited 1 but its JSON output lists no violation' }
    const status = errors ? 'fail' : 'pass'
    return {
      ...base,
      status,
      errors,
      warnings: 0,
      firstErrors: problems,
      reason: `ruff: ${counted(errors, 'error')}`
    }
  } catch (error) {
    if (!(error instanceof ReportFormatError)) throw error
    return { ...base, status: 'unknown', reason: error.message }
  }
}

/** `coverage json` over the data the pytest run left; it writes nothing when there is no data. */
export function coverageJsonRequest(ctx: PythonContext, outFile: string): RunRequest {
  const args = ['-m', 'coverage', 'json', '-o', outFile]
  return projectRequest(ctx, 'coverage', ctx.project.python, args, { COVERAGE_FILE: coverageDataFile(ctx.workDir) })
}

/** A command run in the project's folder, with Python's environment (and `env` added) and the check's time limit. */
function projectRequest(
  ctx: PythonContext,
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {}
): RunRequest {
  return { label, command, args, cwd: ctx.project.root, env: { ...PYTHON_ENV, ...env }, timeoutMs: ctx.timeoutMs }
}
