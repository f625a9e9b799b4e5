const test = require('node:test')
const assert = require('node:assert')

test('renders a title', () => assert.equal('Shop'.toUpperCase(), 'SHOP'))
// Fails on purpose: the page still shows the old price format.
test('formats a price', () => assert.equal((12.5).toFixed(2), '12.5'))
