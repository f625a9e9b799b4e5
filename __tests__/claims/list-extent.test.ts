/**
 * The list extent tokenizer must cut a report into exactly the blocks marked cuts it into: it only finds
 * list extents faster. Checked on every report in the fixtures and the labelled corpus, and on documents
 * generated from the line shapes that decide where a list item ends.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { Lexer } from 'marked'
import { ListExtentTokenizer } from '../../src/claims/list-extent.js'
import { PROJECT_DIR } from '../helpers.js'

function blocks(markdown: string, fast: boolean): Array<[string, string]> {
  const lexer = new Lexer({ gfm: true, ...(fast ? { tokenizer: new ListExtentTokenizer() } : {}) })
  return lexer.blockTokens(markdown).map((token) => [token.type, token.raw])
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
  '[ref]: https://example.com'
]

describe('ListExtentTokenizer', () => {
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

  it('reports a list token, with the extent as its raw text', () => {
    const [list, , paragraph] = new Lexer({ gfm: true, tokenizer: new ListExtentTokenizer() }).blockTokens(
      '- one\n  more\n- two\n\nAfter'
    )
    expect(list).toMatchObject({ type: 'list', raw: '- one\n  more\n- two' })
    expect(paragraph).toMatchObject({ type: 'paragraph', raw: 'After' })
  })
})
