import { describe, expect, it } from '@jest/globals'
import type { ClaimVerdict, Evidence } from '../../src/model.js'
import { addSuggestions, correctLine } from '../../src/verdict/suggest.js'

const evidence = {
  tests: { status: 'fail', reason: '', total: 37, passed: 30, failed: 7 }
} as Evidence

function claim(overrides: Partial<ClaimVerdict>): ClaimVerdict {
  return {
    file: 'R.md',
    line: 1,
    text: '',
    kind: 'tests.passed',
    claimed: 37,
    verdict: 'contradicted',
    reason: '',
    ...overrides
  }
}

describe('correctLine', () => {
  it('rewrites an overclaimed ratio with the failing count, as the issue describes', () => {
    expect(correctLine('37/37 tests passing', claim({ actual: 30 }), evidence)).toBe('30/37 tests passing (7 failing)')
  })

  it('corrects the denominator for a total, and thousands separators as written', () => {
    expect(correctLine('30/40 tests', claim({ kind: 'tests.total', claimed: 40, actual: 37 }), evidence)).toBe(
      '30/37 tests'
    )
    expect(
      correctLine('TypeScript errors: 2,459', claim({ kind: 'typecheck.errors', claimed: 2459, actual: 3 }), evidence)
    ).toBe('TypeScript errors: 3')
  })

  it('turns "no" and "zero" into the count, and a pass mark into a fail mark when something fails', () => {
    expect(correctLine('- ✅ No failing tests', claim({ kind: 'tests.failed', claimed: 0, actual: 7 }), evidence)).toBe(
      '- ❌ 7 failing tests'
    )
    expect(
      correctLine(
        'npm audit: ✅ 0 vulnerabilities',
        claim({ kind: 'audit.vulnerabilities', claimed: 0, actual: 2 }),
        evidence
      )
    ).toBe('npm audit: ❌ 2 vulnerabilities')
  })

  it('flips the words and marks of a state claim both ways', () => {
    expect(correctLine('Build: ✅ passing', claim({ kind: 'build.passing', claimed: true }), evidence)).toBe(
      'Build: ❌ failing'
    )
    expect(correctLine('| Build | ❌ BLOCKED |', claim({ kind: 'build.passing', claimed: false }), evidence)).toBe(
      '| Build | ✅ PASSING |'
    )
  })

  it('turns "all N tests pass" into "M of N", which the next run reads as the same claim fixed', () => {
    expect(
      correctLine('- The previous run had 2 failing tests; all 37 tests now pass.', claim({ actual: 30 }), evidence)
    ).toBe('- The previous run had 2 failing tests; 30 of 37 tests now pass.')
    expect(correctLine('All 37 tests passing', claim({ actual: 30 }), evidence)).toBe(
      '30 of 37 tests passing (7 failing)'
    )
    expect(
      correctLine('None of the 37 tests fail.', claim({ kind: 'tests.failed', claimed: 0, actual: 7 }), evidence)
    ).toBe('7 of 37 tests fail.')
  })

  it("turns a static badge's state round within its address, which stays a badge", () => {
    expect(
      correctLine(
        '![build](https://img.shields.io/badge/build-passing-brightgreen)',
        claim({ kind: 'build.passing', claimed: true }),
        evidence
      )
    ).toBe('![build](https://img.shields.io/badge/build-failing-brightgreen)')
  })

  it('says how many tests fail instead of turning "all passing" into "all failing"', () => {
    expect(correctLine('- ✅ All tests passing', claim({ kind: 'tests.allPassing', claimed: true }), evidence)).toBe(
      '- ❌ 7 failing tests'
    )
  })

  it('suggests nothing for claims that hold, readiness, scoped states or figures it cannot place', () => {
    expect(correctLine('37/37 tests passing', claim({ verdict: 'verified', actual: 37 }), evidence)).toBeUndefined()
    expect(correctLine('PRODUCTION READY', claim({ kind: 'readiness.ready', claimed: true }), evidence)).toBeUndefined()
    expect(correctLine('Tests: many', claim({ actual: 30 }), evidence)).toBeUndefined()
    // A badge's count follows `%20` or `-` in its address, and is left alone.
    expect(
      correctLine('![tests](https://img.shields.io/badge/tests-37%20passing-green)', claim({ actual: 30 }), evidence)
    ).toBeUndefined()
  })
})

describe('addSuggestions', () => {
  it('applies every correction of a line and leaves claims files alone', () => {
    const line = '✅ 40/40 tests passing'
    const claims = [
      claim({ text: line, claimed: 40, actual: 30 }),
      claim({ text: line, kind: 'tests.total', claimed: 40, actual: 37 }),
      claim({ file: '.github/readiness.yml', text: 'tests.passed: 40', claimed: 40, actual: 30 })
    ]
    const result = addSuggestions(claims, evidence, new Set(['.github/readiness.yml']))
    expect(result.map((c) => c.suggestion)).toEqual([
      '❌ 30/37 tests passing (7 failing)',
      '❌ 30/37 tests passing (7 failing)',
      undefined
    ])
  })
})

describe('correctLine and the nouns after a count', () => {
  it('makes the noun agree with the corrected count', () => {
    expect(correctLine('ESLint: 0 errors', claim({ kind: 'lint.errors', claimed: 0, actual: 1 }), evidence)).toBe(
      'ESLint: 1 error'
    )
    expect(
      correctLine('1 vulnerability left', claim({ kind: 'audit.vulnerabilities', claimed: 1, actual: 3 }), evidence)
    ).toBe('3 vulnerabilities left')
  })

  it('looks past one qualifier between the count and the noun', () => {
    expect(
      correctLine('- Zero TS2345 errors', claim({ kind: 'typecheck.errors', claimed: 0, actual: 1 }), evidence)
    ).toBe('- 1 TS2345 error')
    expect(
      correctLine('0 high vulnerabilities', claim({ kind: 'audit.vulnerabilities', claimed: 0, actual: 2 }), evidence)
    ).toBe('2 high vulnerabilities')
  })
})
