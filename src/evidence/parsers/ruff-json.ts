import { ReportFormatError, parseReportJson } from './report-format-error.js'
import type { LintCounts } from './eslint-json.js'

interface RuffDiagnostic {
  code?: string | null
  filename?: string
  message?: string
  location?: { row?: number; column?: number }
}

/**
 * `ruff check --output-format json`: one object per violation, an empty array when clean. ruff has no
 * warnings: every violation counts as an error, and a syntax error (`code` null in older releases,
 * `invalid-syntax` in newer ones) is one too.
 */
export function parseRuffJson(text: string): LintCounts {
  const items = parseReportJson(text, 'the ruff JSON output')
  if (!Array.isArray(items)) throw new ReportFormatError('the ruff JSON output is not an array of diagnostics')
  const diagnostics = items.map((item: unknown, index) => {
    const d = item as RuffDiagnostic | null
    if (typeof d !== 'object' || d === null || typeof d.message !== 'string' || typeof d.location !== 'object')
      throw new ReportFormatError(
        `the ruff JSON output's item ${index} is not a diagnostic with a message and a location`
      )
    return d
  })
  const problems = diagnostics
    .slice(0, 5)
    .map((d) => `${d.filename ?? '?'}:${d.location?.row ?? 0}: ${d.message} (${d.code ?? 'syntax error'})`)
  return { errors: diagnostics.length, warnings: 0, problems }
}
