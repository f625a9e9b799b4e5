import { posix } from 'node:path'
import type { GateReport } from '../../model.js'
import { escapeCell } from '../render-markdown.js'
import type { GitHubApi, SuggestedChange } from './api.js'

const SUGGESTION_MARKER = '<!-- readiness-gate:suggestion -->'

/** Review comments can only sit on lines the pull request changed: those are its contradicted claims. */
export function suggestedChanges(report: GateReport, pathPrefix: string): SuggestedChange[] {
  return report.claims
    .filter((claim) => claim.verdict === 'contradicted' && claim.suggestion !== undefined)
    .map((claim) => {
      const line = claim.suggestion ?? ''
      const fence = '`'.repeat(Math.max(3, ...(line.match(/`+/g) ?? []).map((run) => run.length + 1)))
      return {
        path: posix.join(pathPrefix, claim.file),
        line: claim.line,
        body: `${escapeCell(claim.reason)}\n\n${fence}suggestion\n${line}\n${fence}\n${SUGGESTION_MARKER}`
      }
    })
}

/** Posts one review with a suggested change per fixable claim, leaving out any already suggested. */
export async function publishSuggestions(
  api: GitHubApi,
  pullNumber: number,
  headSha: string,
  report: GateReport,
  pathPrefix: string
): Promise<number> {
  const wanted = suggestedChanges(report, pathPrefix)
  if (!wanted.length) return 0
  const posted = new Set(
    (await api.listReviewComments(pullNumber))
      .filter((c) => c.body.includes(SUGGESTION_MARKER))
      .map((c) => `${c.path}:${c.line}:${c.body}`)
  )
  const fresh = wanted.filter((c) => !posted.has(`${c.path}:${c.line}:${c.body}`))
  if (fresh.length) await api.createReview(pullNumber, headSha, fresh)
  return fresh.length
}
