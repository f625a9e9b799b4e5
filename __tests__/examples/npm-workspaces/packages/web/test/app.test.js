test('renders the title', () => expect('Shop').toBe('Shop'))
test('formats the price', () => expect((1999 / 100).toFixed(2)).toBe('19.99 EUR'))
