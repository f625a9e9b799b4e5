import { ReportFormatError, parseReportJson } from './report-format-error.js'

export interface LintCounts {
  errors: number
  warnings: number
  /** `file:line: message (rule)` for the first problems. */
  problems: string[]
}

interface EslintFileResult {
  filePath?: string
  errorCount?: number
  warningCount?: number
  messages?: Array<{ line?: number; message?: string; ruleId?: string | null; severity?: number }>
}

/** `eslint --format json`: one entry per file, clean files included, no summary object. */
export function parseEslintJson(text: string): LintCounts {
  const files = parseReportJson(text, 'the ESLint report')
  if (!Array.isArray(files)) throw new ReportFormatError('the ESLint report is not an array of file results')
  let errors = 0
  let warnings = 0
  const problems: string[] = []
  for (const file of files as EslintFileResult[]) {
    errors += file.errorCount ?? 0
    warnings += file.warningCount ?? 0
    for (const message of file.messages ?? []) {
      if (problems.length < 5 && message.severity === 2) {
        problems.push(
          `${file.filePath ?? '?'}:${message.line ?? 0}: ${message.message ?? ''} (${message.ruleId ?? 'fatal'})`
        )
      }
    }
  }
  return { errors, warnings, problems }
}
