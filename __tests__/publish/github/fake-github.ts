import type {
  CheckRunOutput,
  CheckRunRequest,
  Comment,
  GitHubApi,
  Issue,
  ReviewComment,
  SuggestedChange
} from '../../../src/publish/github/api.js'
import type { GateReport } from '../../../src/model.js'
import { fixture } from '../../helpers.js'

/** The gate's own report on the github-pr example: one contradicted and one verified claim. */
export function sampleReport(change: Partial<GateReport> = {}): GateReport {
  return { ...(JSON.parse(fixture('gate-reports/github-pr.report.json')) as GateReport), ...change }
}

/** A report whose claims all hold. */
export function passingReport(): GateReport {
  const report = sampleReport()
  const claims = report.claims.map((c) => ({ ...c, verdict: 'verified' as const, suggestion: undefined }))
  return {
    ...report,
    verdict: 'pass',
    claims,
    counts: { verified: claims.length, contradicted: 0, stale: 0, unverifiable: 0 }
  }
}

/** An in-memory GitHub with the state the publishing steps read and write, and a log of calls. */
export class FakeGitHub implements GitHubApi {
  calls: string[] = []
  checkRuns: Array<CheckRunRequest & { updates: CheckRunOutput[] }> = []
  comments: Comment[] = []
  issues: Array<Issue & { title: string; labels: string[]; state: 'open' | 'closed'; comments: string[] }> = []
  reviewComments: ReviewComment[] = []
  login: string | undefined = 'gate-bot'
  /** Makes the named method fail with this HTTP status. */
  failures = new Map<string, number>()
  private nextId = 100

  private call(name: string, detail = ''): void {
    this.calls.push(`${name}${detail ? ` ${detail}` : ''}`)
    const status = this.failures.get(name)
    if (status) throw Object.assign(new Error(`HTTP ${status} from ${name}`), { status })
  }

  async identity() {
    this.call('identity')
    return this.login
  }
  async createCheckRun(request: CheckRunRequest) {
    this.call('createCheckRun')
    this.checkRuns.push({ ...request, updates: [] })
    return { id: this.checkRuns.length, url: `https://github.test/runs/${this.checkRuns.length}` }
  }
  async updateCheckRun(id: number, output: CheckRunOutput) {
    this.call('updateCheckRun', String(id))
    this.checkRuns[id - 1]?.updates.push(output)
  }
  async listIssueComments(issueNumber: number) {
    this.call('listIssueComments', String(issueNumber))
    return this.comments.map((c) => ({ ...c }))
  }
  async createIssueComment(issueNumber: number, body: string) {
    this.call('createIssueComment', String(issueNumber))
    const issue = this.issues.find((i) => i.number === issueNumber)
    if (issue) issue.comments.push(body)
    const comment = {
      id: this.nextId++,
      body,
      author: this.login ?? 'github-actions[bot]',
      url: `https://github.test/c/${this.nextId}`
    }
    if (!issue) this.comments.push(comment)
    return comment
  }
  async updateIssueComment(commentId: number, body: string) {
    this.call('updateIssueComment', String(commentId))
    const comment = this.comments.find((c) => c.id === commentId)
    if (comment) comment.body = body
  }
  async deleteIssueComment(commentId: number) {
    this.call('deleteIssueComment', String(commentId))
    this.comments = this.comments.filter((c) => c.id !== commentId)
  }
  async listOpenIssues(label: string) {
    this.call('listOpenIssues', label)
    return this.issues.filter((i) => i.state === 'open' && i.labels.includes(label))
  }
  async createIssue(title: string, body: string, labels: string[]) {
    this.call('createIssue')
    const issue = {
      number: this.nextId++,
      title,
      body,
      labels,
      state: 'open' as const,
      comments: [],
      url: 'https://github.test/i'
    }
    this.issues.push(issue)
    return issue
  }
  async updateIssue(issueNumber: number, change: { title?: string; body?: string; state?: 'closed' }) {
    this.call('updateIssue', String(issueNumber))
    const issue = this.issues.find((i) => i.number === issueNumber)
    if (issue) Object.assign(issue, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)))
  }
  async listReviewComments(pullNumber: number) {
    this.call('listReviewComments', String(pullNumber))
    return [...this.reviewComments]
  }
  async createReview(pullNumber: number, _commitId: string, comments: SuggestedChange[]) {
    this.call('createReview', String(pullNumber))
    for (const c of comments) this.reviewComments.push({ ...c, author: this.login ?? 'github-actions[bot]' })
  }
}
