import { ConfigurationError } from '../../errors.js'

/** What the gate publishes depends on why it runs. */
export type TargetKind = 'pull_request' | 'merge_group' | 'scheduled' | 'push'

/** Where and about what the gate publishes, from the event. */
export interface GitHubTarget {
  kind: TargetKind
  /** The event name as GitHub gives it (`pull_request_target`, `schedule`, ...). */
  event: string
  owner: string
  repo: string
  /** The commit the evidence is about: the PR head, not the merge commit GitHub checks out. */
  headSha: string
  baseSha?: string
  pullNumber?: number
  /** A pull request from another repository: its token is read-only. */
  fromFork: boolean
  /** Link to this workflow run, for comments and issues. */
  runUrl?: string
}

interface Payload {
  pull_request?: {
    number?: number
    head?: { sha?: string; repo?: { full_name?: string } | null }
    base?: { sha?: string; repo?: { full_name?: string } }
  }
  merge_group?: { head_sha?: string; base_sha?: string }
  repository?: { full_name?: string }
}

export interface RunEnvironment {
  GITHUB_EVENT_NAME?: string
  GITHUB_REPOSITORY?: string
  GITHUB_SHA?: string
  GITHUB_SERVER_URL?: string
  GITHUB_RUN_ID?: string
  GITHUB_RUN_ATTEMPT?: string
}

const SCHEDULED_EVENTS = new Set(['schedule', 'workflow_dispatch', 'repository_dispatch'])

function required(value: string | undefined, what: string): string {
  if (!value) throw new ConfigurationError(`${what} is not set: the action must run in a GitHub Actions job`)
  return value
}

/** Infers why the gate runs from the event name and payload; an uploaded event has only its payload. */
function kindOf(event: string, payload: Payload): TargetKind {
  if (payload.pull_request) return 'pull_request'
  if (payload.merge_group) return 'merge_group'
  if (SCHEDULED_EVENTS.has(event)) return 'scheduled'
  return 'push'
}

/**
 * Reads the publishing target from the run's environment and event payload. `event` overrides the event
 * name when publishing a pull request's results from a later `workflow_run`.
 */
export function readTarget(env: RunEnvironment, payload: unknown, event = env.GITHUB_EVENT_NAME): GitHubTarget {
  const data = (payload ?? {}) as Payload
  const eventName = required(event, 'GITHUB_EVENT_NAME')
  const fullName = data.repository?.full_name ?? required(env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY')
  const [owner = '', repo = ''] = fullName.split('/')
  const kind = kindOf(eventName, data)
  const pr = data.pull_request
  const headSha =
    kind === 'pull_request' ? pr?.head?.sha : kind === 'merge_group' ? data.merge_group?.head_sha : env.GITHUB_SHA
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    kind,
    event: eventName,
    owner,
    repo,
    headSha: required(headSha, kind === 'pull_request' ? 'pull_request.head.sha' : 'GITHUB_SHA'),
    baseSha: pr?.base?.sha ?? data.merge_group?.base_sha,
    pullNumber: pr?.number,
    fromFork: Boolean(pr && pr.head?.repo?.full_name !== (pr.base?.repo?.full_name ?? fullName)),
    runUrl: env.GITHUB_RUN_ID
      ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
      : undefined
  }
}
