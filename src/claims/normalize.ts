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

const PASS_SYMBOLS = /✔️|✔|☑️|☑|✓|🟢|💚|✅/
const FAIL_SYMBOLS = /✗|✘|✖️|✖|🔴|⛔|🚫|❌/
const PENDING_SYMBOLS = /⏳|⌛|🟡|🟠|⚠️|⚠/

const NUMBER = String.raw`[~≈<>]?\d[\d,.]*[%+]?`
const ARROW = String.raw`\s*(?:→|->|⟶|=>|➜|➡️?)\s*`
const BEFORE_AFTER = new RegExp(`(?:${NUMBER}${ARROW})+(${NUMBER})`, 'g')
const HISTORY_ASIDE =
  /\((?:up|down)?\s*from [^)]*\)|\(was [^)]*\)|\(previously [^)]*\)|\((?:target|goal|expected)\b[^)]*\)/gi

/** A table row outside a table (no delimiter row, or flattened) reads as `label: value | value`. */
function looseRow(line: string): string {
  if (!line.includes('|')) return line
  const row = /^\s*\|(.*)\|\s*$/.exec(line)
  if (!row?.[1]) return line
  const [label = '', ...values] = row[1].split('|').map((cell) => cell.trim())
  return values.length ? `${label}: ${values.join(' | ')}` : label
}

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g
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
/** Whitespace that the final collapse would change: a run, or a character other than a space. */
const SPACE_RUN = /\s\s|[^\S ]/
const NON_ASCII = /[^\x00-\x7f]/
const MARKUP = /[*_~`]/
const WHITESPACE = /\s+/g
const ARROW_START = /->|=>|[→⟶➜➡]/

/** Status symbols unified, other emoji made spaces, variation selectors dropped: one pass over the line. */
const SYMBOL = new RegExp(
  `(${PASS_SYMBOLS.source})|(${FAIL_SYMBOLS.source})|(${PENDING_SYMBOLS.source})|([\\u{1F300}-\\u{1FAFF}]\\uFE0F?)|\\uFE0F`,
  'gu'
)

function unifySymbol(_: string, pass?: string, fail?: string, pending?: string, emoji?: string): string {
  if (pass) return PASS_MARK
  if (fail) return FAIL_MARK
  if (pending) return PENDING_MARK
  return emoji ? ' ' : ''
}

/**
 * Each rewrite runs only when the line holds a character it looks for: most lines are plain ASCII
 * words, and this runs for every line a matcher reads.
 */
export function normalizeLine(line: string): string {
  let text = repairMojibake(looseRow(line.trimStart()))
  if (text.includes('](')) text = text.replace(IMAGE, '').replace(LINK, '$1')
  if (text.includes('<')) text = text.replace(TAG, ' ')
  if (MARKUP.test(text)) {
    text = text.replace(STRONG_CODE_STRIKE, '')
    if (text.includes('*') || text.includes('_')) text = text.replace(EMPHASIS, '$1$2')
  }
  const symbols = NON_ASCII.test(text)
  if (symbols && BOX_DRAWING.test(text)) text = text.replace(TREE_PREFIX, '').replace(BOX_PREFIX, '')
  if (BLOCK_MARKER_START.test(text)) text = text.replace(BLOCK_MARKERS, '')
  if (symbols) text = text.replace(SYMBOL, unifySymbol)
  if (ARROW_START.test(text)) text = text.replace(BEFORE_AFTER, '$1')
  if (text.includes('(')) text = text.replace(HISTORY_ASIDE, ' ')
  return (SPACE_RUN.test(text) ? text.replace(WHITESPACE, ' ') : text).trim()
}

/** `2,459` → 2459; `1.5` stays 1.5. */
export function parseNumber(text: string): number {
  return Number(text.replace(/,(?=\d{3}\b)/g, ''))
}
