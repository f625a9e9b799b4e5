import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { GitHubLimits, RATE_LIMIT_RETRIES } from '../constants.js'
import type { Comment, GitHubApi, Issue, ReviewComment } from '../publish/github/api.js'
import { statusOf } from '../publish/github/api.js'
import type { Logger } from './logger.js'

type Octokit = ReturnType<typeof getOctokit>

/**
 * The one place an Octokit is made: GITHUB_API_URL (GHES) and the runner's proxy come from
 * @actions/github; 5xx answers are retried with backoff, and primary and secondary rate limits are
 * waited out a few times before the call fails.
 */
export function createOctokit(token: string, logger: Logger): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _: unknown, retryCount: number) => {
      const retrying = retryCount < RATE_LIMIT_RETRIES
      logger.warning(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`
      )
      return retrying
    }
  return getOctokit(
    token,
    { throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') } },
    retry,
    throttling
  )
}

interface RestUser {
  login?: string
}

const loginOf = (user: RestUser | null | undefined): string => user?.login ?? ''

export function createGitHubApi(octokit: Octokit, owner: string, repo: string): GitHubApi {
  const where = { owner, repo }
  const perPage = GitHubLimits.PER_PAGE
  return {
    async identity() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login
      } catch (error) {
        // An installation token (GITHUB_TOKEN, a GitHub App) may not read /user.
        if (statusOf(error) === 403 || statusOf(error) === 401) return undefined
        throw error
      }
    },
    async createCheckRun(request) {
      const { data } = await octokit.rest.checks.create({ ...where, ...request, status: 'completed' })
      return { id: data.id, url: data.html_url ?? '' }
    },
    async updateCheckRun(id, output) {
      await octokit.rest.checks.update({ ...where, check_run_id: id, output })
    },
    async listIssueComments(issueNumber) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...where,
        issue_number: issueNumber,
        per_page: perPage
      })
      return comments.map((c): Comment => ({ id: c.id, body: c.body ?? '', author: loginOf(c.user), url: c.html_url }))
    },
    async createIssueComment(issueNumber, body) {
      const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: issueNumber, body })
      return { id: data.id, body: data.body ?? '', author: loginOf(data.user), url: data.html_url }
    },
    async updateIssueComment(commentId, body) {
      await octokit.rest.issues.updateComment({ ...where, comment_id: commentId, body })
    },
    async deleteIssueComment(commentId) {
      await octokit.rest.issues.deleteComment({ ...where, comment_id: commentId })
    },
    async listOpenIssues(label) {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...where,
        labels: label,
        state: 'open',
        per_page: perPage
      })
      return issues
        .filter((issue) => !issue.pull_request)
        .map((issue): Issue => ({ number: issue.number, body: issue.body ?? '', url: issue.html_url }))
    },
    async createIssue(title, body, labels) {
      const { data } = await octokit.rest.issues.create({ ...where, title, body, labels })
      return { number: data.number, body: data.body ?? '', url: data.html_url }
    },
    async updateIssue(issueNumber, change) {
      const closing = change.state === 'closed' ? { state: 'closed' as const, state_reason: 'completed' as const } : {}
      await octokit.rest.issues.update({
        ...where,
        issue_number: issueNumber,
        ...(change.title ? { title: change.title } : {}),
        ...(change.body ? { body: change.body } : {}),
        ...closing
      })
    },
    async listReviewComments(pullNumber) {
      const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
        ...where,
        pull_number: pullNumber,
        per_page: perPage
      })
      return comments.map((c): ReviewComment => ({
        path: c.path,
        line: c.line ?? undefined,
        body: c.body,
        author: loginOf(c.user)
      }))
    },
    async createReview(pullNumber, commitId, comments) {
      await octokit.rest.pulls.createReview({
        ...where,
        pull_number: pullNumber,
        commit_id: commitId,
        event: 'COMMENT',
        comments: comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body }))
      })
    }
  }
}
