/**
 * Single lines of markdown as marked's GFM lexer reads them: which block a line opens, and where a list
 * that starts at a line ends. Shared by the block scanner, which walks a report's lines, and by the
 * tokenizer that cuts the reports left to marked, which reads lines from offsets.
 */

/** Character codes of the characters that start blocks. */
export const SPACE = 32
export const TAB = 9
export const BACKTICK = 96
export const TILDE = 126
export const HASH = 35
export const DASH = 45
export const UNDERSCORE = 95
export const STAR = 42
export const PLUS = 43
export const DIGIT_0 = 48
export const DIGIT_1 = 49
export const DIGIT_9 = 57
export const NEWLINE = 10
export const COLON = 58
export const EQUALS = 61
export const PIPE = 124
export const LESS = 60
export const GREATER = 62
export const BRACKET = 91
export const BACKSLASH = 92

export const HR = /^ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})$/
/** `.` stops at a line separator: a heading line holds none. */
export const ATX_HEADING = /^ {0,3}(#{1,6})(?=\s|$)(.*)$/
/** A fence opens with three backticks or tildes; a backtick fence's info string holds no backtick. */
export const FENCE = /^( {0,3})(`{3,}(?=[^`]*$)|~{3,})([^\n]*)$/

/** The character code after at most three spaces from `at`, which every block but indented code allows. */
export function firstAfterIndent(src: string, at = 0): number {
  let i = at
  while (i < at + 3 && src.charCodeAt(i) === SPACE) i++
  return src.charCodeAt(i)
}

/*
 * A list's extent, by marked's item rules (non-pedantic): each item's first line sets the indentation
 * its other lines need, and the item ends at a line that starts another block or bullet at a lesser
 * indentation. Items are not lexed again: the segments read a list line by line.
 */

const NESTED_BLOCK_MARKER = /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/
const NESTED_CONTAINER_MARKERS = /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul'

/** Patterns for an item's lines, by how far a line may be indented: each is made once, when first needed. */
interface IndentPatterns {
  bullet: RegExp
  hr: RegExp
  fence: RegExp
  heading: RegExp
  html: RegExp
  quote: RegExp
}

const byIndent: IndentPatterns[] = []

function indentPatterns(indent: number): IndentPatterns {
  const n = Math.max(0, Math.min(3, indent - 1))
  return (byIndent[n] ??= {
    bullet: new RegExp(`^ {0,${n}}(?:[*+-]|\\d{1,9}[.)])(?:[ \\t][^\\n]*)?$`),
    hr: new RegExp(`^ {0,${n}}(?:(?:-[\\t ]*){3,}|(?:_[ \\t]*){3,}|(?:\\*[ \\t]*){3,})$`),
    fence: new RegExp(`^ {0,${n}}(?:\`\`\`|~~~)`),
    heading: new RegExp(`^ {0,${n}}#{1,6}(?:\\s|$)`),
    html: new RegExp(
      `^ {0,${n}}(?:</?(?:${BLOCK_TAGS})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`,
      'i'
    ),
    quote: new RegExp(`^ {0,${n}}>`)
  })
}

/** A report's line `k` (from 0), or undefined past its last line. */
export type LineAt = (k: number) => string | undefined

/** The line after a list whose first item starts at line `first`, or undefined when none starts there. */
export function listEnd(lineAt: LineAt, first: number, bullet: string): number | undefined {
  let k = first
  let items = 0
  for (let opening = lineAt(k); opening !== undefined; opening = lineAt(k)) {
    const markerEnd = itemMarkerEnd(opening, bullet)
    if (markerEnd < 0 || ((bullet === '-' || bullet === '*') && HR.test(opening))) break
    items++
    k++
    const line = expandLeadingTabs(opening.slice(markerEnd), markerEnd)
    const blankLine = !line.trim()
    let indent: number
    if (blankLine) indent = markerEnd + 1
    else {
      indent = leadingSpaces(line)
      indent = indent > 4 ? 1 : indent
      indent += markerEnd
    }
    const next = lineAt(k)
    if (blankLine && (next === undefined || isBlank(next))) {
      if (next !== undefined) k++
      continue
    }
    k = itemEnd(lineAt, k, { line, blankLine, indent })
  }
  return items ? k : undefined
}

/**
 * Where an item's marker ends: up to three spaces and the list's bullet (a dash, or digits and the same
 * delimiter), then a space, a tab or the line's end. -1 when the line starts no item of the list.
 */
