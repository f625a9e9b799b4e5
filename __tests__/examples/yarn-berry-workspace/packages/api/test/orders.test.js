const test = require('node:test')
const assert = require('node:assert')

test('lists orders', () => assert.deepEqual([1, 2].map((n) => n * 2), [2, 4]))
test('counts orders', () => assert.equal([1, 2, 3].length, 3))
test('rejects an empty order', () => assert.throws(() => JSON.parse('')))
