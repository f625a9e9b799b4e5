import { ReportFormatError, parseReportJson } from './report-format-error.js'

export interface CoverageTotals {
  lines?: number
  statements?: number
  functions?: number
  branches?: number
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
