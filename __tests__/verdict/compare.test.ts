import { describe, expect, it } from '@jest/globals'
import type { Claim, Evidence } from '../../src/model.js'
import { compareClaims, matchesBound } from '../../src/verdict/compare.js'

function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    typecheck: { status: 'pass', reason: 'no type errors', errors: 0, byCode: {} },
    build: { status: 'pass', reason: 'ok' },
    tests: { status: 'pass', reason: 'ok', total: 37, passed: 37, failed: 0, skipped: 0, failedSuites: 0 },
    audit: {
      status: 'pass',
      reason: 'ok',
      tool: 'npm',
      unit: 'packages',
      total: 0,
      bySeverity: { critical: 0, high: 0, moderate: 0, low: 0, info: 0 }
    },
    lint: { status: 'pass', reason: 'ok', errors: 0, warnings: 2 },
    coverage: { status: 'skipped', reason: 'not measured' },
    ...overrides
  }
}

function verdictOf(claim: Partial<Claim> & Pick<Claim, 'kind' | 'claimed'>, e: Evidence = evidence()) {
  const [result] = compareClaims([{ file: 'R.md', line: 1, text: 'x', ...claim }], e)
  return result
}

const failingTests = evidence({
  tests: {
    status: 'fail',
    reason: '7 of 37 tests failed',
    total: 37,
    passed: 30,
    failed: 7,
    skipped: 0,
    failedSuites: 0
  }
})

