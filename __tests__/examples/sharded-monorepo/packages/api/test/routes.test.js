test('lists routes', () => expect(['/a', '/b']).toHaveLength(2))
test('finds a route', () => expect(['/a', '/b']).toContain('/b'))