function itemMarkerEnd(line: string, bullet: string): number {
  let i = 0
  while (i < 3 && line.charCodeAt(i) === SPACE) i++
  if (bullet.length > 1) {
    const digits = i
    while (i - digits < 9 && line.charCodeAt(i) >= DIGIT_0 && line.charCodeAt(i) <= DIGIT_9) i++
    if (i === digits || line[i] !== bullet[bullet.length - 1]) return -1
  } else if (line[i] !== bullet) return -1
  i++
  const c = line.charCodeAt(i)
  return i === line.length || c === SPACE || c === TAB ? i : -1
}

/** The line after an item's last line, from its second line on. */
function itemEnd(lineAt: LineAt, from: number, start: { line: string; blankLine: boolean; indent: number }): number {
  const { indent } = start
  const patterns = indentPatterns(indent)
  let blankLine = start.blankLine
  // The line before as the item reads it: past the item's indentation, cut only when a lazy line asks.
  let before = start.line
  let cut = 0
  let k = from
  let contentsHaveNewline = false
  let lineIsLazy = false
  for (let nextLine = lineAt(k); nextLine !== undefined; nextLine = lineAt(++k)) {
    const withoutTabs = expandLeadingTabs(nextLine, 0)
    if (startsBlock(nextLine, patterns)) break
    const blank = !nextLine.trim()
    if (blank || leadingSpaces(withoutTabs) >= indent) {
      lineIsLazy = false
    } else {
      if (blankLine || endsLazily(before.slice(cut), contentsHaveNewline, lineIsLazy, patterns)) break
      lineIsLazy = true
    }
    contentsHaveNewline = true
    blankLine = blank
    before = withoutTabs
    cut = indent
  }
  return k
}

function leadingSpaces(line: string): number {
  let i = 0
  while (line.charCodeAt(i) === SPACE) i++
  return i
}

/** Only spaces and tabs: a blank line to marked. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c !== SPACE && c !== TAB) return false
  }
  return true
}

/**
 * Whether a line opens a fence, heading, HTML block, quote, bullet or rule, which end an item. Each
 * starts with its own character after at most three spaces, and most lines in a list start with a
 * letter: only the pattern the character could start is tried.
 */
function startsBlock(line: string, patterns: IndentPatterns): boolean {
  const c = firstAfterIndent(line)
  if (c === DASH || c === STAR) return patterns.bullet.test(line) || patterns.hr.test(line)
  if (c === PLUS || (c >= DIGIT_0 && c <= DIGIT_9)) return patterns.bullet.test(line)
  if (c === BACKTICK || c === TILDE) return patterns.fence.test(line)
  if (c === HASH) return patterns.heading.test(line)
  if (c === UNDERSCORE) return patterns.hr.test(line)
  if (c === LESS) return patterns.html.test(line)
  return c === GREATER && patterns.quote.test(line)
}

/** Whether a line too little indented to belong to the item ends it, given the item's line before it. */
function endsLazily(
  line: string,
  contentsHaveNewline: boolean,
  lineIsLazy: boolean,
  patterns: IndentPatterns
): boolean {
  let lastBlock = line
  if (!contentsHaveNewline && !line.includes('\t')) {
    let marker: RegExpExecArray | null
    while (!patterns.hr.test(lastBlock) && (marker = NESTED_BLOCK_MARKER.exec(lastBlock))) {
      lastBlock = lastBlock.slice(marker[0].length)
    }
    if (!lastBlock.trim()) return true
  }
  if (lastBlock.replace(/\t/g, '    ').search(/[^ ]/) >= 4) return true
  const { fence, heading, html, hr } = patterns
  if (fence.test(lastBlock) || heading.test(lastBlock) || html.test(lastBlock) || hr.test(lastBlock)) return true
  if (lineIsLazy) return false
  const lastBlockLine = line.replace(NESTED_CONTAINER_MARKERS, '')
  return FENCE.test(lastBlockLine) || ATX_HEADING.test(lastBlockLine) || HR.test(lastBlockLine)
}

function expandLeadingTabs(line: string, column: number): string {
  // Only a tab among the leading spaces is expanded; most lines start with their text.
  if (line.charCodeAt(leadingSpaces(line)) !== TAB) return line
  return line.replace(/^[ \t]+/, (ws) => expandTabs(ws, column))
}

/** Tabs to the next multiple of four columns, counting from `column`, as marked expands them. */
function expandTabs(text: string, column = 0): string {
  let col = column
  let out = ''
  for (const char of text) {
    if (char === '\t') {
      const added = 4 - (col % 4)
      out += ' '.repeat(added)
      col += added
    } else {
      out += char
      col++
    }
  }
  return out
}
