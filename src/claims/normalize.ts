/**
 * Turns a line of markdown into plain words for the matchers: markup removed, emoji mojibake
 * repaired, status symbols unified, and "before → after" reduced to the after value.
 */

/** Bytes 0x80–0x9F as Windows-1252 shows them: how UTF-8 emoji become `âœ…` when misread. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f
}

const MOJIBAKE_LEAD = /[\u00c2-\u00f4]/
const MOJIBAKE_RUN = /[\u00c2-\u00f4][\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{1,3}/g

/** Forms in which a byte undefined in Windows-1252 was dropped, so no decoding can restore them. */
const LOSSY_MOJIBAKE: ReadonlyArray<[RegExp, string]> = [[/âŒ/g, '❌']]

export function repairMojibake(text: string): string {
  if (!MOJIBAKE_LEAD.test(text)) return text
  const lossless = LOSSY_MOJIBAKE.reduce((t, [pattern, emoji]) => t.replace(pattern, emoji), text)
  return lossless.replace(MOJIBAKE_RUN, (run) => {
    const bytes = [...run].map((ch) => CP1252[ch] ?? ch.charCodeAt(0))
    if (bytes.some((b) => b > 0xff)) return run
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes))
    } catch {
      return run
    }
  })
}

/** Marks come only from symbols and their mojibake, none of them ASCII: a plain ASCII line holds none. */
export function mayHoldMark(text: string): boolean {
  return NON_ASCII.test(text)
}

export const PASS_MARK = '✅'
export const FAIL_MARK = '❌'
export const PENDING_MARK = '⏳'

const NUMBER = String.raw`[~≈<>]?\d[\d,.]*[%+]?`
const ARROW = String.raw`\s*(?:→|->|⟶|=>|➜|➡️?)\s*`
const BEFORE_AFTER = new RegExp(`(?:${NUMBER}${ARROW})+(${NUMBER})`, 'g')
const HISTORY_ASIDE =
  /\((?:up|down)?\s*from [^)]*\)|\(was [^)]*\)|\((?:previous(?:ly)?|earlier|originally|initially|last (?:run|time|session|week))\b[^)]*\)|\((?:target|goal|expected)\b[^)]*\)/gi

/** A table row outside a table (no delimiter row, or flattened) reads as `label: value | value`. */
function looseRow(line: string): string {
  if (!line.includes('|')) return line
  const row = /^\s*\|(.*)\|\s*$/.exec(line)
  if (!row?.[1]) return line
  const [label = '', ...values] = row[1].split('|').map((cell) => cell.trim())
  return values.length ? `${label}: ${values.join(' | ')}` : label
}

