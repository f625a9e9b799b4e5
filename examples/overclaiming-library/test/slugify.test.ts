import { describe, expect, it } from 'vitest'
import { slugify } from '../src/slugify.js'

describe('slugify', () => {
  it('joins lower-case words with dashes', () => expect(slugify('Hello World')).toBe('hello-world'))
  it('drops accents', () => expect(slugify('Crème brûlée')).toBe('creme-brulee'))
  it('trims leading and trailing separators', () => expect(slugify('  --Hi--  ')).toBe('hi'))
  it('collapses runs of punctuation', () => expect(slugify('a!!!b???c')).toBe('a-b-c'))
})
