import { join } from 'node:path'
import type { CoverageEvidence, TestEvidence } from '../../model.js'
import type { FileSystem } from '../../ports/file-system.js'
import { parseCoverageReport } from '../parsers/coverage-summary.js'
import { ReportFormatError } from '../parsers/report-format-error.js'

/** Coverage costs a test run time, so it is measured only when a report claims it. */
export const NOT_CLAIMED: CoverageEvidence = {
  status: 'skipped',
  reason: 'no claim is about coverage; it is measured only when one is'
}

/** Reads the istanbul summary or coverage.py JSON the test run (or an earlier step) wrote; none is `unknown`, never 0%. */
export async function readCoverage(fs: FileSystem, path: string, source: string): Promise<CoverageEvidence> {
  if (!fs.exists(path)) return { status: 'unknown', reason: `${source} wrote no coverage summary` }
  try {
    const totals = parseCoverageReport(await fs.readText(path))
    const shown = Object.entries(totals).map(([metric, pct]) => `${metric} ${pct}%`)
    return { status: 'pass', ...totals, reason: shown.length ? shown.join(', ') : 'nothing to cover' }
  } catch (error) {
    if (!(error instanceof ReportFormatError)) throw error
    return { status: 'unknown', reason: error.message }
  }
}

/** Coverage from the repository's own test run, when its runner could measure it. */
export async function coverageOfTestRun(
  fs: FileSystem,
  dir: string,
  tests: TestEvidence,
  measured: boolean
): Promise<CoverageEvidence> {
  if (!measured) {
    const why =
      tests.runner === 'vitest'
        ? 'vitest measures coverage only with @vitest/coverage-v8 or -istanbul installed'
        : tests.runner === 'pytest'
          ? 'pytest runs under coverage.py only when the project uses it: a .coveragerc or [tool.coverage] section, or coverage or pytest-cov among its requirements'
          : `the gate does not measure coverage with ${tests.runner ?? 'this test setup'}`
    return { status: 'unknown', reason: why }
  }
  return (
    testsDidNotRun(tests) ?? readCoverage(fs, join(dir, 'coverage-summary.json'), `${tests.runner ?? 'the test run'}`)
  )
}

/** Coverage of a test run that did not happen is unknown, with the tests' own reason. */
export function testsDidNotRun(tests: TestEvidence): CoverageEvidence | undefined {
  if (tests.status === 'unknown' || tests.status === 'skipped')
    return { status: 'unknown', reason: `the tests did not run: ${tests.reason}` }
  return undefined
}
