/** The last code point of Unicode: a reference past it names no character. */
const LAST_CODE_POINT = 0x10ffff

/** The five named XML entities and numeric character references, as JUnit writers escape attribute values. */
export function decodeXmlEntities(text: string): string {
  return text
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (reference, code: string) => {
      const point = code.startsWith('x') || code.startsWith('X') ? parseInt(code.slice(1), 16) : Number(code)
      // A corrupted report may hold one; it is kept as written rather than failing the whole report.
      return point <= LAST_CODE_POINT ? String.fromCodePoint(point) : reference
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