describe('compareClaims', () => {
  it('verifies an exact count that matches and gives claimed and actual', () => {
    expect(verdictOf({ kind: 'tests.passed', claimed: 37 })).toMatchObject({ verdict: 'verified', actual: 37 })
  })

  it('contradicts an overclaimed count with a one-line reason', () => {
    expect(verdictOf({ kind: 'tests.passed', claimed: 37 }, failingTests)).toMatchObject({
      verdict: 'contradicted',
      actual: 30,
      reason: 'claims 37; 30 of 37 tests passed (7 failed)'
    })
  })

  it('reads a lower bound as "at least"', () => {
    expect(verdictOf({ kind: 'tests.total', claimed: 30, bound: 'atLeast' })).toMatchObject({ verdict: 'verified' })
    expect(verdictOf({ kind: 'tests.total', claimed: 40, bound: 'atLeast' })).toMatchObject({ verdict: 'contradicted' })
  })

  it('accepts an approximation within the documented tolerance', () => {
    expect(matchesBound(200, 215, 'approx')).toBe(true)
    expect(matchesBound(200, 225, 'approx')).toBe(false)
    expect(matchesBound(5, 6, 'approx')).toBe(true)
  })

  it('verifies an honest statement of failure', () => {
    const brokenBuild = evidence({ build: { status: 'fail', reason: 'exit code 2' } })
    expect(verdictOf({ kind: 'build.passing', claimed: false }, brokenBuild)).toMatchObject({ verdict: 'verified' })
    expect(verdictOf({ kind: 'build.passing', claimed: true }, brokenBuild)).toMatchObject({ verdict: 'contradicted' })
  })

  it('never verifies a claim whose evidence is unknown', () => {
    const unknownAudit = evidence({ audit: { status: 'unknown', reason: 'the advisory endpoint refused: 405' } })
    expect(verdictOf({ kind: 'audit.vulnerabilities', claimed: 0 }, unknownAudit)).toMatchObject({
      verdict: 'unverifiable',
      reason: 'audit could not be checked: the advisory endpoint refused: 405'
    })
  })

  it('calls a claim about one suite or package unverifiable instead of comparing it with the whole repository', () => {
    expect(verdictOf({ kind: 'tests.passed', claimed: 55, scope: 'auth' }, failingTests)).toMatchObject({
      verdict: 'unverifiable'
    })
  })

  it('compares a severity-scoped audit claim with that severity only', () => {
    const moderate = evidence({
      audit: {
        status: 'fail',
        reason: '',
        tool: 'npm',
        unit: 'packages',
        total: 2,
        bySeverity: { critical: 0, high: 0, moderate: 2, low: 0, info: 0 }
      }
    })
    expect(verdictOf({ kind: 'audit.vulnerabilities', claimed: 0, scope: 'high' }, moderate)).toMatchObject({
      verdict: 'verified'
    })
    expect(verdictOf({ kind: 'audit.vulnerabilities', claimed: 0 }, moderate)).toMatchObject({
      verdict: 'contradicted',
      actual: 2
    })
  })

  it("compares a per-code typecheck claim with that code's count", () => {
    const errors = evidence({ typecheck: { status: 'fail', reason: '', errors: 3, byCode: { TS2322: 2, TS7006: 1 } } })
    expect(verdictOf({ kind: 'typecheck.errors', claimed: 0, scope: 'TS2345' }, errors)).toMatchObject({
      verdict: 'verified'
    })
    expect(verdictOf({ kind: 'typecheck.errors', claimed: 0, scope: 'TS2322' }, errors)).toMatchObject({
      verdict: 'contradicted',
      actual: 2
    })
  })

  it("compares a claim that names ruff with ruff's count only", () => {
    const ruff = evidence({ lint: { status: 'fail', reason: 'ruff: 3 errors', tool: 'ruff', errors: 3, warnings: 0 } })
    expect(verdictOf({ kind: 'lint.errors', claimed: 0, scope: 'ruff' }, ruff)).toMatchObject({
      verdict: 'contradicted',
      actual: 3
    })
    const eslint = evidence({ lint: { status: 'pass', reason: '', tool: 'eslint', errors: 0, warnings: 0 } })
    expect(verdictOf({ kind: 'lint.errors', claimed: 0, scope: 'ruff' }, eslint)).toMatchObject({
      verdict: 'unverifiable',
      reason: expect.stringContaining('"ruff" only')
    })
  })

  it('contradicts "0 failing" when test files failed to load', () => {
    const brokenFiles = evidence({
      tests: { status: 'fail', reason: '', total: 2, passed: 2, failed: 0, failedSuites: 4 }
    })
    expect(verdictOf({ kind: 'tests.failed', claimed: 0 }, brokenFiles)).toMatchObject({ verdict: 'contradicted' })
    expect(verdictOf({ kind: 'tests.allPassing', claimed: true }, brokenFiles)).toMatchObject({
      verdict: 'contradicted'
    })
  })

  it('contradicts "all tests passing" when no test ran', () => {
    const none = evidence({
      tests: { status: 'pass', reason: 'no tests were found', total: 0, passed: 0, failed: 0, failedSuites: 0 }
    })
    expect(verdictOf({ kind: 'tests.allPassing', claimed: true }, none)).toMatchObject({
      verdict: 'contradicted',
      reason: 'claims all tests pass; no tests ran'
    })
  })

  it('judges "all tests passing" by pass or fail when a test command alone gave no counts, and the pass rate not at all', () => {
    const commandOnly = (status: 'pass' | 'fail') =>
      evidence({ tests: { status, reason: `the test command ${status === 'pass' ? 'succeeded' : 'failed'}` } })
    expect(verdictOf({ kind: 'tests.allPassing', claimed: true }, commandOnly('pass'))).toMatchObject({
      verdict: 'verified'
    })
    expect(verdictOf({ kind: 'tests.allPassing', claimed: true }, commandOnly('fail'))).toMatchObject({
      verdict: 'contradicted'
    })
    expect(verdictOf({ kind: 'tests.passRate', claimed: 100 }, commandOnly('pass'))).toMatchObject({
      verdict: 'unverifiable',
      reason: 'the tool ran but reported no count: the test command succeeded'
    })
  })

  describe('readiness', () => {
    it('contradicts a readiness score when a hard gate fails, saying which', () => {
      const e = evidence({ build: { status: 'fail', reason: 'exit 1' } })
      expect(verdictOf({ kind: 'readiness.score', claimed: 98 }, e)).toMatchObject({
        verdict: 'contradicted',
        reason: 'claims 98% production ready; the build fails'
      })
    })

    it('contradicts "production ready" when high vulnerabilities are found', () => {
      const e = evidence({
        audit: {
          status: 'fail',
          reason: '',
          tool: 'npm',
          unit: 'packages',
          total: 1,
          bySeverity: { critical: 0, high: 1, moderate: 0, low: 0, info: 0 }
        }
      })
      expect(verdictOf({ kind: 'readiness.ready', claimed: true }, e)).toMatchObject({ verdict: 'contradicted' })
    })

    it('verifies "production ready" only when every hard gate passed', () => {
      expect(verdictOf({ kind: 'readiness.ready', claimed: true })).toMatchObject({ verdict: 'verified' })
      const unknown = evidence({ audit: { status: 'unknown', reason: 'no lockfile' } })
      expect(verdictOf({ kind: 'readiness.ready', claimed: true }, unknown)).toMatchObject({ verdict: 'unverifiable' })
    })

    it('verifies an honest "not production ready" when a hard gate fails', () => {
      expect(verdictOf({ kind: 'readiness.ready', claimed: false }, failingTests)).toMatchObject({
        verdict: 'verified'
      })
    })

    it('verifies a score the evidence supports when every hard gate ran', () => {
      expect(verdictOf({ kind: 'readiness.score', claimed: 93 })).toMatchObject({ verdict: 'verified', actual: 100 })
    })

    it('contradicts a score above what the evidence supports, naming what fails', () => {
      const lintAndAuditFail = evidence({
        lint: { status: 'fail', reason: '3 errors', errors: 3 },
        audit: {
          status: 'fail',
          reason: '',
          tool: 'npm',
          unit: 'packages',
          total: 2,
          bySeverity: { critical: 0, high: 0, moderate: 2, low: 0, info: 0 }
        }
      })
      expect(verdictOf({ kind: 'readiness.score', claimed: 98 }, lintAndAuditFail)).toMatchObject({
        verdict: 'contradicted',
        actual: 80,
        reason: 'claims 98% production ready; the evidence supports 80% (audit fails, lint fails)'
      })
      expect(verdictOf({ kind: 'readiness.score', claimed: 90 }, lintAndAuditFail)).toMatchObject({
        verdict: 'verified'
      })
    })

    it("counts checks that could not run in the claim's favour, and then calls the score unverifiable", () => {
      const unknownAudit = evidence({ audit: { status: 'unknown', reason: 'no lockfile' } })
      expect(verdictOf({ kind: 'readiness.score', claimed: 100 }, unknownAudit)).toMatchObject({
        verdict: 'unverifiable'
      })
    })
  })

  it('leaves coverage claims unverifiable, as coverage is not measured', () => {
    expect(verdictOf({ kind: 'coverage.percent', claimed: 90 })).toMatchObject({ verdict: 'unverifiable' })
  })
})

