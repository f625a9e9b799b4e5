import { describe, expect, it } from '@jest/globals'
import { renderSarif } from '../../src/publish/sarif.js'
import { passingReport, sampleReport } from './github/fake-github.js'

describe('SARIF for code scanning', () => {
  it('has one result per claim that does not hold, at its file and line from the repository root', () => {
    const sarif = JSON.parse(renderSarif(sampleReport(), 'apps/web'))
    expect(sarif.version).toBe('2.1.0')
    const [run] = sarif.runs
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'readiness-gate/contradicted-claim',
      'readiness-gate/stale-claim'
    ])
    expect(run.results).toEqual([
      expect.objectContaining({
        ruleId: 'readiness-gate/contradicted-claim',
        level: 'error',
        message: { text: '"- ✅ 3/3 tests passing": claims 3; 2 of 3 tests passed (1 failed)' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'apps/web/STATUS.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3 }
            }
          }
        ]
      })
    ])
  })

  it('is empty, not absent, when every claim holds', () => {
    expect(JSON.parse(renderSarif(passingReport(), '')).runs[0].results).toEqual([])
  })
})
