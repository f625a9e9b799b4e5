import { describe, expect, it } from '@jest/globals'
import type { GitHubTarget } from '../../../src/publish/github/context.js'
import { publishToGitHub } from '../../../src/publish/github/publish.js'
import { silentLogger } from '../../../src/ports/logger.js'
import { FakeGitHub, sampleReport } from './fake-github.js'

const pullRequest: GitHubTarget = {
  kind: 'pull_request',
  event: 'pull_request',
  owner: 'o',
  repo: 'r',
  headSha: 'b'.repeat(40),
  pullNumber: 7,
  fromFork: false
}
const settings = {
  checkName: 'Readiness gate',
  gateId: 'readiness-gate',
  comment: 'on-divergence' as const,
  suggestChanges: true,
  issueLabel: 'readiness-gate',
  pathPrefix: ''
}

describe('publishing by event', () => {
  it('on a pull request: the check run, then the comment, then suggested changes', async () => {
    const github = new FakeGitHub()
    const result = await publishToGitHub(github, pullRequest, sampleReport(), settings, silentLogger)
    expect(github.calls).toEqual([
      'createCheckRun',
      'identity',
      'listIssueComments 7',
      'createIssueComment 7',
      'listReviewComments 7',
      'createReview 7'
    ])
    expect(result).toMatchObject({ problems: [], readOnly: false, suggestions: 1, comment: { outcome: 'created' } })
  })

  it('in the merge queue: only the check run', async () => {
    const github = new FakeGitHub()
    await publishToGitHub(
      github,
      { ...pullRequest, kind: 'merge_group', pullNumber: undefined },
      sampleReport(),
      settings,
      silentLogger
    )
    expect(github.calls).toEqual(['createCheckRun'])
  })

  it('on a schedule: the check run and the tracking issue', async () => {
    const github = new FakeGitHub()
    const result = await publishToGitHub(
      github,
      { ...pullRequest, kind: 'scheduled', pullNumber: undefined },
      sampleReport(),
      settings,
      silentLogger
    )
    expect(github.calls).toEqual(['createCheckRun', 'listOpenIssues readiness-gate', 'createIssue'])
    expect(result.issue?.outcome).toBe('opened')
  })
})

describe('publishing with a token that may not write', () => {
  it('records each refusal, keeps going, and skips suggestions', async () => {
    const github = new FakeGitHub()
    github.failures.set('createCheckRun', 403).set('createIssueComment', 403)
    const warnings: string[] = []
    const result = await publishToGitHub(github, { ...pullRequest, fromFork: true }, sampleReport(), settings, {
      ...silentLogger,
      warning: (message) => warnings.push(message)
    })
    expect(result.readOnly).toBe(true)
    expect(result.checkRun).toBeUndefined()
    expect(result.problems).toEqual([
      'check run: the token may not write it (HTTP 403 from createCheckRun)',
      'pull request comment: the token may not write it (HTTP 403 from createIssueComment)'
    ])
    expect(github.calls).not.toContain('createReview 7')
    expect(warnings.at(-1)).toMatch(/read-only.*two-workflow/)
  })

  it('reports other failures without calling them a permission problem', async () => {
    const github = new FakeGitHub()
    github.failures.set('listIssueComments', 502)
    const result = await publishToGitHub(github, pullRequest, sampleReport(), settings, silentLogger)
    expect(result.readOnly).toBe(false)
    expect(result.problems).toEqual(['pull request comment: failed (HTTP 502 from listIssueComments)'])
    expect(result.checkRun?.id).toBe(1)
  })
})
