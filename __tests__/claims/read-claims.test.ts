import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ClaimSources } from '../../src/claims/claim-sources.js'
import { parseClaimsFile } from '../../src/claims/config-file.js'
import { claimsIn, parseClaims, readableSegments } from '../../src/claims/parse-claims.js'
import { claimsCoverage, claimsOfReports, segmentReports } from '../../src/claims/read-claims.js'
import { markupDocument, sampleReports } from './markdown-samples.js'

function sourcesOf(reports: Record<string, string>, config?: ClaimSources['config']): ClaimSources {
  return {
    ...(config ? { config } : {}),
    reports: Object.entries(reports).map(([file, text]) => ({ file, text })),
    notes: []
  }
}

async function coverageClaimed(reports: Record<string, string>, config?: ClaimSources['config']) {
  return claimsCoverage(await segmentReports(sourcesOf(reports, config)))
}

describe('reading only the coverage claims', () => {
  it('finds in every sample report exactly the coverage claims that reading every claim finds', async () => {
    let found = 0
    for (const [i, report] of sampleReports().entries()) {
      const segments = await readableSegments(report)
      const every = claimsIn(`R${i}.md`, segments).filter((claim) => claim.kind === 'coverage.percent')
      expect(claimsIn(`R${i}.md`, segments, 'coverage')).toEqual(every)
      found += every.length
    }
    // The samples hold coverage claims, so the comparison above is not between empty lists.
    expect(found).toBeGreaterThanOrEqual(3)
  })

  it('agrees with reading every claim on generated documents with coverage lines', async () => {
    const coverageLines = fc.constantFrom(
      'Coverage: 85%',
      '- [ ] Coverage: 90%',
      '**Line coverage:** 71.2% (was 60%)',
      '| Coverage | 80% → 92% |',
      'Target: 95% coverage',
      '⏳ 88% coverage',
      'Statements coverage | 77%'
    )
    const document = fc
      .array(fc.oneof(markupDocument, coverageLines), { maxLength: 12 })
      .map((parts) => parts.join('\n'))
    let found = 0
    await fc.assert(
      fc.asyncProperty(document, async (markdown) => {
        const segments = await readableSegments(markdown)
        const every = claimsIn('R.md', segments).filter((claim) => claim.kind === 'coverage.percent')
        expect(claimsIn('R.md', segments, 'coverage')).toEqual(every)
        found += every.length
      }),
      { numRuns: 300, seed: 8 }
    )
    expect(found).toBeGreaterThan(100)
  })
})

describe('claimsCoverage', () => {
  it('is true when a report claims a coverage figure, and false for one it only plans or checks off as open', async () => {
    expect(await coverageClaimed({ 'A.md': '# Status\n\nAll tests passing.\n', 'B.md': 'Coverage: 85%\n' })).toBe(true)
    expect(await coverageClaimed({ 'A.md': '- [ ] Coverage: 90%\n\n## Next steps\n\nCoverage: 95%\n' })).toBe(false)
  })

  it('counts the claims the claims file declares, and not those its rules ignore or disable', async () => {
    const declared = await parseClaimsFile(
      '.github/readiness.yml',
      'claims:\n  - kind: coverage.percent\n    value: 80\n'
    )
    expect(await coverageClaimed({ 'A.md': 'No figures here.\n' }, declared)).toBe(true)
    const disabled = await parseClaimsFile('.github/readiness.yml', 'disable:\n  - coverage.percent\n')
    expect(await coverageClaimed({ 'A.md': 'Coverage: 85%\n' }, disabled)).toBe(false)
    const ignored = await parseClaimsFile(
      '.github/readiness.yml',
      'ignore:\n  - file: A.md\n    kind: coverage.percent\n'
    )
    expect(await coverageClaimed({ 'A.md': 'Coverage: 85%\n' }, ignored)).toBe(false)
  })
})

describe('claimsOfReports', () => {
  it('gives the reports cut into lines the claims that parsing each report alone gives', async () => {
    const reports = Object.fromEntries(sampleReports().map((text, i) => [`R${i}.md`, text]))
    const { claims } = claimsOfReports(await segmentReports(sourcesOf(reports)))
    const alone = await Promise.all(Object.entries(reports).map(([file, text]) => parseClaims(file, text)))
    expect(claims).toEqual(alone.flat())
    expect(claims.length).toBeGreaterThan(100)
  })
})
