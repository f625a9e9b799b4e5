import { ReportFormatError, requireCompleteXml } from './report-format-error.js'
import type { TestCounts } from './test-report.js'
import { decodeXmlEntities } from './xml.js'

/**
 * A JUnit XML report (pytest's `--junitxml`, jest-junit, vitest). It has no `passed` count: passed = tests − failures − errors − skipped.
 * A file that fails to collect is a testcase with an empty classname and an `<error>`.
 */
export function parseJunitXml(xml: string): TestCounts {
  requireCompleteXml(xml, 'JUnit')
  const suites = [...xml.matchAll(/<testsuite\b([^>]*)>/g)].map((m) => attributes(m[1] ?? ''))
  if (!suites.length) throw new ReportFormatError('the JUnit report has no <testsuite> element')
  const sum = (name: string) => suites.reduce((total, s) => total + Number(s[name] ?? 0), 0)
  const tests = sum('tests')
  const failures = sum('failures')
  const errors = sum('errors')
  const skipped = sum('skipped')
  const collection = [...xml.matchAll(/<testcase classname=""[^>]*>\s*<error message="collection failure"/g)].length
  return {
    total: tests - collection,
    passed: tests - failures - errors - skipped,
    failed: failures + errors - collection,
    skipped,
    failedSuites: collection,
    failures: [
      ...xml.matchAll(/<testcase classname="([^"]*)" name="([^"]*)"[^>]*>\s*<(?:failure|error) message="([^"]*)"/g)
    ]
      .slice(0, 5)
      .map((m) => `${m[1] ? `${m[1]}::` : ''}${m[2]}: ${decodeXmlEntities(m[3] ?? '')}`)
  }
}

function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']))
}

export interface MypyDiagnostic {
  file: string
  line: number
  code?: string
  message: string
}

const MYPY_LINE = /^(?<file>[^:\n]+):(?<line>\d+)(?::\d+)?: error: (?<msg>.*?)(?: {2}\[(?<code>[a-z0-9-]+)\])?$/

/** mypy's `file:line[:col]: error: message  [code]` lines; `note:` lines belong to the error above them. */
export function parseMypyOutput(stdout: string): MypyDiagnostic[] {
  const diagnostics: MypyDiagnostic[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = MYPY_LINE.exec(line)
    if (!match?.groups) continue
    const { file = '', line: at = '0', msg = '', code } = match.groups
    diagnostics.push({ file, line: Number(at), message: msg, ...(code ? { code } : {}) })
  }
  return diagnostics
}
