import { counted } from '../../errors.js'
import { join } from 'node:path'
import type { TestEvidence } from '../../model.js'
import type { RunResult } from '../../ports/process-runner.js'
import type { TestCounts } from '../parsers/test-report.js'
import { ReportFormatError } from '../parsers/report-format-error.js'
import { parseBunJunit, parseJestJson, parseMochaJson, parseNodeTestJunit } from '../parsers/test-report.js'
import type { TestRunner } from '../toolchain.js'
import type { CheckContext, PlannedCheck } from './common.js'
import {
  commandText,
  coverageDir,
  exitText,
  firstErrorLines,
  incompleteRun,
  readOptionalReport,
  scriptRequest
} from './common.js'

/**
 * Each runner writes its machine report to a file: stdout JSON is corrupted by any test that
 * writes to stdout, and exec's buffers are too small for large suites.
 */
function reporterSetup(runner: TestRunner, reportPath: string): { args: string[]; env: Record<string, string> } {
  switch (runner) {
    case 'jest':
      return { args: ['--ci', '--json', `--outputFile=${reportPath}`], env: {} }
    case 'vitest':
      return { args: ['--run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`], env: {} }
    case 'mocha':
      return { args: ['--reporter', 'json', '--reporter-option', `output=${reportPath}`], env: {} }
    case 'bun':
      return { args: ['--reporter=junit', `--reporter-outfile=${reportPath}`], env: {} }
    case 'node:test':
      // Flags appended after the script would be read as file paths; NODE_OPTIONS reaches every node process.
      return {
        args: [],
        env: {
          NODE_OPTIONS: `--test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=${reportPath}`
        }
      }
  }
}

/** Flags that make the runner write istanbul's json-summary; vitest needs its coverage provider installed. */
function coverageArgs(runner: TestRunner, dir: string, dependencies: Set<string>): string[] {
  if (runner === 'jest') return ['--coverage', '--coverageReporters=json-summary', `--coverageDirectory=${dir}`]
  const provider = dependencies.has('@vitest/coverage-v8')
    ? 'v8'
    : dependencies.has('@vitest/coverage-istanbul')
      ? 'istanbul'
      : undefined
  if (runner === 'vitest' && provider) {
    return [
      '--coverage.enabled',
      `--coverage.provider=${provider}`,
      '--coverage.reporter=json-summary',
      `--coverage.reportsDirectory=${dir}`
    ]
  }
  return []
}

export function planTests(ctx: CheckContext): PlannedCheck<TestEvidence> {
  const { toolchain } = ctx
  if (!toolchain.scripts.test) {
    return { name: 'tests', result: { status: 'skipped', reason: 'no test script in package.json' } }
  }
  const runner = toolchain.testRunner
  if (!runner) {
    return {
      name: 'tests',
      result: {
        status: 'unknown',
        reason: `the test script "${toolchain.scripts.test}" uses no runner the gate reads (jest, vitest, node:test, mocha, bun test)`
      }
    }
  }
  if (ctx.shard && runner !== 'jest' && runner !== 'vitest') {
    return {
      name: 'tests',
      result: { status: 'unknown', reason: `${runner} tests cannot be sharded; jest and vitest can` }
    }
  }
  const reportPath = join(
    ctx.workDir,
    `${ctx.tag ?? ''}${runner === 'node:test' || runner === 'bun' ? 'tests.junit.xml' : 'tests.json'}`
  )
  const setup = reporterSetup(runner, reportPath)
  // A shard can be left without test files; that is zero tests, not a failure.
  if (ctx.shard) setup.args.push(`--shard=${ctx.shard.index}/${ctx.shard.total}`, '--passWithNoTests')
  if (ctx.collectCoverage) setup.args.push(...coverageArgs(runner, coverageDir(ctx), toolchain.dependencies))
  const request = scriptRequest(ctx, 'tests', 'test', setup.args, setup.env)
  return {
    name: 'tests',
    request,
    interpret: async (result) =>
      readTests(result, await readOptionalReport(ctx, reportPath), { runner, command: commandText(request) })
  }
}

/** Counts come only from the runner's report; a missing or unreadable report is `unknown`, never 0 failures. */
export function readTests(
  result: RunResult,
  report: string | undefined,
  meta: { runner: TestRunner; command: string }
): TestEvidence {
  const base = { runner: meta.runner, command: meta.command, durationMs: result.durationMs }
  const incomplete = incompleteRun(result, 'the tests')
  if (incomplete) return { ...base, ...incomplete }
  if (!report?.trim()) {
    const firstErrors = firstErrorLines(`${result.stderr}\n${result.stdout}`)
    return { ...base, status: 'unknown', firstErrors, reason: `${meta.runner} wrote no report (${exitText(result)})` }
  }
  let counts: TestCounts
  try {
    counts = parseRunnerReport(meta.runner, report, `${result.stderr}\n${result.stdout}`)
  } catch (error) {
    if (!(error instanceof ReportFormatError)) throw error
    return { ...base, status: 'unknown', reason: error.message }
  }
  return { ...base, ...countsToEvidence(counts, result) }
}

function parseRunnerReport(runner: TestRunner, report: string, consoleText: string): TestCounts {
  switch (runner) {
    case 'node:test':
      return parseNodeTestJunit(report)
    case 'mocha':
      return parseMochaJson(report)
    case 'bun':
      return parseBunJunit(report, consoleText)
    case 'jest':
    case 'vitest':
      return parseJestJson(report)
  }
}

function countsToEvidence(counts: TestCounts, result: RunResult): Omit<TestEvidence, 'runner' | 'command'> {
  const { total, passed, failed, skipped, failedSuites, failures } = counts
  const numbers = { total, passed, failed, skipped, failedSuites, firstErrors: failures }
  if (failed > 0 || failedSuites > 0) {
    const files = failedSuites ? `, ${counted(failedSuites, 'test file')} failed to run` : ''
    return { ...numbers, status: 'fail', reason: `${failed} of ${total} tests failed${files}` }
  }
  if (total === 0) {
    const status = result.exitCode === 0 ? 'pass' : 'fail'
    return { ...numbers, status, reason: 'no tests were found' }
  }
  if (result.exitCode !== 0) {
    return { ...numbers, status: 'fail', reason: `every test passed but the runner failed (${exitText(result)})` }
  }
  return {
    ...numbers,
    status: 'pass',
    reason: `${passed} of ${total} tests passed${skipped ? `, ${skipped} skipped` : ''}`
  }
}
