import { expect, test } from 'vitest'

test('renders a label', () => expect('OK'.toLowerCase()).toBe('ok'))
test('is focusable', () => expect(0).toBeGreaterThanOrEqual(0))
