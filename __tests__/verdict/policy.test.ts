import { describe, expect, it } from '@jest/globals'
import type { ClaimVerdict } from '../../src/model.js'
import { failsPolicy } from '../../src/verdict/policy.js'

const claim = (verdict: ClaimVerdict['verdict'], kind: ClaimVerdict['kind'] = 'tests.passed'): ClaimVerdict => ({
  file: 'R.md',
  line: 1,
  text: '',
  kind,
  claimed: 1,
  verdict,
  reason: ''
})

describe('failsPolicy', () => {
  it('fails on contradicted claims by default, not on stale ones', () => {
    expect(failsPolicy(['contradicted'], [claim('contradicted')], 0)).toBe(true)
    expect(failsPolicy(['contradicted'], [claim('stale'), claim('verified')], 0)).toBe(false)
  })

  it('fails on stale claims, self-contradictions and unverifiable readiness when asked', () => {
    expect(failsPolicy(['stale'], [claim('stale')], 0)).toBe(true)
    expect(failsPolicy(['self-contradiction'], [], 1)).toBe(true)
    expect(failsPolicy(['unverifiable-readiness'], [claim('unverifiable', 'readiness.score')], 0)).toBe(true)
    expect(failsPolicy(['unverifiable-readiness'], [claim('unverifiable', 'coverage.percent')], 0)).toBe(false)
  })

  it('never fails with no condition', () => {
    expect(failsPolicy([], [claim('contradicted')], 3)).toBe(false)
  })
})
