import { describe, expect, it } from '@jest/globals'
import { GitHubLimits } from '../../../src/constants.js'
import type { CommentSettings } from '../../../src/publish/github/sticky-comment.js'
import { publishStickyComment, readMarker } from '../../../src/publish/github/sticky-comment.js'
import { FakeGitHub, passingReport, sampleReport } from './fake-github.js'

const settings: CommentSettings = {
  mode: 'on-divergence',
  gateId: 'readiness-gate',
  identity: 'gate-bot',
  headSha: 'abcdef1234567890',
  runUrl: 'https://github.test/run/9'
}
const marker = (verdict: string) =>
  `<!-- readiness-gate:readiness-gate verdict=${verdict} digest=0000000000000000 -->\nold`
const comment = (id: number, author: string, body: string) => ({ id, author, body, url: `https://github.test/c/${id}` })

describe('the sticky comment', () => {
  it('is posted when claims diverge, with a marker, the report and a footer', async () => {
    const github = new FakeGitHub()
    const result = await publishStickyComment(github, 7, sampleReport(), settings)
    expect(result.outcome).toBe('created')
    const body = github.comments[0]?.body ?? ''
    expect(readMarker(body, 'readiness-gate')).toEqual({ verdict: 'fail', digest: expect.stringMatching(/^\w{16}$/) })
    expect(body).toContain('3/3 tests passing')
    expect(body).toContain('Checked at abcdef1 in [this run](https://github.test/run/9)')
  })

  it('is not posted when the claims hold and none exists yet (on-divergence), but is with always', async () => {
    const quiet = new FakeGitHub()
    expect((await publishStickyComment(quiet, 7, passingReport(), settings)).outcome).toBe('not-needed')
    expect(quiet.comments).toEqual([])
    const loud = new FakeGitHub()
    expect((await publishStickyComment(loud, 7, passingReport(), { ...settings, mode: 'always' })).outcome).toBe(
      'created'
    )
  })

  it('does nothing at all when off', async () => {
    const github = new FakeGitHub()
    expect((await publishStickyComment(github, 7, sampleReport(), { ...settings, mode: 'off' })).outcome).toBe('off')
    expect(github.calls).toEqual([])
  })

  it('updates its own comment, deletes duplicates, and never touches a marker planted by someone else', async () => {
    const github = new FakeGitHub()
    github.comments = [
      comment(1, 'mallory', marker('pass')),
      comment(2, 'gate-bot', marker('fail')),
      comment(3, 'gate-bot', marker('fail'))
    ]
    expect((await publishStickyComment(github, 7, sampleReport(), settings)).outcome).toBe('updated')
    expect(github.calls).toEqual(['listIssueComments 7', 'deleteIssueComment 3', 'updateIssueComment 2'])
    expect(github.comments.find((c) => c.id === 1)?.body).toBe(marker('pass'))
  })

  it('with an installation token, whose login is unknown, counts only bot authors', async () => {
    const github = new FakeGitHub()
    github.login = undefined
    github.comments = [comment(1, 'mallory', marker('fail')), comment(2, 'github-actions[bot]', marker('fail'))]
    await publishStickyComment(github, 7, sampleReport(), { ...settings, identity: undefined })
    expect(github.calls).toEqual(['listIssueComments 7', 'updateIssueComment 2'])
  })

  it('leaves an unchanged comment alone', async () => {
    const github = new FakeGitHub()
    await publishStickyComment(github, 7, sampleReport(), settings)
    const again = await publishStickyComment(github, 7, sampleReport(), {
      ...settings,
      runUrl: 'https://github.test/run/10'
    })
    expect(again.outcome).toBe('unchanged')
    expect(github.calls.filter((c) => c.startsWith('update'))).toEqual([])
  })

  it('is rewritten as resolved once the divergence is fixed, and then left alone', async () => {
    const github = new FakeGitHub()
    await publishStickyComment(github, 7, sampleReport(), settings)
    expect((await publishStickyComment(github, 7, passingReport(), settings)).outcome).toBe('resolved')
    expect(github.comments[0]?.body).toContain('Readiness gate: resolved')
    expect(readMarker(github.comments[0]?.body ?? '', 'readiness-gate')?.verdict).toBe('pass')
    expect((await publishStickyComment(github, 7, passingReport(), settings)).outcome).toBe('unchanged')
  })

  it('escapes what the repository wrote: no mentions, no HTML, no broken table', async () => {
    const github = new FakeGitHub()
    const [claim] = sampleReport().claims
    const hostile = { ...claim!, text: '@octo-org/team <img src=x onerror=alert(1)> | ✅ 3/3 tests passing' }
    await publishStickyComment(github, 7, sampleReport({ claims: [hostile] }), settings)
    const body = github.comments[0]?.body ?? ''
    expect(body).not.toMatch(/@octo-org/)
    expect(body).not.toContain('<img')
    expect(body).toContain('\\| ✅ 3/3')
  })

  it('stays within GitHub comment size for a huge report', async () => {
    const github = new FakeGitHub()
    const [claim] = sampleReport().claims
    const claims = Array.from({ length: 4000 }, (_, i) => ({ ...claim!, line: i + 1, text: 'x'.repeat(100) }))
    await publishStickyComment(github, 7, sampleReport({ claims }), settings)
    expect(github.comments[0]?.body.length).toBeLessThanOrEqual(GitHubLimits.COMMENT_BODY_MAX)
    expect(readMarker(github.comments[0]?.body ?? '', 'readiness-gate')?.verdict).toBe('fail')
  })

  it('tells gates apart by their id', async () => {
    const github = new FakeGitHub()
    github.comments = [comment(2, 'gate-bot', marker('fail'))]
    await publishStickyComment(github, 7, sampleReport(), { ...settings, gateId: 'docs-gate' })
    expect(github.calls).toEqual(['listIssueComments 7', 'createIssueComment 7'])
  })
})

describe('an unchanged report on a later run', () => {
  it('leaves the comment alone although the checks took a different time', async () => {
    const github = new FakeGitHub()
    const timed = (ms: number) => {
      const report = sampleReport()
      return { ...report, evidence: { ...report.evidence, tests: { ...report.evidence.tests, durationMs: ms } } }
    }
    await publishStickyComment(github, 7, timed(312), settings)
    expect((await publishStickyComment(github, 7, timed(2875), settings)).outcome).toBe('unchanged')
  })
})
