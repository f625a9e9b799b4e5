import { describe, expect, it } from '@jest/globals'
import { markDisagrees } from '../../src/claims/mark-disagreement.js'
import { parseClaims } from '../../src/claims/parse-claims.js'

async function disagreements(markdown: string): Promise<string[]> {
  return (await parseClaims('R.md', markdown))
    .filter(markDisagrees)
    .map((c) => `${c.line} ${c.kind}=${String(c.claimed)}`)
}

describe('markDisagrees', () => {
  it('finds a pass mark on a line whose words report failures, reading the words', async () => {
    expect(await disagreements('| Tests | ✅ SUCCESS | 6 failed |')).toEqual(['1 tests.failed=6'])
    expect(await disagreements('- ✅ Build: failing on main')).toEqual(['1 build.passing=false'])
  })

  it('finds a fail mark beside words of success', async () => {
    expect(await disagreements('- ❌ TypeScript: 0 errors')).toEqual(['1 typecheck.errors=0'])
  })

  it('leaves marks that agree with the words, and lines with both marks, alone', async () => {
    expect(
      await disagreements(
        '- ✅ 37/37 tests passing\n- Build: ❌ BLOCKED\n- ❌ 2 failing tests\n| ✅ passed | ❌ 2 failed |'
      )
    ).toEqual([])
  })
})
