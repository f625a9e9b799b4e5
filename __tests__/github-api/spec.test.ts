import { describe, expect, it } from '@jest/globals'
import { countBareNullable, loadSpec, patchSpec } from './spec.js'

describe("GitHub's OpenAPI description as the stand-in serves it", () => {
  const raw = loadSpec()
  const rawPaths = Object.keys(raw.paths as object).length

  it('has schemas Prism cannot compile before patching', () => {
    // Prism accepts any body for these: the guard below would be meaningless without them.
    expect(countBareNullable(raw)).toBeGreaterThan(100)
  })

  it('has none after patching, and keeps every path', () => {
    const patched = patchSpec(loadSpec())
    expect(countBareNullable(patched)).toBe(0)
    expect(Object.keys(patched.paths as object)).toHaveLength(rawPaths)
  })
})
