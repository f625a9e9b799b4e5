import { join } from 'node:path'
import type { TestEvidence, TypecheckEvidence } from '../../model.js'
import type { FileSystem } from '../../ports/file-system.js'
import type { RunRequest, RunResult } from '../../ports/process-runner.js'
import { parseMypyOutput, parseJunitXml } from '../parsers/python-reports.js'
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
const VENVS = ['.venv/bin/python', 'venv/bin/python']
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
    python: VENVS.map((venv) => join(root, venv)).find((path) => fs.exists(path)) ?? 'python3',
    pytest: hasTests || present('pytest.ini') || present('conftest.py') || /\[tool\.pytest/.test(pyproject),
    mypy:
      present('mypy.ini') || present('.mypy.ini') || /\[tool\.mypy\]/.test(pyproject) || /^\[mypy\]/m.test(setupCfg),
    coverage:
      present('.coveragerc') ||
      /^\[(?:tool\.coverage|coverage:)/m.test(coverageConfig) ||
      /^\s*["']?(?:coverage|pytest-cov)\b/im.test(requirements),
    coverageSource: /^\s*source(?:_pkgs)?\s*=/m.test(coverageConfig)
  }
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
  const request = {
    label: 'tests',
    command: ctx.project.python,
    args: underCoverage ? ['-m', 'coverage', 'run', ...source, ...pytest] : pytest,
    cwd: ctx.project.root,
    env: underCoverage ? { ...PYTHON_ENV, COVERAGE_FILE: coverageDataFile(ctx.workDir) } : PYTHON_ENV,
    timeoutMs: ctx.timeoutMs
  }
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
      const files = failedSuites ? `, ${failedSuites} test file${failedSuites === 1 ? '' : 's'} failed to collect` : ''
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
  const request = {
    label: 'typecheck',
    command: ctx.project.python,
    args: [
      '-m',
      'mypy',
      '--show-error-codes',
      '--no-color-output',
      '--no-error-summary',
      '--cache-dir',
      join(ctx.workDir, 'mypy-cache'),
      '.'
    ],
    cwd: ctx.project.root,
    env: PYTHON_ENV,
    timeoutMs: ctx.timeoutMs
  }
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
  if (!diagnostics.length) {
    const lines = firstErrorLines(`${result.stderr}\n${result.stdout}`)
    return {
      ...base,
      status: 'unknown',
      firstErrors: lines,
      reason: `mypy could not check the code (${exitText(result)}${lines[0] ? `: ${lines[0]}` : ''})`
    }
  }
  const n = diagnostics.length
  return { ...base, status: 'fail', errors: n, byCode, firstErrors, reason: `${n} type error${n === 1 ? '' : 's'}` }
}

/** `coverage json` over the data the pytest run left; it writes nothing when there is no data. */
export function coverageJsonRequest(ctx: PythonContext, outFile: string): RunRequest {
  return {
    label: 'coverage',
    command: ctx.project.python,
    args: ['-m', 'coverage', 'json', '-o', outFile],
    cwd: ctx.project.root,
    env: { ...PYTHON_ENV, COVERAGE_FILE: coverageDataFile(ctx.workDir) },
    timeoutMs: ctx.timeoutMs
  }
}
