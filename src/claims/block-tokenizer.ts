import { Tokenizer } from 'marked'
import type { Tokens } from 'marked'
import {
  BACKTICK,
  BRACKET,
  COLON,
  DASH,
  EQUALS,
  GREATER,
  HASH,
  LESS,
  NEWLINE,
  PIPE,
  SPACE,
  STAR,
  TAB,
  TILDE,
  UNDERSCORE,
  firstAfterIndent,
  listEnd
} from './markdown-lines.js'

/**
 * marked's tokenizer, for the reports the block scanner leaves to marked (those with quotes, HTML
 * blocks or link definitions), made cheaper in two ways. The differential test in
 * `__tests__/claims/block-tokenizer.test.ts` holds both to marked's own result.
 *
 * 1. Each block's pattern is tried only when the text could start that block. marked tries a dozen
 *    patterns at every block, and V8 compiles a pattern the first time it runs.
 * 2. A list's extent (its raw text) is all the segments need: its lines are read from the source.
 *    marked finds the extent item by item and then lexes each item's content again, nested lists within
 *    nested lists. Here the extent is found by the same rules (`listEnd`, which the scanner uses too),
 *    reading the source line by line from offsets, and the items are not lexed again.
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
    const lines = new LineReader(src)
    const end = listEnd(lines.lineAt, 0, bullet)
    if (end === undefined) return undefined
    return {
      type: 'list',
      raw: src.slice(0, lines.offset(end)).trimEnd(),
      ordered,
      start: ordered ? Number(bullet.slice(0, -1)) : '',
      loose: false,
      items: []
    }
  }
}

/** A text's lines, found as far as they are asked for, with the offset each starts at. */
class LineReader {
  private readonly starts = [0]

  constructor(private readonly text: string) {}

  readonly lineAt = (k: number): string | undefined => {
    const start = this.offset(k)
    if (start >= this.text.length) return undefined
    const end = this.text.indexOf('\n', start)
    return this.text.slice(start, end < 0 ? this.text.length : end)
  }

  /** Where line `k` starts, or the text's length past its last line. */
  offset(k: number): number {
    const { starts, text } = this
    while (starts.length <= k) {
      const last = starts[starts.length - 1] as number
      if (last >= text.length) return text.length
      const end = text.indexOf('\n', last)
      starts.push(end < 0 ? text.length : end + 1)
    }
    return starts[k] as number
  }
}
