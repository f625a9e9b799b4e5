/** The few GitHub REST calls the gate makes, so publishing logic can be tested with a fake. */

export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
}

export interface CheckRunOutput {
  title: string
  summary: string
  annotations?: CheckRunAnnotation[]
}

export interface CheckRunRequest {
  name: string
  head_sha: string
  external_id: string
  details_url?: string
  conclusion: 'success' | 'failure' | 'neutral'
  output: CheckRunOutput
}

export interface Comment {
  id: number
  body: string
  author: string
  url: string
}

export interface Issue {
  number: number
  body: string
  url: string
}

export interface ReviewComment {
  path: string
  line?: number
  body: string
  author: string
}

export interface SuggestedChange {
  path: string
  line: number
  body: string
}

export interface GitHubApi {
  /** The login the token acts as, or undefined when the token cannot say (an installation token). */
  identity(): Promise<string | undefined>
  createCheckRun(request: CheckRunRequest): Promise<{ id: number; url: string }>
  /** Adds output to a check run; GitHub appends the annotations to those already sent. */
  updateCheckRun(id: number, output: CheckRunOutput): Promise<void>
  listIssueComments(issueNumber: number): Promise<Comment[]>
  createIssueComment(issueNumber: number, body: string): Promise<Comment>
  updateIssueComment(commentId: number, body: string): Promise<void>
  deleteIssueComment(commentId: number): Promise<void>
  listOpenIssues(label: string): Promise<Issue[]>
  createIssue(title: string, body: string, labels: string[]): Promise<Issue>
  updateIssue(issueNumber: number, change: { title?: string; body?: string; state?: 'closed' }): Promise<void>
  listReviewComments(pullNumber: number): Promise<ReviewComment[]>
  createReview(pullNumber: number, commitId: string, comments: SuggestedChange[]): Promise<void>
}

/** The status of a failed API call, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** A token without write access: a fork's pull request, Dependabot, or missing `permissions`. */
export function isPermissionDenied(error: unknown): boolean {
  return statusOf(error) === 403
}
