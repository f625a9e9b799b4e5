const test = require('node:test')
test('a', () => {})
test('b', () => {})
