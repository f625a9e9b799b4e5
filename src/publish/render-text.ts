import type { ClaimVerdict, GateReport, VerdictStatus } from '../model.js'
import { CHECK_NAMES } from '../model.js'
import { headline } from './render-markdown.js'
import { formatDeltas } from '../verdict/baseline.js'

const LABEL: Record<VerdictStatus, string> = {
  verified: 'verified',
  contradicted: 'CONTRADICTED',
  stale: 'STALE',
  unverifiable: 'unverifiable'
}

/** A plain-text report for terminals and CI logs. */
export function renderText(report: GateReport): string {
  const lines = [`readiness-gate: ${headline(report)}`, '']
  lines.push('Evidence:')
  for (const name of CHECK_NAMES) {
    const check = report.evidence[name]
    lines.push(`  ${name.padEnd(10)} ${check.status.padEnd(8)} ${check.reason}`)
  }
  const { readiness } = report
  const state = readiness.ready === false ? 'not ready' : readiness.ready ? 'ready' : 'readiness not known'
  lines.push(
    `  readiness  ${readiness.score === undefined ? '-' : `${readiness.score}%`} (${state}; best case ${readiness.bestCase}%)`
  )
  if (report.claims.length) {
    lines.push('', 'Claims:')
    const where = report.claims.map((c) => `${c.file}:${c.line}`)
    // A loop, not Math.max(...): spreading 200,000 arguments overflows the stack.
    const width = Math.min(
      60,
      where.reduce((widest, w) => Math.max(widest, w.length), 0)
    )
    report.claims.forEach((claim, i) => lines.push(formatClaim(claim, (where[i] ?? '').padEnd(width))))
  }
  if (report.sinceBase)
    lines.push(`since the base: ${report.sinceBase.length ? formatDeltas(report.sinceBase) : 'no change'}`)
  for (const group of report.selfContradictions) {
    const where = group.claims.map((c) => `${c.file}:${c.line} says ${String(c.claimed)}`).join('; ')
    lines.push(`self-contradiction: ${group.kind}${group.scope ? ` (${group.scope})` : ''}: ${where}`)
  }
  for (const note of report.notes) lines.push(`note: ${note}`)
  return lines.join('\n') + '\n'
}

function formatClaim(claim: ClaimVerdict, where: string): string {
  const indent = `  ${' '.repeat(12)} ${' '.repeat(where.length)}  `
  const fix = claim.suggestion ? `\n${indent}fix: ${claim.suggestion}` : ''
  return `  ${LABEL[claim.verdict].padEnd(12)} ${where}  ${claim.text}\n${indent}→ ${claim.reason}${fix}`
}
