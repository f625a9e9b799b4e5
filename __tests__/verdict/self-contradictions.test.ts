import { describe, expect, it } from '@jest/globals'
import type { Claim } from '../../src/model.js'
import { findSelfContradictions } from '../../src/verdict/self-contradictions.js'

const claim = (line: number, kind: Claim['kind'], claimed: Claim['claimed'], extra: Partial<Claim> = {}): Claim => ({
  file: 'R.md',
  line,
  text: `line ${line}`,
  kind,
  claimed,
  ...extra
})

describe('findSelfContradictions', () => {
  it('reports two claims of the same quantity that disagree, with both places', () => {
    expect(findSelfContradictions([claim(3, 'coverage.percent', 73.6), claim(40, 'coverage.percent', 42.6)])).toEqual([
      {
        kind: 'coverage.percent',
        claims: [
          { file: 'R.md', line: 3, text: 'line 3', claimed: 73.6 },
          { file: 'R.md', line: 40, text: 'line 40', claimed: 42.6 }
        ]
      }
    ])
  })

  it('reports a build said to pass and to fail in one report', () => {
    expect(findSelfContradictions([claim(1, 'build.passing', true), claim(9, 'build.passing', false)])).toHaveLength(1)
  })

  it('does not compare different scopes, different reports, bounded numbers or repeated agreement', () => {
    expect(
      findSelfContradictions([
        claim(1, 'tests.total', 81),
        claim(2, 'tests.total', 81),
        claim(3, 'tests.total', 55, { scope: 'auth' }),
        claim(4, 'tests.total', 60, { file: 'OTHER.md' }),
        claim(5, 'tests.total', 80, { bound: 'atLeast' }),
        claim(6, 'file.exists', 'a.ts'),
        claim(7, 'file.exists', 'b.ts')
      ])
    ).toEqual([])
  })
})
