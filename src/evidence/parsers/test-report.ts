import { ReportFormatError, parseReportJson, requireCompleteXml } from './report-format-error.js'
import { decodeXmlEntities } from './xml.js'

export { ReportFormatError }

/** Reads test counts from the machine reports of jest, vitest (JSON) and node:test (JUnit). */

export interface TestCounts {
  total: number
  passed: number
  failed: number
  skipped: number
  /** Files that failed to load or run. Their tests appear in no other count. */
  failedSuites: number
  /** The first failure messages, for the report. */
  failures: string[]
}

interface JestLikeReport {
  numTotalTests?: unknown
  numPassedTests?: unknown
  numFailedTests?: unknown
  numPendingTests?: unknown
  numTodoTests?: unknown
  numRuntimeErrorTestSuites?: unknown
  testResults?: Array<{
    name?: string
    status?: string
    message?: string
    assertionResults?: Array<{ status?: string; fullName?: string; failureMessages?: string[] }>
  }>
}

const MAX_FAILURES = 5

/** Jest and vitest write the same top-level keys; vitest says `skipped` where jest says `pending`. */
export function parseJestJson(text: string): TestCounts {
  const report = parseReportJson(text, 'the JSON test report') as JestLikeReport
  if (typeof report !== 'object' || report === null || typeof report.numTotalTests !== 'number') {
    throw new ReportFormatError('the JSON test report has no numTotalTests: it is not a jest or vitest report')
  }
  const results = Array.isArray(report.testResults) ? report.testResults : []
  const brokenFiles = results.filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0)
  const runtimeErrors = typeof report.numRuntimeErrorTestSuites === 'number' ? report.numRuntimeErrorTestSuites : 0
  return {
    total: report.numTotalTests,
    passed: asCount(report.numPassedTests),
    failed: asCount(report.numFailedTests),
    skipped: asCount(report.numPendingTests) + asCount(report.numTodoTests),
    failedSuites: Math.max(brokenFiles.length, runtimeErrors),
    failures: collectJestFailures(results)
  }
}

function collectJestFailures(results: NonNullable<JestLikeReport['testResults']>): string[] {
  const failures: string[] = []
  for (const file of results) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      failures.push(`${file.name ?? 'a test file'}: ${firstLine(file.message ?? 'failed to run')}`)
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed')
        failures.push(`${test.fullName ?? 'a test'}: ${firstLine(test.failureMessages?.[0] ?? '')}`)
    }
  }
  return failures.slice(0, MAX_FAILURES)
}

function firstLine(text: string): string {
  const line = text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('●'))
  return (line ?? '').slice(0, 200)
}

function asCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

interface MochaReport {
  stats?: { tests?: unknown; passes?: unknown; failures?: unknown; pending?: unknown }
  failures?: Array<{ fullTitle?: string; err?: { message?: string } }>
}

/** mocha's `--reporter json`: a `stats` object; a file that fails to load stops mocha before any report. */
export function parseMochaJson(text: string): TestCounts {
  const report = parseReportJson(text, 'the mocha report') as MochaReport
  if (typeof report?.stats?.tests !== 'number')
    throw new ReportFormatError('the JSON report has no stats.tests: it is not a mocha report')
  const failures = (report.failures ?? [])
    .slice(0, MAX_FAILURES)
    .map((f) => `${f.fullTitle ?? 'a test'}: ${firstLine(f.err?.message ?? '')}`)
  return {
    total: report.stats.tests,
    passed: asCount(report.stats.passes),
    failed: asCount(report.stats.failures),
    skipped: asCount(report.stats.pending),
    failedSuites: 0,
    failures
  }
}

/** node:test's JUnit reporter ends with `<!-- tests 9 -->`, `<!-- pass 3 -->`… comments. */
export function parseNodeTestJunit(xml: string): TestCounts {
  requireCompleteXml(xml, 'node:test JUnit')
  const read = (name: string): number | undefined => {
    const match = new RegExp(`<!--\\s*${name}\\s+(\\d+)\\s*-->`).exec(xml)
    return match ? Number(match[1]) : undefined
  }
  const total = read('tests')
  if (total === undefined) {
    throw new ReportFormatError('the JUnit report has no "<!-- tests N -->" totals: it is not a node:test report')
  }
  const failed = read('fail') ?? 0
  const cancelled = read('cancelled') ?? 0
  return {
    total,
    passed: read('pass') ?? 0,
    failed: failed + cancelled,
    skipped: (read('skipped') ?? 0) + (read('todo') ?? 0),
    failedSuites: 0,
    failures: [...xml.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*>\s*<failure[^>]*message="([^"]*)"/g)]
      .slice(0, MAX_FAILURES)
      .map((m) => `${m[1]}: ${m[2]}`)
  }
}

/**
 * `bun test --reporter=junit`: one `<testsuite>` per file with `describe` blocks nested inside it, so
 * suite totals would count tests twice; the test cases are counted instead. A file that throws while
 * loading is left out of the XML altogether; only the console summary's `N error` line shows it.
 */
export function parseBunJunit(xml: string, consoleText: string): TestCounts {
  requireCompleteXml(xml, 'bun JUnit')
  if (!/<testsuites\b[^>]*\bname="bun test"/.test(xml))
    throw new ReportFormatError('the JUnit report is not named "bun test": it is not a bun report')
  let total = 0
  let failed = 0
  let skipped = 0
  const failures: string[] = []
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = match[2] ?? ''
    total += 1
    if (/<(?:failure|error)\b/.test(body)) {
      failed += 1
      const name = /\bname="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? 'a test'
      const message = /<(?:failure|error)\b[^>]*\bmessage="([^"]*)"/.exec(body)?.[1] ?? ''
      if (failures.length < MAX_FAILURES)
        failures.push(`${decodeXmlEntities(name)}: ${firstLine(decodeXmlEntities(message))}`)
    } else if (/<skipped\b/.test(body)) skipped += 1
  }
  const loadErrors = /^\s*(\d+) errors?\s*$/m.exec(consoleText.replace(/\x1b\[[0-9;]*m/g, ''))
  return {
    total,
    passed: total - failed - skipped,
    failed,
    skipped,
    failedSuites: Number(loadErrors?.[1] ?? 0),
    failures
  }
}
