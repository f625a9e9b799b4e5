const assert = require('node:assert')

describe('queue', () => {
  it('starts empty', () => assert.deepStrictEqual([], []))
  it('keeps insertion order', () => assert.deepStrictEqual([1, 2].concat(3), [1, 2, 3]))
  it('peeks the first item', () => assert.strictEqual([7, 8][0], 7))
  it('drops the oldest item when full', () => assert.deepStrictEqual([1, 2, 3].slice(1, 3), [2, 3, 4]))
  it.skip('persists to disk', () => {})
})
