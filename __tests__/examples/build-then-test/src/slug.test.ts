import assert from 'node:assert/strict'
import { test } from 'node:test'
import { slug } from './slug.js'

test('lowercases and joins words', () => assert.equal(slug('Hello World'), 'hello-world'))
test('drops punctuation at the ends', () => assert.equal(slug('  Ready? '), 'ready'))
test('keeps digits', () => assert.equal(slug('Release 2.0'), 'release-2-0'))
