import type { CheckBase, ClaimVerdict, Evidence, GateReport, VerdictStatus } from '../model.js'
import { CHECK_NAMES } from '../model.js'
import { formatDeltas } from '../verdict/baseline.js'

const VERDICT_ICON: Record<VerdictStatus, string> = {
  verified: '✅',
  contradicted: '❌',
  stale: '⚠️',
  unverifiable: '❔'
}
const STATUS_ICON: Record<CheckBase['status'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  unknown: '❔ unknown',
  skipped: '⏭️ skipped'
}

/** Text from the repository must not ping people, open HTML or break a table cell. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@(?=[\w-])/g, '@\u200b')
    .replace(/\r?\n/g, ' ')
}

export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}

export function headline(report: GateReport): string {
  const { verified, contradicted, stale, unverifiable } = report.counts
  const total = report.claims.length
  if (report.evidenceGaps?.length) return `The evidence is incomplete: ${report.evidenceGaps.join('; ')}`
  if (!total) return 'No readiness claims found'
  const staleText = stale ? `, ${stale} stale` : ''
  if (contradicted) return `${contradicted} of ${total} readiness claims contradicted by the evidence${staleText}`
  if (stale) return `${stale} of ${total} readiness claims stale: they held when written and no longer do`
  return `${verified} of ${total} readiness claims verified${unverifiable ? `, ${unverifiable} unverifiable` : ''}`
}

/**
 * How much of the report to show: `full`; `divergent` lists only the claims that do not hold; `counts`
 * gives the headline and the counts. Smaller levels let a report fit GitHub's size limits.
 */
export type Detail = 'full' | 'divergent' | 'counts'

/** The whole report as GitHub-flavoured markdown: claims first, then the evidence behind them. */
export function renderMarkdown(report: GateReport, detail: Detail = 'full'): string {
  const sections = [`## ${report.verdict === 'pass' ? '✅' : '❌'} Readiness gate: ${headline(report)}`]
  if (detail === 'counts') return sections.concat(countsLine(report)).join('\n\n') + '\n'
  const shown = detail === 'full' ? report.claims : report.claims.filter((c) => isDivergent(c.verdict))
  if (shown.length) sections.push(claimsTable(sortForReading(shown)))
  if (shown.length < report.claims.length) sections.push(countsLine(report))
  if (report.sinceBase) {
    const changes = report.sinceBase.length ? formatDeltas(report.sinceBase) : 'no change in the evidence'
    sections.push(`Since the base: ${escapeCell(changes)}`)
  }
  if (report.selfContradictions.length)
    sections.push('### Reports that contradict themselves', selfContradictionList(report))
  sections.push('### Evidence', evidenceTable(report.evidence))
  sections.push('### Readiness from the evidence', readinessSection(report))
  if (report.reports.length)
    sections.push(`Reports read: ${report.reports.map((r) => `\`${escapeCell(r)}\``).join(', ')}`)
  if (report.notes.length && detail === 'full')
    sections.push(report.notes.map((note) => `- ${escapeCell(note)}`).join('\n'))
  return sections.join('\n\n') + '\n'
}

export const isDivergent = (status: VerdictStatus): boolean => status === 'contradicted' || status === 'stale'

function countsLine(report: GateReport): string {
  const { verified, contradicted, stale, unverifiable } = report.counts
  return `Claims: ${contradicted} contradicted, ${stale} stale, ${verified} verified, ${unverifiable} unverifiable. The full report is in the job summary and the report files.`
}

function sortForReading(claims: ClaimVerdict[]): ClaimVerdict[] {
  const order: Record<VerdictStatus, number> = { contradicted: 0, stale: 1, unverifiable: 2, verified: 3 }
  return [...claims].sort((a, b) => order[a.verdict] - order[b.verdict])
}

function claimsTable(claims: ClaimVerdict[]): string {
  return table(
    ['', 'Claim', 'Where', 'Reason'],
    claims.map((c) => [
      VERDICT_ICON[c.verdict],
      escapeCell(c.text),
      `\`${escapeCell(c.file)}:${c.line}\``,
      escapeCell(c.reason)
    ])
  )
}

function selfContradictionList(report: GateReport): string {
  return report.selfContradictions
    .map((group) => {
      const where = group.claims.map((c) => `\`${escapeCell(c.file)}:${c.line}\` says ${escapeCell(String(c.claimed))}`)
      return `- ${group.kind}${group.scope ? ` (${escapeCell(group.scope)})` : ''}: ${where.join('; ')}`
    })
    .join('\n')
}

function readinessSection(report: GateReport): string {
  const { readiness } = report
  const verdict =
    readiness.ready === false
      ? `not ready: ${readiness.hardGateFailures.map(escapeCell).join('; ')}`
      : readiness.ready
        ? 'ready: every hard gate passes'
        : `not known: ${readiness.unknownHardGates.join(', ')} could not be checked`
  const score = readiness.score === undefined ? 'no check ran' : `${readiness.score}%`
  const rows = readiness.checks.map((c) => [c.check, String(c.weight), STATUS_ICON[c.status], String(c.points)])
  return `Score ${score} (best case ${readiness.bestCase}%); ${verdict}.\n\n${table(['Check', 'Weight', 'Result', 'Points'], rows)}`
}

function evidenceTable(evidence: Evidence): string {
  return table(
    ['Check', 'Result', 'Details', 'Time'],
    CHECK_NAMES.map((name) => {
      const check = evidence[name]
      const time = check.durationMs === undefined ? '' : `${(check.durationMs / 1000).toFixed(1)} s`
      return [name, STATUS_ICON[check.status], escapeCell(check.reason), time]
    })
  )
}
