/**
 * Cuts a report into the blocks the segments read, line by line. The blocks are the ones marked's GFM
 * lexer cuts the same text into, rules and quirks alike (`__tests__/claims/block-scanner.test.ts` holds
 * the two together), without its cost: marked tries a dozen patterns over the rest of the document at
 * every block, and building and compiling them took about 40 ms before a small report's first block.
 * Block quotes, HTML blocks and link definitions are left to marked: whether a lazy line continues them
 * depends on the blocks nested inside, and reports seldom hold them.
 */

import {
  ATX_HEADING,
  BACKSLASH,
  BACKTICK,
  COLON,
  DASH,
  DIGIT_0,
  DIGIT_1,
  DIGIT_9,
  EQUALS,
  FENCE,
  HASH,
  HR,
  NEWLINE,
  PIPE,
  PLUS,
  SPACE,
  STAR,
  TAB,
  TILDE,
  UNDERSCORE,
  firstAfterIndent,
  isBlank,
  listEnd
} from './markdown-lines.js'

/** A block of a report, located by its lines (numbered from 1), with what the segments read of it. */
export type Block =
  | { type: 'heading'; line: number; count: number; depth: number; text: string }
  | { type: 'paragraph'; line: number; count: number; text: string }
  | { type: 'list' | 'blockquote'; line: number; count: number }
  /** `line` and `count` locate the code's text: a fenced block's starts on the line after its fence. */
  | { type: 'code'; line: number; count: number; lang: string }
  /** A header row, a delimiter row and `rows` rows, each cut into cells by `tableCells`. */
  | { type: 'table'; line: number; rows: number; columns: number }
  /** A rule, an HTML block, a link definition: nothing a segment reads, but each ends a section or label. */
  | { type: 'hr' | 'other'; line: number }

/**
 * The blocks of a report whose line ends are `\n`, or undefined when it holds a block quote, an HTML
 * block or a link definition, which marked must cut.
 */
export function scanBlocks(markdown: string, lines: string[]): Block[] | undefined {
  return leftToMarked(markdown) ? undefined : new Scanner(lines).scan()
}

/**
 * Whether a line could start a quote, an HTML block or a link definition (`>`, `<` or `[` after spaces
 * and tabs), or the report holds a line separator, which marked's `.` does not match. A definition
 * needs `]:`. Searching for each character is several times faster than one multiline pattern.
 */
function leftToMarked(markdown: string): boolean {
  if (markdown.includes('\u2028') || markdown.includes('\u2029')) return true
  return (
    startsSomeLine(markdown, '<') ||
    startsSomeLine(markdown, '>') ||
    (markdown.includes(']:') && startsSomeLine(markdown, '['))
  )
}

function startsSomeLine(markdown: string, char: string): boolean {
  for (let at = markdown.indexOf(char); at >= 0; at = markdown.indexOf(char, at + 1)) {
    let before = at - 1
    while (before >= 0 && (markdown.charCodeAt(before) === SPACE || markdown.charCodeAt(before) === TAB)) before--
    if (before < 0 || markdown.charCodeAt(before) === NEWLINE) return true
  }
  return false
}

