import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { readTarget } from '../../../src/publish/github/context.js'

const require = createRequire(import.meta.url)
const EXAMPLES = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string
  examples: Array<Record<string, unknown> & { action?: string }>
}>
const webhook = (name: string, action?: string) =>
  structuredClone(EXAMPLES.find((e) => e.name === name)?.examples.find((e) => !action || e.action === action) ?? {})

const env = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REPOSITORY: 'fallback/repo',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_SERVER_URL: 'https://ghes.example.com',
  GITHUB_RUN_ID: '55',
  GITHUB_RUN_ATTEMPT: '2'
}

describe('reading the target from real webhook payloads', () => {
  it('a pull request: its head commit (not the merge commit) and number', () => {
    expect(readTarget(env, webhook('pull_request', 'opened'))).toEqual({
      kind: 'pull_request',
      event: 'pull_request',
      owner: 'Codertocat',
      repo: 'Hello-World',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      pullNumber: 2,
      fromFork: false,
      runUrl: 'https://ghes.example.com/Codertocat/Hello-World/actions/runs/55/attempts/2'
    })
  })

  it('a pull request from a fork', () => {
    const payload = webhook('pull_request', 'opened') as { pull_request: { head: { repo: { full_name: string } } } }
    payload.pull_request.head.repo.full_name = 'someone/Hello-World'
    expect(readTarget(env, payload).fromFork).toBe(true)
  })

  it('a merge queue entry: the queue commit', () => {
    const target = readTarget({ ...env, GITHUB_EVENT_NAME: 'merge_group' }, webhook('merge_group', 'checks_requested'))
    expect(target).toMatchObject({
      kind: 'merge_group',
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      pullNumber: undefined
    })
  })

  it('schedule and workflow_dispatch: the default branch head', () => {
    expect(readTarget({ ...env, GITHUB_EVENT_NAME: 'schedule' }, { schedule: '17 3 * * *' })).toMatchObject({
      kind: 'scheduled',
      owner: 'fallback',
      headSha: env.GITHUB_SHA
    })
    expect(readTarget({ ...env, GITHUB_EVENT_NAME: 'workflow_dispatch' }, webhook('workflow_dispatch')).kind).toBe(
      'scheduled'
    )
  })

  it('an uploaded pull request event published from workflow_run', () => {
    expect(
      readTarget({ ...env, GITHUB_EVENT_NAME: 'workflow_run' }, webhook('pull_request', 'synchronize'))
    ).toMatchObject({
      kind: 'pull_request',
      event: 'workflow_run',
      pullNumber: 2
    })
  })

  it('says what is missing outside a runner', () => {
    expect(() => readTarget({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'o/r' }, {})).toThrow(
      'GITHUB_SHA is not set'
    )
    expect(() => readTarget({}, {})).toThrow('GITHUB_EVENT_NAME is not set')
  })
})
