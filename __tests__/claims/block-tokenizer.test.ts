/**
 * The block tokenizer must cut a report into exactly the blocks marked cuts it into: it only skips
 * patterns that cannot match, and finds list extents faster. Checked on every report in the fixtures and
 * the labelled corpus, and on documents generated from the line shapes that decide where a block ends.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { Lexer } from 'marked'
import type { Token } from 'marked'
import { BlockTokenizer } from '../../src/claims/block-tokenizer.js'
import { LINE_SHAPES, markupDocument, sampleReports, shapedDocument } from './markdown-samples.js'

/** What the segments read of a block: its kind and raw text, and the text, depth, language or cells it holds. */
function blocks(markdown: string, fast: boolean): unknown[] {
  const lexer = new Lexer({ gfm: true, ...(fast ? { tokenizer: new BlockTokenizer() } : {}) })
  return lexer.blockTokens(markdown).map((token: Token) => {
    const read: Record<string, unknown> = { type: token.type, raw: token.raw }
    if (token.type === 'heading') Object.assign(read, { depth: token.depth, text: token.text })
    if (token.type === 'paragraph') read.text = token.text
    if (token.type === 'code') Object.assign(read, { lang: token.lang, style: token.codeBlockStyle, text: token.text })
    if (token.type === 'table') {
      const cells = (row: Array<{ text: string }>) => row.map((cell) => cell.text)
      Object.assign(read, { header: cells(token.header), rows: token.rows.map(cells) })
    }
    return read
  })
}

describe('BlockTokenizer', () => {
  it('cuts every fixture and corpus report into the same blocks as marked', () => {
    const reports = sampleReports()
    expect(reports.length).toBeGreaterThan(10)
    for (const report of reports) expect(blocks(report, true)).toEqual(blocks(report, false))
  })

  it('cuts generated documents into the same blocks as marked', () => {
    fc.assert(
      fc.property(shapedDocument(LINE_SHAPES), (markdown) => {
        expect(blocks(markdown, true)).toEqual(blocks(markdown, false))
      }),
      { numRuns: 3000, seed: 20261123 }
    )
  })

  it('cuts documents of arbitrary characters, markup among them, into the same blocks as marked', () => {
    fc.assert(
      fc.property(markupDocument, (markdown) => {
        expect(blocks(markdown, true)).toEqual(blocks(markdown, false))
      }),
      { numRuns: 3000, seed: 20261124 }
    )
  })

  it('reports a list token, with the extent as its raw text', () => {
    const [list, , paragraph] = new Lexer({ gfm: true, tokenizer: new BlockTokenizer() }).blockTokens(
      '- one\n  more\n- two\n\nAfter'
    )
    expect(list).toMatchObject({ type: 'list', raw: '- one\n  more\n- two' })
    expect(paragraph).toMatchObject({ type: 'paragraph', raw: 'After' })
  })
})
