import { ReportFormatError, parseReportJson } from './report-format-error.js'

export interface CoverageTotals {
  lines?: number
  statements?: number
  functions?: number
  branches?: number
  /** The tool's own overall figure where it prints one: coverage.py's TOTAL, branches included when measured. */
  total?: number
}

const METRICS = ['lines', 'statements', 'functions', 'branches'] as const

/**
 * istanbul's `coverage-summary.json` (jest and vitest write the same shape): the `total` entry's `pct`
 * per metric. A metric with nothing to cover has `pct: "Unknown"`, which is left out, not read as 0.
 */
export function parseCoverageSummary(text: string): CoverageTotals {
  const json = parseReportJson(text, 'the coverage summary')
  const total = (json as { total?: Record<string, { pct?: unknown }> } | null)?.total
  if (!total || typeof total !== 'object') throw new ReportFormatError('the coverage summary has no "total" entry')
  const totals: CoverageTotals = {}
  for (const metric of METRICS) {
    const pct = total[metric]?.pct
    if (typeof pct === 'number') totals[metric] = pct
  }
  return totals
}

interface CoveragePyTotals {
  covered_lines?: unknown
  num_statements?: unknown
  percent_covered?: unknown
  covered_branches?: unknown
  num_branches?: unknown
}

/**
 * coverage.py's `coverage json`: `totals` counts statements (which it calls lines) and, with branch
 * coverage on, branches; its `percent_covered` is the TOTAL that `coverage report` prints.
 */
export function parseCoveragePyJson(text: string): CoverageTotals {
  const json = parseReportJson(text, 'the coverage.py report') as { totals?: CoveragePyTotals } | null
  const totals = json?.totals
  if (!totals || typeof totals.percent_covered !== 'number' || typeof totals.num_statements !== 'number')
    throw new ReportFormatError('the coverage.py report has no totals.percent_covered and num_statements')
  const percent = (covered: unknown, of: unknown) =>
    typeof covered === 'number' && typeof of === 'number' && of > 0 ? round(covered / of) : undefined
  const lines = percent(totals.covered_lines, totals.num_statements)
  const branches = percent(totals.covered_branches, totals.num_branches)
  return {
    ...(lines === undefined ? {} : { lines, statements: lines }),
    ...(branches === undefined ? {} : { branches }),
    total: Math.round(totals.percent_covered * 100) / 100
  }
}

/** Either format, told apart by coverage.py's `meta` and `totals` against istanbul's `total`. */
export function parseCoverageReport(text: string): CoverageTotals {
  return /"totals"\s*:/.test(text) && /"meta"\s*:/.test(text) ? parseCoveragePyJson(text) : parseCoverageSummary(text)
}

function round(fraction: number): number {
  return Math.round(fraction * 10000) / 100
}
