import { Tokenizer } from 'marked'
import type { Tokens } from 'marked'

/**
 * marked's tokenizer, made cheaper for reports in two ways. The differential test in
 * `__tests__/claims/block-tokenizer.test.ts` holds both to marked's own result.
 *
 * 1. Each block's pattern is tried only when the text could start that block. marked tries a dozen
 *    patterns at every block, and V8 compiles a pattern the first time it runs: in a profile of a cold
 *    start, the setext heading's took 19 ms and the HTML block's and the quote's 7 ms each, while the
 *    whole small report took 40 ms. A report with no quote, HTML or setext heading now never compiles
 *    theirs.
 * 2. A list's extent (its raw text) is all the segments need: its lines are read from the source.
 *    marked finds the extent item by item and then lexes each item's content again, nested lists within
 *    nested lists. Here the extent is found by the same rules, in marked's order, but walking the source
 *    by line offsets instead of copying what is left of it for every line, and the items are not lexed
 *    again.
 */
export class BlockTokenizer extends Tokenizer {
  override space(src: string): Tokens.Space | undefined {
    const c = src.charCodeAt(0)
    return c === NEWLINE || c === SPACE || c === TAB ? super.space(src) : undefined
  }

  /** Indented code starts with a space or a tab. */
  override code(src: string): Tokens.Code | undefined {
    const c = src.charCodeAt(0)
    return c === SPACE || c === TAB ? super.code(src) : undefined
  }

  override fences(src: string): Tokens.Code | undefined {
    const c = firstAfterIndent(src)
    return c === BACKTICK || c === TILDE ? super.fences(src) : undefined
  }

  override heading(src: string): Tokens.Heading | undefined {
    return firstAfterIndent(src) === HASH ? super.heading(src) : undefined
  }

  override hr(src: string): Tokens.Hr | undefined {
    const c = firstAfterIndent(src)
    return c === DASH || c === UNDERSCORE || c === STAR ? super.hr(src) : undefined
  }

  override blockquote(src: string): Tokens.Blockquote | undefined {
    return firstAfterIndent(src) === GREATER ? super.blockquote(src) : undefined
  }

  override html(src: string): Tokens.HTML | undefined {
    return firstAfterIndent(src) === LESS ? super.html(src) : undefined
  }

  override def(src: string): Tokens.Def | undefined {
    return firstAfterIndent(src) === BRACKET ? super.def(src) : undefined
  }

  /** A table's second line is its delimiter row, which starts with `|`, `:` or `-`. */
  override table(src: string): Tokens.Table | undefined {
    const newline = src.indexOf('\n')
    if (newline < 0) return undefined
    const c = firstAfterIndent(src, newline + 1)
    return c === PIPE || c === COLON || c === DASH ? super.table(src) : undefined
  }

  /** A setext heading is lines of text underlined by `=` or `-`, with no blank line before the underline. */
  override lheading(src: string): Tokens.Heading | undefined {
    let at = src.indexOf('\n')
    while (at >= 0) {
      const c = firstAfterIndent(src, at + 1)
      if (c === EQUALS || c === DASH) return super.lheading(src)
      const next = src.indexOf('\n', at + 1)
      if (!src.slice(at + 1, next < 0 ? src.length : next).trim()) return undefined
      at = next
    }
    return undefined
  }

  override list(src: string): Tokens.List | undefined {
    const cap = this.rules.block.list.exec(src)
    if (!cap) return undefined
    if (this.lexer.state.lastToken?.type === 'text' && !this.rules.other.listInterruptsParagraph.test(src)) {
      return undefined
    }
    const bullet = (cap[1] ?? '').trim()
    const ordered = bullet.length > 1
    const end = this.extent(src, ordered ? `\\d{1,9}\\${bullet.slice(-1)}` : `\\${bullet}`)
    if (end === undefined) return undefined
    return {
      type: 'list',
      raw: src.slice(0, end).trimEnd(),
      ordered,
      start: ordered ? Number(bullet.slice(0, -1)) : '',
      loose: false,
      items: []
    }
  }

