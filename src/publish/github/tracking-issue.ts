import { GitHubLimits } from '../../constants.js'
import type { GateReport } from '../../model.js'
import { fitReport } from '../fit-report.js'
import { headline } from '../render-markdown.js'
import type { GitHubApi } from './api.js'
import type { CommentSettings } from './sticky-comment.js'
import { commentBody, readMarker, withoutTimings } from './sticky-comment.js'

export type IssueOutcome = 'opened' | 'updated' | 'unchanged' | 'closed' | 'clean'

export interface IssueSettings extends Pick<CommentSettings, 'gateId' | 'runUrl' | 'headSha'> {
  label: string
}

/**
 * The nightly audit keeps one tracking issue, found by label and marker: opened when the default
 * branch's claims diverge, updated on later runs, and closed with a comment once they hold again.
 */
export async function publishTrackingIssue(
  api: GitHubApi,
  report: GateReport,
  settings: IssueSettings
): Promise<{ outcome: IssueOutcome; url?: string }> {
  const existing = (await api.listOpenIssues(settings.label)).find((issue) => readMarker(issue.body, settings.gateId))
  if (report.verdict === 'pass') {
    if (!existing) return { outcome: 'clean' }
    const note = `Resolved: ${headline(report)} at ${settings.headSha.slice(0, 7)}${settings.runUrl ? ` ([run](${settings.runUrl}))` : ''}.`
    await api.createIssueComment(existing.number, note)
    await api.updateIssue(existing.number, { state: 'closed' })
    return { outcome: 'closed', url: existing.url }
  }
  const title = `Readiness gate: ${headline(report)}`
  const body = commentBody(
    fitReport(withoutTimings(report), GitHubLimits.COMMENT_BODY_MAX - 1024),
    report.verdict,
    settings
  )
  if (!existing) {
    const opened = await api.createIssue(title, body, [settings.label])
    return { outcome: 'opened', url: opened.url }
  }
  if (readMarker(existing.body, settings.gateId)?.digest === readMarker(body, settings.gateId)?.digest)
    return { outcome: 'unchanged', url: existing.url }
  await api.updateIssue(existing.number, { title, body })
  return { outcome: 'updated', url: existing.url }
}
