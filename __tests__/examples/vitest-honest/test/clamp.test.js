import { describe, expect, it } from 'vitest'

const clamp = (value, min, max) => Math.min(max, Math.max(min, value))

describe('clamp', () => {
  it('keeps values inside the range', () => expect(clamp(5, 0, 10)).toBe(5))
  it('raises values below the range', () => expect(clamp(-1, 0, 10)).toBe(0))
  it('lowers values above the range', () => expect(clamp(11, 0, 10)).toBe(10))
  it('accepts an empty range', () => expect(clamp(3, 4, 4)).toBe(4))
})
