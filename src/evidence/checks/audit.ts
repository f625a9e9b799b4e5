import type { AuditEvidence } from '../../model.js'
import type { RunResult } from '../../ports/process-runner.js'
import type { AuditReading } from '../parsers/audit-report.js'
import { parseNpmAudit, parsePnpmAudit, parseYarnAudit } from '../parsers/audit-report.js'
import type { CheckContext, PlannedCheck } from './common.js'
import { CHECK_ENV, commandText, incompleteRun } from './common.js'

type AuditTool = NonNullable<AuditEvidence['tool']>

const AUDIT_COMMANDS: Record<AuditTool, { command: string; args: string[] }> = {
  npm: { command: 'npm', args: ['audit', '--json'] },
  pnpm: { command: 'pnpm', args: ['audit', '--json'] },
  yarn: { command: 'yarn', args: ['audit', '--json'] }
}

export function planAudit(ctx: CheckContext): PlannedCheck<AuditEvidence> {
  const pm = ctx.toolchain.packageManager
  if (pm === 'yarn-berry' || pm === 'bun') {
    return { name: 'audit', result: { status: 'unknown', reason: `the gate does not read ${pm}'s audit output yet` } }
  }
  if (!ctx.toolchain.lockfile) {
    return {
      name: 'audit',
      result: { status: 'unknown', reason: 'a dependency audit needs a lockfile and there is none' }
    }
  }
  const request = {
    label: 'audit',
    ...AUDIT_COMMANDS[pm],
    cwd: ctx.toolchain.root,
    env: CHECK_ENV,
    timeoutMs: ctx.timeoutMs
  }
  return { name: 'audit', request, interpret: async (result) => readAudit(result, pm, commandText(request)) }
}

/** Audits exit 1 both for "vulnerabilities found" and for "could not ask"; only the report tells which. */
export function readAudit(result: RunResult, tool: AuditTool, command: string): AuditEvidence {
  const base = { tool, command, durationMs: result.durationMs }
  const incomplete = incompleteRun(result, 'the audit')
  if (incomplete) return { ...base, ...incomplete }
  const reading = parseAudit(tool, result)
  if (!reading.ok) return { ...base, status: 'unknown', reason: reading.reason }
  const { total, bySeverity, unit } = reading
  const found = Object.entries(bySeverity)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
  return {
    ...base,
    unit,
    total,
    bySeverity,
    status: total === 0 ? 'pass' : 'fail',
    reason: total === 0 ? 'no known vulnerabilities' : `${total} vulnerable ${unit} (${found.join(', ')})`
  }
}

function parseAudit(tool: AuditTool, result: RunResult): AuditReading {
  switch (tool) {
    case 'npm':
      return parseNpmAudit(result.stdout)
    case 'pnpm':
      return parsePnpmAudit(result.stdout, result.stderr)
    case 'yarn':
      return parseYarnAudit(result.stdout, result.stderr)
  }
}
