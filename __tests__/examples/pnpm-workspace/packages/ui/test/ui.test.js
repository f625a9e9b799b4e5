const test = require('node:test')
const assert = require('node:assert')
test('c', () => {})
test('d', () => assert.fail('layout broke'))