const HEADING_START = /^ {0,3}#{1,6}(?:\s|$)/
/** What ends a paragraph or a table: a backtick fence, or exactly `~~~`. */
const FENCE_INTERRUPT = /^ {0,3}(?:`{3,}(?=[^`]*$)|~~~)/
const FENCE_START = /^ {0,3}(?:`{3,}|~{3,})/
const LIST_START = /^( {0,3}(?:[*+-]|\d{1,9}[.)]))(?:[ \t][^\n]*)?$/
/** Only a bullet or `1.` followed by text ends a paragraph. */
const LIST_INTERRUPT = /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t]/
const TABLE_ROW_LIST = /^ {0,3}(?:[*+-]|1[.)])[ \t]/
const BULLET_SPACE = /^ {0,3}(?:[*+-]|\d{1,9}[.)]) /
const DELIMITER_ROW = /^ {0,3}((?:\| *)?:?-+:? *(?:\| *:?-+:? *)*(?:\| *)?)$/
/** A line shaped like a delimiter row, with a pipe: it stops a setext heading's text. */
const PIPE_DELIMITER_ROW = /^ {0,3}\|?(?:[:\- ]*\|)+[:\- ]*$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const BACKSLASH_PUNCTUATION = /\\([\p{P}\p{S}])/gu

/**
 * One pass over a report's lines. Where a block ends can depend on the block before it: an indented
 * code line or a paragraph that directly follows a paragraph joins it. `last` is that block, and the
 * position after it is kept as marked keeps it, to tell when a blank line came between.
 */
class Scanner {
  private readonly blocks: Block[] = []
  /** Lines in the report; a final newline ends the last line rather than starting an empty one. */
  private readonly size: number
  private last: Block | undefined
  /** The line after the last block, and whether its newline is still to be read. */
  private next = 0
  private pending = false
  /** Whether every block starts at a line's start: marked can start one within a line. */
  private aligned = true

  constructor(private readonly lines: string[]) {
    this.size = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length
  }

  /** The blocks, or undefined when a block would start within a line, which lines cannot say. */
  scan(): Block[] | undefined {
    let i = 0
    while (i < this.size && this.aligned) {
      if (isBlank(this.lines[i] as string)) i++
      else i = this.block(i)
    }
    return this.aligned ? this.blocks : undefined
  }

  /** Tries each block at line `i` in marked's order, and returns the line after the one found. */
  private block(i: number): number {
    const line = this.lines[i] as string
    const after = this.lastParagraph(i)
    if (isCodeLine(line)) return this.indentedCode(i, after)
    const c = firstAfterIndent(line)
    if (c === BACKTICK || c === TILDE) {
      const fence = FENCE.exec(line)
      if (fence) return this.fencedCode(i, fence)
    }
    if (c === HASH) {
      const heading = ATX_HEADING.exec(line)
      if (heading) return this.push({ type: 'heading', line: i + 1, count: 1, ...atxText(heading) }, i + 1)
    }
    if ((c === DASH || c === UNDERSCORE || c === STAR) && HR.test(line))
      return this.push({ type: 'hr', line: i + 1 }, i + 1)
    if (c === DASH || c === STAR || c === PLUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
      const list = LIST_START.exec(line)
      if (list) {
        const end = this.list(i, (list[1] as string).trim())
        if (end !== undefined) return end
      }
    }
    return this.table(i) ?? this.setextHeading(i) ?? this.paragraph(i, after)
  }

  /** The paragraph that the block at line `i` would join: the last block, with no blank line between. */
  private lastParagraph(i: number): (Block & { type: 'paragraph' }) | undefined {
    if (this.last?.type !== 'paragraph') return undefined
    const blank = this.pending
      ? i > this.next
      : i - this.next > 1 || (i === this.next + 1 && this.lines[this.next] !== '')
    return blank ? undefined : this.last
  }

  private push(block: Block, next: number, pending = true): number {
    this.blocks.push(block)
    this.last = block
    return this.moveTo(next, pending)
  }

  /** Where the next block starts, after the last one or the lines that just joined it. */
  private moveTo(next: number, pending: boolean): number {
    this.next = next
    this.pending = pending
    return next
  }

  /**
   * Indented lines and the blank lines among them. Up to one blank line after the last one stays in the
   * block, and so does the line after that newline when no blank line follows: marked reads that line
   * as the code's too.
   */
  private indentedCode(i: number, paragraph: (Block & { type: 'paragraph' }) | undefined): number {
    const { lines, size } = this
    let lastCode = i
    let end = i + 1
    for (; end < size; end++) {
      const line = lines[end] as string
      if (isBlank(line)) continue
      if (!isCodeLine(line)) break
      lastCode = end
    }
    // The matched text, split at newlines, has one more piece when a newline follows its last line.
    const pieces = end - i + (end < lines.length ? 1 : 0)
    const whole = pieces - (lastCode - i) <= 2
    const count = whole ? pieces : lastCode - i + 1
    const next = whole ? end : lastCode + 1
    const pending = !whole || end >= lines.length
    if (!paragraph) return this.push({ type: 'code', line: i + 1, count, lang: '' }, next, pending)
    // An indented line cannot interrupt a paragraph: the lines are the paragraph's.
    const through = whole ? lastNonEmpty(lines, lastCode, end) : lastCode
    paragraph.count = through - paragraph.line + 2
    const raw = whole
      ? lines.slice(i, end).join('\n') + (end < lines.length ? '\n' : '')
      : lines.slice(i, lastCode + 1).join('\n')
    paragraph.text += `\n${raw.replace(/^(?: {0,3}\t| {1,4})/gm, '')}`
    return this.moveTo(next, pending)
  }

  private fencedCode(i: number, fence: RegExpExecArray): number {
    const { lines, size } = this
    const [, indent = '', run = '', info = ''] = fence
    let close = i + 1
    while (close < size && !closesFence(lines[close] as string, run)) close++
    const closed = close < size
    const content = (closed ? close : size) - i - 1
    const lang = info.includes('\\') ? info.trim().replace(BACKSLASH_PUNCTUATION, '$1') : info.trim()
    let count = 1
    if (content > 0) {
      // Lines lose up to the fence's indentation; a last line left empty adds a line to the text.
      const lastLine = lines[i + content] as string
      const emptied = lastLine === '' || (run[0] === '`' && /^\s*$/.test(lastLine) && lastLine.length <= indent.length)
      count = content + (emptied ? 1 : 0)
    }
    const next = closed ? close + 1 : size
    return this.push({ type: 'code', line: i + 2, count, lang }, next)
  }

  /** The list's lines, found by marked's item rules; undefined when no item starts here. */
  private list(i: number, bullet: string): number | undefined {
    const end = listEnd((k) => (k < this.size ? this.lines[k] : undefined), i, bullet)
    if (end === undefined) return undefined
    let last = end - 1
    while (last > i && !(this.lines[last] as string).trim()) last--
    // marked trims the list's text of all whitespace, and reads what follows from there. Whitespace
    // other than spaces and tabs at the end of its last line starts a block in the middle of that line.
    const lastLine = this.lines[last] as string
    if (/[^ \t]/.test(lastLine.slice(lastLine.trimEnd().length))) this.aligned = false
    return this.push({ type: 'list', line: i + 1, count: last - i + 1 }, last + 1)
  }

  /** A header row and a delimiter row with as many cells, then the rows up to a line that starts a block. */
  private table(i: number): number | undefined {
    const { lines, size } = this
    if (i + 1 >= size) return undefined
    const next = lines[i + 1] as string
    const delimiter = mayBeDelimiterRow(next) ? DELIMITER_ROW.exec(next) : null
    if (!delimiter) return undefined
    const align = delimiter[1] as string
    if (!align.includes('|') && !align.includes(':')) return undefined
    const columns = tableCells(lines[i] as string).length
    if (columns !== align.replace(/^\||\| *$/g, '').split('|').length) return undefined
    let end = i + 2
    while (end < size && this.isTableRow(end)) end++
    return this.push({ type: 'table', line: i + 1, rows: rowCount(lines, i + 2, end), columns }, end)
  }

  /** A row is any line up to a blank one or one that starts a block; most rows start with `|`. */
  private isTableRow(k: number): boolean {
    const line = this.lines[k] as string
    if ((k + 1 < this.lines.length && isSpaces(line)) || isCodeLine(line)) return false
    const c = firstAfterIndent(line)
    if ((c === DASH || c === UNDERSCORE || c === STAR) && HR.test(line)) return false
    if (c === HASH && HEADING_START.test(line)) return false
    if ((c === BACKTICK || c === TILDE) && FENCE_INTERRUPT.test(line)) return false
    return !((c === DASH || c === STAR || c === PLUS || c === DIGIT_1) && TABLE_ROW_LIST.test(line))
  }

  /** Lines of text underlined by `=` or `-`, with nothing between them that starts a block. */
  private setextHeading(i: number): number | undefined {
    const { lines, size } = this
    const first = lines[i] as string
    if (startsSetextStop(first, i + 1 < lines.length)) return undefined
    for (let k = i + 1; k < size; k++) {
      const line = lines[k] as string
      const c = firstAfterIndent(line)
      const underline = c === EQUALS || c === DASH ? SETEXT_UNDERLINE.exec(line) : null
      if (underline) {
        const text = lines.slice(i, k).join('\n').trim()
        const depth = (underline[1] as string)[0] === '=' ? 1 : 2
        return this.push({ type: 'heading', line: i + 1, count: k - i + 1, depth, text }, k + 1)
      }
      if (!line.trim() || startsSetextStop(line, k + 1 < lines.length)) return undefined
      if ((c === DASH || c === UNDERSCORE || c === STAR) && HR.test(line)) return undefined
    }
    return undefined
  }

  private paragraph(i: number, paragraph: (Block & { type: 'paragraph' }) | undefined): number {
    let end = i + 1
    while (end < this.size && !this.endsParagraph(end)) end++
    const text = end === i + 1 ? (this.lines[i] as string) : this.lines.slice(i, end).join('\n')
    if (!paragraph) return this.push({ type: 'paragraph', line: i + 1, count: end - i, text }, end)
    paragraph.count = end - paragraph.line + 1
    paragraph.text += `\n${text}`
    return this.moveTo(end, true)
  }

  private endsParagraph(k: number): boolean {
    const line = this.lines[k] as string
    if (line === '' || (k + 1 < this.lines.length && isBlank(line))) return true
    const c = firstAfterIndent(line)
    if ((c === DASH || c === UNDERSCORE || c === STAR) && HR.test(line)) return true
    if (c === HASH && HEADING_START.test(line)) return true
    if ((c === BACKTICK || c === TILDE) && FENCE_INTERRUPT.test(line)) return true
    if ((c === DASH || c === STAR || c === PLUS || c === DIGIT_1) && LIST_INTERRUPT.test(line)) return true
    // A table's header row ends the paragraph above it, whatever the row holds.
    return k + 1 < this.size && !isSpaces(line) && isDelimiterRow(this.lines[k + 1] as string)
  }
}

