test('accepts a token', () => expect('token'.length).toBe(5))
test('rejects an empty token', () => expect(''.length).toBe(0))
test('expires tokens', () => expect(Date.parse('2026-01-01')).toBeGreaterThan(Date.parse('2027-01-01')))
