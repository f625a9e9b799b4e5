import { describe, expect, it } from '@jest/globals'
import type { CheckBase, Evidence } from '../../src/model.js'
import { RUBRIC, computeReadiness } from '../../src/verdict/readiness.js'

const pass: CheckBase = { status: 'pass', reason: '' }
function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    typecheck: pass,
    build: pass,
    tests: pass,
    audit: { ...pass, total: 0 },
    lint: pass,
    coverage: { status: 'skipped', reason: '' },
    ...overrides
  }
}

describe('computeReadiness', () => {
  it('publishes weights that add up to 100', () => {
    expect(RUBRIC.reduce((sum, r) => sum + r.weight, 0)).toBe(100)
  })

  it('scores 100 and is ready when every check passes', () => {
    expect(computeReadiness(evidence())).toMatchObject({ score: 100, bestCase: 100, ready: true, hardGateFailures: [] })
  })

  it('is not ready when a hard gate fails, and says which', () => {
    const result = computeReadiness(evidence({ build: { status: 'fail', reason: 'exit 2' } }))
    expect(result).toMatchObject({ score: 75, ready: false, hardGateFailures: ['the build fails'] })
  })

  it('scores over the checks that ran, and gives the best case if the rest had passed', () => {
    const result = computeReadiness(
      evidence({ lint: { status: 'fail', reason: '' }, audit: { status: 'unknown', reason: '' } })
    )
    expect(result).toMatchObject({ score: 89, bestCase: 90, unknownHardGates: ['audit'] })
    expect(result.ready).toBeUndefined()
  })

  it('treats moderate vulnerabilities as a failed check but not a failed hard gate', () => {
    const audit = {
      status: 'fail' as const,
      reason: '',
      total: 2,
      bySeverity: { critical: 0, high: 0, moderate: 2, low: 0, info: 0 }
    }
    expect(computeReadiness(evidence({ audit }))).toMatchObject({ score: 90, ready: true })
  })

  it('has no score when no check ran', () => {
    const unknown: CheckBase = { status: 'unknown', reason: '' }
    const result = computeReadiness(
      evidence({ typecheck: unknown, build: unknown, tests: unknown, audit: unknown, lint: unknown })
    )
    expect(result.score).toBeUndefined()
    expect(result.bestCase).toBe(100)
  })
})
