import { describe, expect, it } from '@jest/globals'
import { normalizeLine } from '../../src/claims/normalize.js'

describe('normalizeLine', () => {
  it.each([
    ['✔️ Build ✔ passing ☑️ ✓ 🟢 💚', '✅ Build ✅ passing ✅ ✅ ✅ ✅'],
    ['✗ ✘ ✖️ 🔴 ⛔ 🚫 Tests ❌', '❌ ❌ ❌ ❌ ❌ ❌ Tests ❌'],
    ['⏳ ⌛ 🟡 🟠 ⚠️ Audit ⚠', '⏳ ⏳ ⏳ ⏳ ⏳ Audit ⏳']
  ])('reads every status symbol of a family as its mark, with or without a variation selector: %j', (line, read) => {
    expect(normalizeLine(line)).toBe(read)
  })

  it('makes other emoji spaces and drops a stray variation selector', () => {
    expect(normalizeLine('🚀 Deployed\uFE0F 🎉✅ done')).toBe('Deployed ✅ done')
  })

  it('leaves a lone surrogate as it is', () => {
    expect(normalizeLine('Tests \uD83D passing')).toBe('Tests \uD83D passing')
  })

  it('collapses runs of whitespace of any kind to one space', () => {
    expect(normalizeLine('Tests:\u00a0 4/4\t\tpassing\u3000now  ')).toBe('Tests: 4/4 passing now')
  })

  it('removes markup and block markers, and keeps the after value of a before → after pair', () => {
    expect(normalizeLine('- [x] **TypeScript errors:** 126 → 0 (was 126)')).toBe('TypeScript errors: 0')
  })
})
