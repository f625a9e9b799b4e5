function add(a, b) {
  return a + b
}

test('adds small numbers', () => expect(add(1, 2)).toBe(3))
test('adds negatives', () => expect(add(-1, -2)).toBe(-3))
test('adds zero', () => expect(add(0, 5)).toBe(5))
test('rounds money', () => expect(add(0.1, 0.2)).toBe(0.3))
test('concatenates strings', () => expect(add('a', 1)).toBe('a+1'))
