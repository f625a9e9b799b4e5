const { test } = require('node:test')
const assert = require('node:assert')

test('adds', () => assert.strictEqual(1 + 1, 2))
test('multiplies', () => assert.strictEqual(2 * 3, 6))
test('divides by zero', () => assert.strictEqual(1 / 0, 0))
