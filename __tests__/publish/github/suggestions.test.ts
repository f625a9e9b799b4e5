import { describe, expect, it } from '@jest/globals'
import { publishSuggestions, suggestedChanges } from '../../../src/publish/github/suggestions.js'
import { FakeGitHub, sampleReport } from './fake-github.js'

describe('suggested changes', () => {
  it('propose the line the evidence supports, at the claim', () => {
    expect(suggestedChanges(sampleReport(), 'docs')).toEqual([
      {
        path: 'docs/STATUS.md',
        line: 3,
        body: 'claims 3; 2 of 3 tests passed (1 failed)\n\n```suggestion\n- ❌ 2/3 tests passing (1 failing)\n```\n<!-- readiness-gate:suggestion -->'
      }
    ])
  })

  it('use a longer fence when the line has backticks', () => {
    const [claim] = sampleReport().claims
    const report = sampleReport({ claims: [{ ...claim!, suggestion: 'Run ```npm test```: 2/3 passing' }] })
    expect(suggestedChanges(report, '')[0]?.body).toContain('````suggestion\n')
  })

  it('are posted once: a retried run adds nothing', async () => {
    const github = new FakeGitHub()
    expect(await publishSuggestions(github, 7, 'sha', sampleReport(), '')).toBe(1)
    expect(await publishSuggestions(github, 7, 'sha', sampleReport(), '')).toBe(0)
    expect(github.calls).toEqual(['listReviewComments 7', 'createReview 7', 'listReviewComments 7'])
  })

  it('are not made for stale claims, whose lines the pull request did not change', () => {
    const claims = sampleReport().claims.map((c) => ({ ...c, verdict: 'stale' as const }))
    expect(suggestedChanges(sampleReport({ claims }), '')).toEqual([])
  })
})