describe('compareClaims on repository facts and other claims', () => {
  const withRepo = (repository: Evidence['repository']) => ({ ...evidence(), repository })

  it('verifies a file that exists and contradicts one that does not', () => {
    const e = withRepo({ files: { 'src/a.ts': 'exists', 'src/b.ts': 'missing', 'src/c.ts': 'outside' }, commits: {} })
    expect(verdictOf({ kind: 'file.exists', claimed: 'src/a.ts' }, e)).toMatchObject({ verdict: 'verified' })
    expect(verdictOf({ kind: 'file.exists', claimed: 'src/b.ts' }, e)).toMatchObject({ verdict: 'contradicted' })
    expect(verdictOf({ kind: 'file.exists', claimed: 'src/c.ts' }, e)).toMatchObject({
      verdict: 'contradicted',
      reason: expect.stringMatching(/leaves the repository/)
    })
  })

  it('contradicts a missing commit only when the whole history was there', () => {
    const full = withRepo({ files: {}, commits: { abc1234: 'missing', fed9876: 'present' }, shallow: false })
    expect(verdictOf({ kind: 'commit.exists', claimed: 'fed9876' }, full)).toMatchObject({ verdict: 'verified' })
    expect(verdictOf({ kind: 'commit.exists', claimed: 'abc1234' }, full)).toMatchObject({ verdict: 'contradicted' })
    const shallow = withRepo({ files: {}, commits: { abc1234: 'missing' }, shallow: true })
    expect(verdictOf({ kind: 'commit.exists', claimed: 'abc1234' }, shallow)).toMatchObject({
      verdict: 'unverifiable',
      reason: expect.stringMatching(/fetch-depth: 0/)
    })
  })

  it('compares a pass rate rounded as written', () => {
    const e = evidence({ tests: { status: 'fail', reason: '', total: 81, passed: 73, failed: 8, failedSuites: 0 } })
    expect(verdictOf({ kind: 'tests.passRate', claimed: 90 }, e)).toMatchObject({ verdict: 'verified', actual: 90.1 })
    expect(verdictOf({ kind: 'tests.passRate', claimed: 90.5 }, e)).toMatchObject({ verdict: 'contradicted' })
  })

  it('leaves figures no tool measures unverifiable', () => {
    expect(verdictOf({ kind: 'other', claimed: 'p95 latency: 420ms' })).toMatchObject({ verdict: 'unverifiable' })
  })
})

