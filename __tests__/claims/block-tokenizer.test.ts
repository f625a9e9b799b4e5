/**
 * The block tokenizer must cut a report into exactly the blocks marked cuts it into: it only skips
 * patterns that cannot match, and finds list extents faster. Checked on every report in the fixtures and
 * the labelled corpus, and on documents generated from the line shapes that decide where a block ends.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { Lexer } from 'marked'
import type { Token } from 'marked'
import { BlockTokenizer } from '../../src/claims/block-tokenizer.js'
import { PROJECT_DIR } from '../helpers.js'

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

const LINE_SHAPES = [
  '',
  '   ',
  '\t',
  'Plain text with 3/3 tests passing',
  '- item',
  '* item',
  '+ item',
  '-',
  '- ',
  '1. first',
  '2) second',
  '10. tenth',
  '- [ ] to do',
  '- [x] done',
  '  - nested',
  '    - deeper',
  '     - five spaces',
  '      code-like',
  '\t- tab nested',
  '  \tmixed',
  '  continuation',
  '   three',
  '# Heading',
  '  ## Indented heading',
  '#tag',
  '```',
  '  ```ts',
  '~~~',
  '---',
  '***',
  '___',
  '- - -',
  '===',
  '> quote',
  '  > indented quote',
  '<!-- comment -->',
  '<details>',
  '<div>',
  '| a | b |',
  '|---|---|',
  '- > quoted item',
  '- # heading item',
  '- ```',
  '1. - nested bullet',
  '[ref]: https://example.com',
  '   [ref]: /docs',
  'Title under a setext line',
  '   ===',
  '  ---',
  'a | b',
  ':--- | ---',
  '   |:-:|',
  '   <div>',
  '   > deep quote',
  '    four-space code',
  '   ~~~',
  '   #'
]

describe('BlockTokenizer', () => {
  it('cuts every fixture and corpus report into the same blocks as marked', () => {
    const folders = [join(PROJECT_DIR, '__tests__/fixtures/reports'), join(PROJECT_DIR, '__tests__/claims-corpus')]
    const reports = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.md'))
        .map((name) => readFileSync(join(folder, name), 'utf8').replace(/\r\n?/g, '\n'))
    )
    expect(reports.length).toBeGreaterThan(10)
    for (const report of reports) expect(blocks(report, true)).toEqual(blocks(report, false))
  })

  it('cuts generated documents into the same blocks as marked', () => {
    const document = fc
      .array(fc.constantFrom(...LINE_SHAPES), { minLength: 1, maxLength: 40 })
      .map((lines) => lines.join('\n'))
    fc.assert(
      fc.property(document, (markdown) => {
        expect(blocks(markdown, true)).toEqual(blocks(markdown, false))
      }),
      { numRuns: 3000, seed: 20261123 }
    )
  })

  it('cuts documents of arbitrary characters, markup among them, into the same blocks as marked', () => {
    const markup = fc.constantFrom(
      ...'\n\n\n   \t-*+_=#>|:`~<[]!.1)ab \u00a0\u2028'.split(''),
      'a b',
      '<div>',
      '```',
      '---',
      '\n   ',
      ' | ',
      ':--'
    )
    const document = fc.array(markup, { maxLength: 80 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(document, (markdown) => {
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
