import { describe, expect, it } from '@jest/globals'
import { publishTrackingIssue } from '../../../src/publish/github/tracking-issue.js'
import { FakeGitHub, passingReport, sampleReport } from './fake-github.js'

const settings = {
  gateId: 'readiness-gate',
  label: 'readiness-gate',
  headSha: '1234567890abcdef',
  runUrl: 'https://github.test/run/3'
}

describe('the nightly tracking issue', () => {
  it('is opened, labelled, when the default branch diverges', async () => {
    const github = new FakeGitHub()
    expect((await publishTrackingIssue(github, sampleReport(), settings)).outcome).toBe('opened')
    expect(github.issues[0]).toMatchObject({
      title: 'Readiness gate: 1 of 2 readiness claims contradicted by the evidence',
      labels: ['readiness-gate'],
      state: 'open'
    })
  })

  it('is updated when the report changes and left alone when it does not', async () => {
    const github = new FakeGitHub()
    await publishTrackingIssue(github, sampleReport(), settings)
    expect((await publishTrackingIssue(github, sampleReport(), settings)).outcome).toBe('unchanged')
    const worse = sampleReport({ counts: { verified: 0, contradicted: 2, stale: 0, unverifiable: 0 } })
    expect((await publishTrackingIssue(github, worse, settings)).outcome).toBe('updated')
    expect(github.issues).toHaveLength(1)
    expect(github.issues[0]?.title).toContain('2 of 2')
  })

  it('is closed with a comment once the claims hold, and nothing is opened while they do', async () => {
    const github = new FakeGitHub()
    await publishTrackingIssue(github, sampleReport(), settings)
    expect((await publishTrackingIssue(github, passingReport(), settings)).outcome).toBe('closed')
    expect(github.issues[0]?.state).toBe('closed')
    expect(github.issues[0]?.comments[0]).toMatch(/^Resolved: 2 of 2 readiness claims verified at 1234567/)
    expect((await publishTrackingIssue(github, passingReport(), settings)).outcome).toBe('clean')
    expect(github.issues).toHaveLength(1)
  })

  it('ignores labelled issues without its marker', async () => {
    const github = new FakeGitHub()
    github.issues.push({
      number: 5,
      title: 'x',
      body: 'a human issue',
      labels: ['readiness-gate'],
      state: 'open',
      comments: [],
      url: ''
    })
    expect((await publishTrackingIssue(github, sampleReport(), settings)).outcome).toBe('opened')
    expect(github.issues.find((i) => i.number === 5)?.body).toBe('a human issue')
  })
})
