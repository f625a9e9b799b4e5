import { expect, test } from 'vitest'

test('validates an email', () => expect('a@b.c').toContain('@'))
test('rejects a short password', () => expect('abc'.length).toBeGreaterThan(8))
