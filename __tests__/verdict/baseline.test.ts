import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import type { Evidence } from '../../src/model.js'
import { compareWithBaseline, formatDeltas, parseBaseline } from '../../src/verdict/baseline.js'

const now = {
  typecheck: { status: 'fail', reason: '', errors: 3 },
  build: { status: 'pass', reason: '' },
  tests: { status: 'fail', reason: '', total: 285, passed: 240, failed: 45 },
  audit: { status: 'unknown', reason: '' },
  lint: { status: 'skipped', reason: '' },
  coverage: { status: 'skipped', reason: '' }
} as Evidence

const base = JSON.stringify({
  schemaVersion: 1,
  evidence: {
    typecheck: { status: 'pass', errors: 0 },
    build: { status: 'pass' },
    tests: { status: 'pass', total: 285, passed: 285, failed: 0 },
    audit: { status: 'unknown' },
    lint: { status: 'skipped' }
  },
  readiness: { score: 100 }
})

describe('compareWithBaseline', () => {
  it('lists the statuses and figures that changed since the base report', () => {
    const deltas = compareWithBaseline(now, 45, parseBaseline('base.json', base))
    expect(formatDeltas(deltas)).toBe(
      'typecheck pass → fail, tests pass → fail, tests passed 285 → 240, tests failed 0 → 45, type errors 0 → 3, readiness score 100 → 45'
    )
  })

  it('rejects a file that is not a readiness-gate report, saying what is wrong', () => {
    expect(() => parseBaseline('base.json', '{"schemaVersion": 2}')).toThrow(ConfigurationError)
    expect(() => parseBaseline('base.json', '{"schemaVersion": 2}')).toThrow(
      /base\.json is not a readiness-gate report[\s\S]*\n {2}schemaVersion: .*; received 2\n/
    )
    expect(() => parseBaseline('base.json', 'not json')).toThrow(/is not valid JSON/)
  })
})