/**
 * Whether a line starts what a setext heading's text cannot hold: a list item, a fence, a heading, or
 * (with a line after it) a delimiter-shaped row with a pipe.
 */
function startsSetextStop(line: string, lineAfter: boolean): boolean {
  const c = firstAfterIndent(line)
  if (c === DASH || c === STAR || c === PLUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
    if (BULLET_SPACE.test(line)) return true
  }
  if ((c === BACKTICK || c === TILDE) && FENCE_START.test(line)) return true
  if (c === HASH && HEADING_START.test(line)) return true
  return lineAfter && (c === PIPE || c === COLON || c === DASH || c === SPACE) && PIPE_DELIMITER_ROW.test(line)
}

function atxText(heading: RegExpExecArray): { depth: number; text: string } {
  let text = (heading[2] as string).trim()
  if (text.endsWith('#')) {
    const trimmed = text.replace(/#+$/, '')
    if (!trimmed || /[ \t]$/.test(trimmed)) text = trimmed.trim()
  }
  return { depth: (heading[1] as string).length, text }
}

/** A delimiter row starts with `|`, `:` or `-` after up to three spaces; most lines do not. */
function mayBeDelimiterRow(line: string): boolean {
  const c = firstAfterIndent(line)
  return c === PIPE || c === COLON || c === DASH
}

function isDelimiterRow(line: string): boolean {
  return mayBeDelimiterRow(line) && DELIMITER_ROW.test(line)
}

/** A closing fence: the opening's character, at least as many, then only spaces. */
function closesFence(line: string, run: string): boolean {
  let i = 0
  while (i < 3 && line.charCodeAt(i) === SPACE) i++
  if (!line.startsWith(run, i)) return false
  i += run.length
  const c = run.charCodeAt(0)
  while (line.charCodeAt(i) === c) i++
  while (line.charCodeAt(i) === SPACE) i++
  return i === line.length
}

/** How many rows a table has: the lines matched, less a last one of spaces and tabs at the report's end. */
function rowCount(lines: string[], first: number, end: number): number {
  if (end === first) return 0
  const rows = lines.slice(first, end)
  if (!rows.join('\n').trim()) return 0
  const last = rows[rows.length - 1] as string
  return end === lines.length && rows.length > 1 && /^[ \t]*$/.test(last) ? rows.length - 1 : rows.length
}

function lastNonEmpty(lines: string[], from: number, end: number): number {
  let last = from
  for (let k = from; k < end; k++) if (lines[k] !== '') last = k
  return last
}

/** A table row's cells: split at pipes a backslash does not escape, trimmed, padded or cut to `count`. */
export function tableCells(row: string, count?: number): string[] {
  const cells: string[] = []
  let start = 0
  let backslashes = 0
  for (let i = 0; i < row.length; i++) {
    const c = row.charCodeAt(i)
    if (c === PIPE && backslashes % 2 === 0) {
      cells.push(row.slice(start, i))
      start = i + 1
    }
    backslashes = c === BACKSLASH ? backslashes + 1 : 0
  }
  cells.push(row.slice(start))
  // A first or last cell left empty is outside the row's pipes.
  if (!(cells[0] as string).trim()) cells.shift()
  if (cells.length > 0 && !(cells[cells.length - 1] as string).trim()) cells.pop()
  if (count) {
    if (cells.length > count) cells.length = count
    while (cells.length < count) cells.push('')
  }
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

function isSpaces(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== SPACE) return false
  return true
}

/** Four spaces, or up to three and a tab, then any character. */
function isCodeLine(line: string): boolean {
  let i = 0
  while (i < 4 && line.charCodeAt(i) === SPACE) i++
  if (i < 4) {
    if (line.charCodeAt(i) !== TAB) return false
    i++
  }
  return i < line.length
}
