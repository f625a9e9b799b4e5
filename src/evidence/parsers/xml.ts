/** The five named XML entities and numeric character references, as JUnit writers escape attribute values. */
export function decodeXmlEntities(text: string): string {
  return text
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) =>
      String.fromCodePoint(code.startsWith('x') || code.startsWith('X') ? parseInt(code.slice(1), 16) : Number(code))
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
