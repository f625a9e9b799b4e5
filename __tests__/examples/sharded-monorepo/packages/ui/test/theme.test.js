import { expect, test } from 'vitest'

test('has a dark theme', () => expect(['light', 'dark']).toContain('dark'))
test('defaults to light', () => expect(['light', 'dark'][0]).toBe('light'))
