test('reports healthy', () => expect({ ok: true }).toEqual({ ok: true }))
