import { counted } from '../../errors.js'
import { join } from 'node:path'
import type { LintEvidence } from '../../model.js'
import type { RunResult } from '../../ports/process-runner.js'
import { parseEslintJson } from '../parsers/eslint-json.js'
import { ReportFormatError } from '../parsers/report-format-error.js'
import type { CheckContext, PlannedCheck } from './common.js'
import { commandText, exitText, firstErrorLines, incompleteRun, readOptionalReport, scriptRequest } from './common.js'

export function planLint(ctx: CheckContext): PlannedCheck<LintEvidence> {
  const script = ctx.toolchain.scripts.lint
  if (!script) return { name: 'lint', result: { status: 'skipped', reason: 'no lint script in package.json' } }
  const isEslint = /\beslint\b/.test(script)
  const reportPath = join(ctx.workDir, `${ctx.tag ?? ''}lint.json`)
  const args = isEslint ? ['--format', 'json', '--output-file', reportPath] : []
  const request = scriptRequest(ctx, 'lint', 'lint', args)
  return {
    name: 'lint',
    request,
    interpret: async (result) => {
      const report = isEslint ? await readOptionalReport(ctx, reportPath) : undefined
      return readLint(result, report, commandText(request))
    }
  }
}

/** ESLint exits 2 for a crash or bad config: that is no lint result at all. */
export function readLint(result: RunResult, report: string | undefined, command: string): LintEvidence {
  const base = { command, durationMs: result.durationMs }
  const incomplete = incompleteRun(result, 'the linter')
  if (incomplete) return { ...base, ...incomplete }
  if (report === undefined || result.exitCode === 2) {
    if (result.exitCode === 0)
      return { ...base, status: 'pass', reason: 'the lint script succeeded (no counts: not ESLint JSON)' }
    const firstErrors = firstErrorLines(`${result.stderr}\n${result.stdout}`)
    const status = result.exitCode === 2 || report === undefined ? 'unknown' : 'fail'
    return {
      ...base,
      status,
      firstErrors,
      reason: `the lint script failed (${exitText(result)}) without a lint report`
    }
  }
  try {
    const { errors, warnings, problems } = parseEslintJson(report)
    const status = errors > 0 || result.exitCode !== 0 ? 'fail' : 'pass'
    return {
      ...base,
      tool: 'eslint',
      status,
      errors,
      warnings,
      firstErrors: problems,
      reason: `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`
    }
  } catch (error) {
    if (!(error instanceof ReportFormatError)) throw error
    return { ...base, status: 'unknown', reason: error.message }
  }
}
