import { describe, expect, it } from 'vitest'
import { discount, formatPrice } from '../src/price.js'

describe('formatPrice', () => {
  it('shows two decimals', () => expect(formatPrice(1999)).toBe('19.99 EUR'))
  it('uses the currency given', () => expect(formatPrice(500, 'USD')).toBe('5.00 USD'))
  // The report says these pass; the code puts the currency after the amount and has no grouping.
  it('puts the euro sign first', () => expect(formatPrice(1999)).toBe('€19.99'))
  it('groups thousands', () => expect(formatPrice(123456789)).toBe('1,234,567.89 EUR'))
})

describe('discount', () => {
  it('takes a percentage off', () => expect(discount(1000, 25)).toBe(750))
  it('never goes below zero', () => expect(discount(1000, 150)).toBe(0))
  it('leaves the price alone at 0%', () => expect(discount(1000, 0)).toBe(1000))
  it('rounds to whole cents', () => expect(discount(999, 10)).toBe(899))
})
