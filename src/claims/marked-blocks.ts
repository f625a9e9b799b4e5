import { Lexer } from 'marked'
import type { Token } from 'marked'
import type { Block } from './block-scanner.js'
import { BlockTokenizer } from './block-tokenizer.js'
import { NEWLINE } from './markdown-lines.js'

/**
 * The blocks marked's GFM lexer cuts a report into, for the reports the scanner leaves to it. Each
 * token's raw text concatenates back to the source exactly, so its first line is known by counting.
 */
export function markedBlocks(markdown: string): Block[] {
  const blocks: Block[] = []
  let line = 1
  for (const token of new Lexer({ gfm: true, tokenizer: new BlockTokenizer() }).blockTokens(markdown)) {
    const block = toBlock(token, line)
    if (block) blocks.push(block)
    line += newlines(token.raw)
  }
  return blocks
}

function toBlock(token: Token, line: number): Block | undefined {
  switch (token.type) {
    case 'space':
      return undefined
    case 'heading':
      return { type: 'heading', line, count: lineCount(token.raw), depth: token.depth, text: token.text }
    case 'paragraph':
      return { type: 'paragraph', line, count: lineCount(token.raw), text: token.text }
    case 'blockquote':
    case 'list':
      return { type: token.type, line, count: lineCount(token.raw) }
    case 'code': {
      // A fenced block's text starts on the line after its fence; an indented block's on its first line.
      const first = token.codeBlockStyle === 'indented' ? line : line + 1
      return { type: 'code', line: first, count: newlines(token.text) + 1, lang: token.lang ?? '' }
    }
    case 'table':
      return { type: 'table', line, rows: token.rows.length, columns: token.header.length }
    case 'hr':
      return { type: 'hr', line }
    default:
      return { type: 'other', line }
  }
}

function newlines(text: string): number {
  let count = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++
  return count
}

/** How many lines a token's raw text spans, not counting the blank lines it ends with. */
function lineCount(raw: string): number {
  let end = raw.length
  while (end > 0 && raw.charCodeAt(end - 1) === NEWLINE) end--
  let count = 1
  for (let i = raw.indexOf('\n'); i >= 0 && i < end; i = raw.indexOf('\n', i + 1)) count++
  return count
}
