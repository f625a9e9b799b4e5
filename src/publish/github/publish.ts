import { getErrorMessage } from '../../errors.js'
import type { GateReport } from '../../model.js'
import type { Logger } from '../../ports/logger.js'
import type { GitHubApi } from './api.js'
import { isPermissionDenied } from './api.js'
import { publishCheckRun } from './check-run.js'
import type { GitHubTarget } from './context.js'
import type { CommentMode } from '../../action-settings.js'
import type { CommentOutcome } from './sticky-comment.js'
import { publishStickyComment } from './sticky-comment.js'
import { publishSuggestions } from './suggestions.js'
import type { IssueOutcome } from './tracking-issue.js'
import { publishTrackingIssue } from './tracking-issue.js'

export interface GitHubPublishSettings {
  checkName: string
  gateId: string
  comment: CommentMode
  suggestChanges: boolean
  issueLabel: string
  /** The gate's directory relative to the repository root. */
  pathPrefix: string
}

export interface PublishResult {
  checkRun?: { id: number; url: string }
  comment?: { outcome: CommentOutcome; url?: string }
  issue?: { outcome: IssueOutcome; url?: string }
  suggestions?: number
  /** What could not be published and why; the job summary and log annotations stand in for it. */
  problems: string[]
  /** The token may not write (a fork's pull request, Dependabot, missing `permissions`). */
  readOnly: boolean
}

/**
 * Publishes the report where the event calls for it: a check run on the commit, then on a pull request
 * the sticky comment (and suggested changes when enabled), in the nightly audit the tracking issue. A
 * merge-queue entry gets only the check run. A step that fails does not stop the others, and never
 * changes the verdict: the job's result is the gate.
 */
export async function publishToGitHub(
  api: GitHubApi,
  target: GitHubTarget,
  report: GateReport,
  settings: GitHubPublishSettings,
  logger: Logger
): Promise<PublishResult> {
  const result: PublishResult = { problems: [], readOnly: false }
  const attempt = async <T>(what: string, step: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await step()
    } catch (error) {
      const denied = isPermissionDenied(error)
      result.readOnly ||= denied
      result.problems.push(`${what}: ${denied ? 'the token may not write it' : 'failed'} (${getErrorMessage(error)})`)
      return undefined
    }
  }
  result.checkRun = await attempt('check run', () =>
    publishCheckRun(api, target, report, {
      name: settings.checkName,
      gateId: settings.gateId,
      pathPrefix: settings.pathPrefix
    })
  )
  const pull = target.kind === 'pull_request' ? target.pullNumber : undefined
  if (pull !== undefined && settings.comment !== 'off') {
    result.comment = await attempt('pull request comment', async () =>
      publishStickyComment(api, pull, report, {
        mode: settings.comment,
        gateId: settings.gateId,
        identity: await api.identity(),
        runUrl: target.runUrl,
        headSha: target.headSha
      })
    )
  }
  if (pull !== undefined && settings.suggestChanges && !result.readOnly) {
    result.suggestions = await attempt('suggested changes', () =>
      publishSuggestions(api, pull, target.headSha, report, settings.pathPrefix)
    )
  }
  if (target.kind === 'scheduled') {
    result.issue = await attempt('tracking issue', () =>
      publishTrackingIssue(api, report, {
        gateId: settings.gateId,
        label: settings.issueLabel,
        runUrl: target.runUrl,
        headSha: target.headSha
      })
    )
  }
  for (const problem of result.problems) logger.warning(`Could not publish the ${problem}`)
  if (result.readOnly)
    logger.warning(
      'The token is read-only here (a pull request from a fork or Dependabot, or missing `permissions`): the report is in the job summary and log annotations instead. See the README for the two-workflow setup that publishes for forks.'
    )
  return result
}