const IMAGE = /!\[[^\]]*\]\(([^)]*)\)/g
/** A static shields.io badge: its label and message are written in its address, and never change. */
const STATIC_BADGE = /^https?:\/\/img\.shields\.io\/badge\/([^/?#\s]+)/i

/**
 * The words of a static badge (`/badge/tests-2072%20passing-brightgreen` reads `tests: 2072 passing`),
 * separated from what follows; any other image is dropped. In a badge's path `--` is a dash, `__` an
 * underscore and `_` a space; the last part is the colour.
 */
function badgeText(url: string): string {
  const path = STATIC_BADGE.exec(url.trim().split(/\s/)[0] ?? '')?.[1]
  if (!path) return ''
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return ''
  }
  const parts = decoded.split(/(?<!-)-(?!-)/).map((part) =>
    part
      .replace(/--/g, '-')
      .split('__')
      .map((piece) => piece.replace(/_/g, ' '))
      .join('_')
      .trim()
  )
  if (parts.length < 2) return ''
  const words = parts.slice(0, -1)
  return ` ${words.join(': ')} | `
}
const LINK = /\[([^\]]*)\]\([^)]*\)/g
const TAG = /<[^>]+>/g
const STRONG_CODE_STRIKE = /\*\*|__|~~|`/g
const EMPHASIS = /(^|\s)[*_]([^*_]+)[*_](?=\s|$|[:.,;)])/g
const BOX_DRAWING = /[\u2500-\u257f]/
const TREE_PREFIX = /^[\s│├└┌┐┘┴┬┼─═║╔╗╚╝╠╣╦╩╬+|`'-]*(?=[├└│])/
const BOX_PREFIX = /^\s*[│├└┌╠╚║]+[─═\s]*/
/** A heading, quote, bullet and checkbox, each optional, in the order they nest at the start of a line. */
const BLOCK_MARKERS = /^\s*(?:#{1,6}\s+)?(?:>\s*)?(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[xX ]\]\s*)?/
/** Every block marker starts with one of these after indentation; most lines start with a letter. */
const BLOCK_MARKER_START = /^\s*[#>*+\-\d[]/
/**
 * Whitespace that the final collapse would change: a character other than a space, or a space before
 * more whitespace. Listing the other characters of `\s` tests twice as fast as `\s\s|[^\S ]`.
 */
const SPACE_RUN = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| \s/
const NON_ASCII = /[^\x00-\x7f]/
const MARKUP = /[*_~`]/
const WHITESPACE = /\s+/g
const ARROW_START = /->|=>|[→⟶➜➡]/
/** The arrows not written with `>`: only a line with symbols holds one. */
const ARROW_SYMBOL = /[→⟶➜➡]/

/** The status symbols, each with the mark it is read as. A variation selector after one is dropped. */
const MARKS = new Map<number, string>(
  (
    [
      ['✔☑✓🟢💚✅', PASS_MARK],
      ['✗✘✖🔴⛔🚫❌', FAIL_MARK],
      ['⏳⌛🟡🟠⚠', PENDING_MARK]
    ] as const
  ).flatMap(([symbols, mark]) =>
    [...symbols].map((symbol): [number, string] => [symbol.codePointAt(0) as number, mark])
  )
)
/** No status symbol comes before `⌛`: a line's plain characters are passed over with one comparison. */
const LOWEST_MARK = 0x231b
const VARIATION_SELECTOR = 0xfe0f
const EMOJI_FIRST = 0x1f300
const EMOJI_LAST = 0x1faff

/**
 * Status symbols unified, other emoji made spaces, variation selectors dropped: one pass over the line,
 * by code point. A pattern with the `u` flag did the same at twice the cost.
 */
function unifySymbols(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < LOWEST_MARK) continue
    let replacement: string | undefined
    let width = 1
    const low = text.charCodeAt(i + 1)
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      const code = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000
      width = 2
      replacement = MARKS.get(code) ?? (code >= EMOJI_FIRST && code <= EMOJI_LAST ? ' ' : undefined)
    } else replacement = c === VARIATION_SELECTOR ? '' : MARKS.get(c)
    if (replacement !== undefined) {
      out += text.slice(from, i) + replacement
      from = i + width
    }
    i += width - 1
  }
  return from === 0 ? text : out + text.slice(from)
}

/**
 * Each rewrite runs only when the line holds a character it looks for: most lines are plain ASCII
 * words, and this runs for every line a matcher reads.
 */
export function normalizeLine(line: string): string {
  // A line of ASCII alone, as two in three report lines are, holds no mojibake and no symbols.
  const wide = NON_ASCII.test(line)
  let text = looseRow(line.trimStart())
  if (wide) text = repairMojibake(text)
  if (text.includes('](')) text = text.replace(IMAGE, (_, url: string) => badgeText(url)).replace(LINK, '$1')
  if (text.includes('<')) text = text.replace(TAG, ' ')
  if (MARKUP.test(text)) {
    text = text.replace(STRONG_CODE_STRIKE, '')
    if (text.includes('*') || text.includes('_')) text = text.replace(EMPHASIS, '$1$2')
  }
  const symbols = wide && NON_ASCII.test(text)
  if (symbols && BOX_DRAWING.test(text)) text = text.replace(TREE_PREFIX, '').replace(BOX_PREFIX, '')
  if (BLOCK_MARKER_START.test(text)) text = text.replace(BLOCK_MARKERS, '')
  if (symbols) text = unifySymbols(text)
  if ((text.includes('>') || (symbols && ARROW_SYMBOL.test(text))) && ARROW_START.test(text)) {
    text = text.replace(BEFORE_AFTER, '$1')
  }
  if (text.includes('(')) text = text.replace(HISTORY_ASIDE, ' ')
  // Trimmed first, the space an aside or a tag left at either end is no run to collapse.
  text = text.trim()
  return SPACE_RUN.test(text) ? text.replace(WHITESPACE, ' ') : text
}

/** `2,459` → 2459; `1.5` stays 1.5. */
export function parseNumber(text: string): number {
  return Number(text.replace(/,(?=\d{3}\b)/g, ''))
}
