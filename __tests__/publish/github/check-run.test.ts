import { describe, expect, it } from '@jest/globals'
import { GitHubLimits } from '../../../src/constants.js'
import type { ClaimVerdict } from '../../../src/model.js'
import { annotationsOf, checkRunName, conclusionOf, publishCheckRun } from '../../../src/publish/github/check-run.js'
import type { GitHubTarget } from '../../../src/publish/github/context.js'
import { FakeGitHub, passingReport, sampleReport } from './fake-github.js'

const target: GitHubTarget = {
  kind: 'pull_request',
  event: 'pull_request',
  owner: 'o',
  repo: 'r',
  headSha: 'a'.repeat(40),
  pullNumber: 7,
  fromFork: false
}
const settings = { name: 'Readiness gate', gateId: 'readiness-gate', pathPrefix: 'packages/app' }

/** `count` contradicted claims on consecutive lines, each with `text`. */
function divergent(count: number, text = '- ✅ 3/3 tests passing'): ClaimVerdict[] {
  const [claim] = sampleReport().claims
  return Array.from({ length: count }, (_, i) => ({ ...(claim as ClaimVerdict), line: i + 1, text }))
}

describe('the conclusion', () => {
  it('is failure when claims diverge, so a required check blocks the merge', () => {
    expect(conclusionOf(sampleReport())).toBe('failure')
  })

  it('is success when the claims hold, and neutral only when there was nothing to check', () => {
    expect(conclusionOf(passingReport())).toBe('success')
    expect(conclusionOf({ ...passingReport(), claims: [] })).toBe('neutral')
  })
})

describe('the check run name', () => {
  it('is the configured name, with its own suffix for the nightly audit', () => {
    expect(checkRunName('Readiness gate', target)).toBe('Readiness gate')
    expect(checkRunName('Readiness gate', { ...target, kind: 'merge_group' })).toBe('Readiness gate')
    expect(checkRunName('Readiness gate', { ...target, kind: 'scheduled' })).toBe('Readiness gate (nightly audit)')
  })
})

describe('annotations', () => {
  it('sit at the claim line, with the path from the repository root and the suggested fix', () => {
    expect(annotationsOf(sampleReport(), 'packages/app')).toEqual([
      {
        path: 'packages/app/STATUS.md',
        start_line: 3,
        end_line: 3,
        annotation_level: 'failure',
        title: 'Contradicted claim: - ✅ 3/3 tests passing',
        message: 'claims 3; 2 of 3 tests passed (1 failed)\nThe evidence supports: - ❌ 2/3 tests passing (1 failing)'
      }
    ])
  })

  it('are warnings for stale claims and keep titles within 255 characters', () => {
    const claims = divergent(1, 'x'.repeat(1000)).map((c) => ({ ...c, verdict: 'stale' as const }))
    const [annotation] = annotationsOf(sampleReport({ claims }), '')
    expect(annotation?.annotation_level).toBe('warning')
    expect(annotation?.title?.length).toBe(GitHubLimits.ANNOTATION_TITLE_MAX)
    expect(annotation?.path).toBe('STATUS.md')
  })
})

describe('publishing the check run', () => {
  it('sends 120 annotations as 50, 50 and 20, dropping none', async () => {
    const github = new FakeGitHub()
    await publishCheckRun(github, target, sampleReport({ claims: divergent(120) }), settings)
    expect(github.calls).toEqual(['createCheckRun', 'updateCheckRun 1', 'updateCheckRun 1'])
    const [run] = github.checkRuns
    const batches = [run?.output.annotations ?? [], ...(run?.updates.map((u) => u.annotations ?? []) ?? [])]
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20])
    expect(batches.flat().map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
  })

  it('reports on the head commit, with the run as details', async () => {
    const github = new FakeGitHub()
    await publishCheckRun(github, { ...target, runUrl: 'https://github.test/run/1' }, sampleReport(), settings)
    expect(github.checkRuns[0]).toMatchObject({
      head_sha: target.headSha,
      details_url: 'https://github.test/run/1',
      conclusion: 'failure',
      external_id: 'readiness-gate',
      output: { title: '1 of 2 readiness claims contradicted by the evidence' }
    })
  })

  it('keeps a huge summary within the limit, listing the claims that do not hold before anything else is cut', async () => {
    const github = new FakeGitHub()
    const verified = divergent(3000, 'v'.repeat(60)).map((c) => ({ ...c, verdict: 'verified' as const }))
    const report = sampleReport({ claims: [...divergent(2), ...verified] })
    await publishCheckRun(github, target, report, settings)
    const summary = github.checkRuns[0]?.output.summary ?? ''
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(GitHubLimits.CHECK_SUMMARY_MAX)
    expect(summary).toContain('3/3 tests passing')
    expect(summary).not.toContain('v'.repeat(60))
    expect(summary).toContain('The full report is in the job summary')
  })

  it('falls back to the counts when even the divergent claims do not fit', async () => {
    const github = new FakeGitHub()
    await publishCheckRun(github, target, sampleReport({ claims: divergent(5000, 'w'.repeat(80)) }), settings)
    const summary = github.checkRuns[0]?.output.summary ?? ''
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(GitHubLimits.CHECK_SUMMARY_MAX)
    expect(summary).not.toContain('w'.repeat(80))
    expect(summary).toMatch(/Claims: 1 contradicted/)
  })
})
