import { describe, expect, it } from '@jest/globals'
import { parseReport } from '../../src/publish/read-report.js'
import { fixture } from '../helpers.js'

describe('reading a report an earlier stage wrote', () => {
  it('accepts the gate JSON report as written', () => {
    const report = parseReport('report.json', fixture('gate-reports/github-pr.report.json'))
    expect(report.claims.map((c) => `${c.file}:${c.line} ${c.verdict}`)).toEqual([
      'STATUS.md:3 contradicted',
      'STATUS.md:3 verified'
    ])
  })

  it('names the file and every field that is wrong', () => {
    const broken = JSON.parse(fixture('gate-reports/github-pr.report.json'))
    broken.verdict = 'maybe'
    broken.claims[0].line = 0
    expect(() => parseReport('stage-1/report.json', JSON.stringify(broken))).toThrow(
      /stage-1\/report.json is not a readiness-gate report[\s\S]*verdict:[\s\S]*claims\[0\]\.line:/
    )
  })

  it('says so when it is not JSON', () => {
    expect(() => parseReport('r.json', '{"schemaVersion": 1,')).toThrow(/r.json is not valid JSON/)
  })
})
