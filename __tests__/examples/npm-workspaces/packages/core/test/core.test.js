const test = require('node:test')
const assert = require('node:assert')

const sum = (values) => values.reduce((total, value) => total + value, 0)

test('sums nothing to zero', () => assert.strictEqual(sum([]), 0))
test('sums one value', () => assert.strictEqual(sum([4]), 4))
test('sums several values', () => assert.strictEqual(sum([1, 2, 3]), 6))
