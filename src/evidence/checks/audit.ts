import type { AuditEvidence } from '../../model.js'
import type { FileSystem } from '../../ports/file-system.js'
import type { RunResult } from '../../ports/process-runner.js'
import type { AuditReading } from '../parsers/audit-report.js'
import {
  parseBunAudit,
  parseNpmAudit,
  parsePnpmAudit,
  parseYarnAudit,
  parseYarnBerryAudit
} from '../parsers/audit-report.js'
import { packageManagerCommand } from '../toolchain.js'
import type { CheckContext, PlannedCheck } from './common.js'
import { CHECK_ENV, commandText, incompleteRun } from './common.js'

type AuditTool = NonNullable<AuditEvidence['tool']>

/** Each package manager's audit with a machine-readable report; berry needs --all --recursive to see transitive dependencies. */
const AUDIT_ARGS: Record<AuditTool, string[]> = {
  npm: ['audit', '--json'],
  pnpm: ['audit', '--json'],
  yarn: ['audit', '--json'],
  'yarn-berry': ['npm', 'audit', '--all', '--recursive', '--json'],
  bun: ['audit', '--json']
}

export function planAudit(ctx: CheckContext): PlannedCheck<AuditEvidence> {
  const pm = ctx.toolchain.packageManager
  if (!ctx.toolchain.lockfile) {
    return {
      name: 'audit',
      result: { status: 'unknown', reason: 'a dependency audit needs a lockfile and there is none' }
    }
  }
  const request = {
    label: 'audit',
    ...packageManagerCommand(ctx.toolchain, AUDIT_ARGS[pm]),
    cwd: ctx.toolchain.root,
    env: CHECK_ENV,
    timeoutMs: ctx.timeoutMs
  }
  return {
    name: 'audit',
    request,
    interpret: async (result) => readAuditRun(ctx.fs, result, pm, commandText(request))
  }
}

/**
 * Reads an audit that ran, detected or the user's own command. A large monorepo's audit can print more
 * than is kept in memory; its report is then read whole from the log file.
 */
export async function readAuditRun(
  fs: FileSystem,
  result: RunResult,
  tool: AuditTool,
  command: string
): Promise<AuditEvidence> {
  const whole = result.truncated && fs.exists(result.stdoutPath) ? await fs.readText(result.stdoutPath) : undefined
  return readAudit(whole === undefined ? result : { ...result, stdout: whole }, tool, command)
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
    case 'yarn-berry':
      return parseYarnBerryAudit(result.stdout, result.stderr, result.exitCode)
    case 'bun':
      return parseBunAudit(result.stdout, result.stderr)
  }
}
