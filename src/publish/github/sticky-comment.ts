import { createHash } from 'node:crypto'
import type { CommentMode } from '../../action-settings.js'
import { GitHubLimits } from '../../constants.js'
import type { GateReport } from '../../model.js'
import { fitReport } from '../fit-report.js'
import { headline } from '../render-markdown.js'
import type { Comment, GitHubApi } from './api.js'

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'resolved' | 'not-needed' | 'off'

export interface CommentSettings {
  mode: CommentMode
  gateId: string
  /** The token's login; undefined for an installation token, whose comments are a bot's. */
  identity: string | undefined
  runUrl?: string
  headSha: string
}

interface Marker {
  verdict: string
  digest: string
}

const markerPattern = (gateId: string) =>
  new RegExp(`<!-- readiness-gate:${gateId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} verdict=(\\w+) digest=(\\w+) -->`)

export function readMarker(body: string, gateId: string): Marker | undefined {
  const match = markerPattern(gateId).exec(body)
  return match ? { verdict: match[1] ?? '', digest: match[2] ?? '' } : undefined
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16)

/**
 * Only the token's own comments count: anybody can write the marker into a comment of their own to
 * fake an "all green" report. An installation token cannot read its login, and only apps post as bots.
 */
function isOurs(comment: Comment, identity: string | undefined): boolean {
  return identity ? comment.author === identity : comment.author.endsWith('[bot]')
}

function resolvedContent(report: GateReport): string {
  return `## ✅ Readiness gate: resolved\n\nThe claims reported here before now match the evidence: ${headline(report)}.\n`
}

/** The comment: a hidden marker (verdict and a digest of the content), the content, and a footer. */
export function commentBody(
  content: string,
  verdict: string,
  settings: Pick<CommentSettings, 'gateId' | 'runUrl' | 'headSha'>
): string {
  const marker = `<!-- readiness-gate:${settings.gateId} verdict=${verdict} digest=${digestOf(content)} -->`
  const run = settings.runUrl ? ` in [this run](${settings.runUrl})` : ''
  return `${marker}\n${content}\n<sub>Checked at ${settings.headSha.slice(0, 7)}${run}.</sub>\n`
}

/**
 * The report as a comment or issue shows it: without check timings, which differ on every run and
 * would make an unchanged report look changed (and rewrite the comment each time).
 */
export function withoutTimings(report: GateReport): GateReport {
  const evidence = Object.fromEntries(
    Object.entries(report.evidence).map(([name, check]) => [
      name,
      check && typeof check === 'object' && 'status' in check ? { ...check, durationMs: undefined } : check
    ])
  ) as unknown as GateReport['evidence']
  return { ...report, evidence }
}

function fitComment(report: GateReport, settings: CommentSettings, resolved: boolean): string {
  if (resolved) return commentBody(resolvedContent(report), report.verdict, settings)
  // The marker and footer are small; leave them room under the limit.
  const content = fitReport(withoutTimings(report), GitHubLimits.COMMENT_BODY_MAX - 1024)
  return commentBody(content, report.verdict, settings)
}

/**
 * Keeps one comment per pull request up to date: found by marker and author across every page, extra
 * copies from concurrent runs deleted, left alone when nothing changed, and rewritten as resolved once a
 * divergence it reported is fixed.
 */
export async function publishStickyComment(
  api: GitHubApi,
  pullNumber: number,
  report: GateReport,
  settings: CommentSettings
): Promise<{ outcome: CommentOutcome; url?: string }> {
  if (settings.mode === 'off') return { outcome: 'off' }
  const ours = (await api.listIssueComments(pullNumber)).filter(
    (c) => isOurs(c, settings.identity) && readMarker(c.body, settings.gateId)
  )
  const [existing, ...duplicates] = ours
  for (const duplicate of duplicates) await api.deleteIssueComment(duplicate.id)
  const diverged = report.verdict === 'fail'
  if (!existing) {
    if (!diverged && settings.mode === 'on-divergence') return { outcome: 'not-needed' }
    const created = await api.createIssueComment(pullNumber, fitComment(report, settings, false))
    return { outcome: 'created', url: created.url }
  }
  const before = readMarker(existing.body, settings.gateId)
  // In on-divergence mode the comment exists because of a divergence: once it is fixed, say so.
  const resolved = !diverged && settings.mode === 'on-divergence'
  const body = fitComment(report, settings, resolved)
  if (readMarker(body, settings.gateId)?.digest === before?.digest) return { outcome: 'unchanged', url: existing.url }
  await api.updateIssueComment(existing.id, body)
  return { outcome: resolved ? 'resolved' : 'updated', url: existing.url }
}
