const { toCents, format } = require('../src/units')

test('converts euros to cents', () => expect(toCents(1.5)).toBe(150))
test('formats a price', () => expect(format(1999)).toBe('19.99 EUR'))