  /** Where the list ends: marked's item loop (non-pedantic), reading line by line from offsets. */
  private extent(src: string, bullet: string): number | undefined {
    const { other, block } = this.rules
    const item = itemPattern(bullet)
    const lineAt = (at: number): string => {
      const nl = src.indexOf('\n', at)
      return src.slice(at, nl < 0 ? src.length : nl)
    }
    const advance = (at: number, length: number): number => Math.min(src.length, at + length + 1)
    let pos = 0
    let items = 0
    while (pos < src.length) {
      const first = lineAt(pos)
      const cap = item.exec(first)
      if (!cap || block.hr.test(first)) break
      items++
      pos = advance(pos, first.length)
      const bulletIndent = (cap[1] ?? '').length
      let line = expandLeadingTabs(cap[2] ?? '', bulletIndent)
      let blankLine = !line.trim()
      let indent: number
      if (blankLine) indent = bulletIndent + 1
      else {
        indent = line.search(other.nonSpaceChar)
        indent = indent > 4 ? 1 : indent
        indent += bulletIndent
      }
      if (blankLine && other.blankLine.test(lineAt(pos))) {
        pos = advance(pos, lineAt(pos).length)
        continue
      }
      const nextBullet = other.nextBulletRegex(indent)
      const hr = other.hrRegex(indent)
      const fences = other.fencesBeginRegex(indent)
      const heading = other.headingBeginRegex(indent)
      const html = other.htmlBeginRegex(indent)
      const quote = other.blockquoteBeginRegex(indent)
      let itemContentsHasNewline = false
      let lineIsLazy = false
      while (pos < src.length) {
        const nextLine = lineAt(pos)
        const withoutTabs = expandLeadingTabs(nextLine, 0)
        if (mayStartBlock(nextLine)) {
          if (fences.test(nextLine) || heading.test(nextLine) || html.test(nextLine) || quote.test(nextLine)) break
          if (nextBullet.test(nextLine) || hr.test(nextLine)) break
        }
        if (withoutTabs.search(other.nonSpaceChar) >= indent || !nextLine.trim()) {
          lineIsLazy = false
        } else {
          if (blankLine) break
          let lastBlock = line
          if (!itemContentsHasNewline && !line.includes('\t')) {
            let marker: RegExpExecArray | null
            while (!hr.test(lastBlock) && (marker = other.nestedBlockMarker.exec(lastBlock))) {
              lastBlock = lastBlock.slice(marker[0].length)
            }
            if (!lastBlock.trim()) break
          }
          if (lastBlock.replace(other.tabCharGlobal, '    ').search(other.nonSpaceChar) >= 4) break
          if (fences.test(lastBlock) || heading.test(lastBlock) || html.test(lastBlock) || hr.test(lastBlock)) break
          if (!lineIsLazy) {
            const lastBlockLine = line.replace(other.nestedContainerMarkers, '')
            if (block.fences.test(lastBlockLine) || block.heading.test(lastBlockLine) || block.hr.test(lastBlockLine)) {
              break
            }
          }
          lineIsLazy = true
        }
        itemContentsHasNewline = true
        blankLine = !nextLine.trim()
        pos = advance(pos, nextLine.length)
        line = withoutTabs.slice(indent)
      }
    }
    return items ? pos : undefined
  }
}

const itemPatterns = new Map<string, RegExp>()

/** marked's list item pattern for one bullet, applied to a single line. */
function itemPattern(bullet: string): RegExp {
  let pattern = itemPatterns.get(bullet)
  if (!pattern) {
    pattern = new RegExp(`^( {0,3}${bullet})((?:[\\t ][^\\n]*)?)$`)
    itemPatterns.set(bullet, pattern)
  }
  return pattern
}

const NEWLINE = 10
const TAB = 9
const SPACE = 32
const BACKTICK = 96
const TILDE = 126
const HASH = 35
const DASH = 45
const UNDERSCORE = 95
const STAR = 42
const PLUS = 43
const DIGIT_0 = 48
const DIGIT_9 = 57
const GREATER = 62
const LESS = 60
const BRACKET = 91
const PIPE = 124
const COLON = 58
const EQUALS = 61

/** The character code after at most three spaces from `at`, which every block but indented code allows. */
function firstAfterIndent(src: string, at = 0): number {
  let i = at
  while (i < at + 3 && src.charCodeAt(i) === SPACE) i++
  return src.charCodeAt(i)
}

/**
 * Whether a line could open one of the blocks that end an item: each of them starts, after at most
 * three spaces, with one of a few characters. Most lines in a list start with a letter, and this spares
 * them six patterns.
 */
function mayStartBlock(line: string): boolean {
  const c = firstAfterIndent(line)
  return (
    c === BACKTICK ||
    c === TILDE ||
    c === HASH ||
    c === LESS ||
    c === GREATER ||
    c === STAR ||
    c === PLUS ||
    c === DASH ||
    c === UNDERSCORE ||
    (c >= DIGIT_0 && c <= DIGIT_9) ||
    c === TAB
  )
}

function expandLeadingTabs(line: string, column: number): string {
  if (!line.includes('\t')) return line
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