describe('compareClaims on ranges', () => {
  it('verifies a count inside a written range and contradicts one outside it', () => {
    expect(verdictOf({ kind: 'tests.total', claimed: 30, bound: 'range', upper: 40 })).toMatchObject({
      verdict: 'verified'
    })
    expect(verdictOf({ kind: 'tests.total', claimed: 340, bound: 'range', upper: 407 })).toMatchObject({
      verdict: 'contradicted',
      reason: 'claims 340–407; 37 tests ran'
    })
  })
})

describe('compareClaims on coverage', () => {
  const covered = evidence({ coverage: { status: 'pass', reason: '', lines: 89.6, statements: 83.33, branches: 50 } })

  it('compares a percentage rounded as written: 90% accepts 89.6', () => {
    expect(verdictOf({ kind: 'coverage.percent', claimed: 90 }, covered)).toMatchObject({
      verdict: 'verified',
      actual: 89.6
    })
    expect(verdictOf({ kind: 'coverage.percent', claimed: 89.5 }, covered)).toMatchObject({ verdict: 'contradicted' })
  })

  it('compares a named metric with that metric, and a lower bound as such', () => {
    expect(verdictOf({ kind: 'coverage.percent', claimed: 90, scope: 'statements' }, covered)).toMatchObject({
      verdict: 'contradicted',
      actual: 83.33
    })
    expect(
      verdictOf({ kind: 'coverage.percent', claimed: 45, bound: 'atLeast', scope: 'branches' }, covered)
    ).toMatchObject({ verdict: 'verified' })
  })
})

describe('a line labelled with a workspace package', () => {
  const pkg = (path: string, name: string, passed: number, total: number) => ({
    path,
    name,
    typecheck: { status: 'pass' as const, reason: 'ok', errors: 0, byCode: {} },
    build: { status: 'pass' as const, reason: 'ok' },
    tests: {
      status: passed === total ? ('pass' as const) : ('fail' as const),
      reason: 'ok',
      total,
      passed,
      failed: total - passed,
      skipped: 0,
      failedSuites: 0
    },
    lint: { status: 'pass' as const, reason: 'ok', errors: 0, warnings: 0 }
  })
  const workspace = evidence({
    tests: {
      status: 'fail',
      reason: '1 of 5 tests failed',
      total: 5,
      passed: 4,
      failed: 1,
      skipped: 0,
      failedSuites: 0
    },
    packages: [pkg('packages/core', '@demo/core', 3, 3), pkg('packages/web', '@demo/web', 1, 2)]
  })

  it("is judged on that package's evidence, by folder or unscoped name", () => {
    for (const text of ['- core: 3/3 tests passing', '- ✅ **core**: 3/3 tests passing']) {
      const result = verdictOf({ kind: 'tests.passed', claimed: 3, text }, workspace)
      expect([result?.verdict, result?.reason]).toEqual(['verified', 'packages/core: claims 3; 3 of 3 tests passed'])
    }
  })

  it('is judged on the repository when the label is a check or names no single package', () => {
    expect(verdictOf({ kind: 'tests.passed', claimed: 3, text: 'Tests: 3/3 passing' }, workspace)?.verdict).toBe(
      'contradicted'
    )
    expect(verdictOf({ kind: 'tests.passed', claimed: 3, text: '- api: 3/3 tests passing' }, workspace)?.verdict).toBe(
      'contradicted'
    )
    const twoWebs = evidence({
      ...workspace,
      packages: [pkg('apps/web', 'web-app', 1, 2), pkg('packages/web', '@demo/web', 1, 2)]
    })
    expect(verdictOf({ kind: 'tests.passed', claimed: 1, text: '- web: 1/2 tests passing' }, twoWebs)?.reason).toBe(
      'claims 1; 4 of 5 tests passed (1 failed)'
    )
  })
})
