/**
 * The scanner must cut a report into exactly the blocks marked cuts it into, and leave to marked the
 * reports it does not cut. Checked on every report in the fixtures and the labelled corpus, and on
 * generated documents: from line shapes it cuts itself, from all line shapes, and from markup
 * characters in any order.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { scanBlocks, tableCells } from '../../src/claims/block-scanner.js'
import { markedBlocks } from '../../src/claims/marked-blocks.js'
import { markdownSegments } from '../../src/claims/segments.js'
import { LINE_SHAPES, markupDocument, sampleReports, shapedDocument } from './markdown-samples.js'

/** Scans a document and, when the scanner cuts it, holds its blocks to marked's; says whether it did. */
function scannedLikeMarked(markdown: string): boolean {
  const blocks = scanBlocks(markdown, markdown.split('\n'))
  if (blocks) expect(blocks).toEqual(markedBlocks(markdown))
  return blocks !== undefined
}

/** The shapes that start no quote, HTML block or link definition: documents of them are always scanned. */
const SCANNED_SHAPES = LINE_SHAPES.filter((shape) => !/^[ \t]*[<>[]/.test(shape))

describe('scanBlocks', () => {
  it('cuts the fixture and corpus reports into the same blocks as marked', () => {
    const scanned = sampleReports().filter(scannedLikeMarked)
    expect(scanned.length).toBeGreaterThan(10)
  })

  it('cuts documents of the line shapes it reads into the same blocks as marked', () => {
    fc.assert(
      fc.property(shapedDocument(SCANNED_SHAPES), (markdown) => {
        expect(scannedLikeMarked(markdown)).toBe(true)
      }),
      { numRuns: 3000, seed: 20261125 }
    )
  })

  it('cuts documents of any line shapes as marked does, or leaves them to marked', () => {
    let scanned = 0
    fc.assert(
      fc.property(shapedDocument(LINE_SHAPES), (markdown) => {
        if (scannedLikeMarked(markdown)) scanned++
      }),
      { numRuns: 3000, seed: 20261126 }
    )
    expect(scanned).toBeGreaterThan(300)
  })

  it('cuts documents of arbitrary markup characters as marked does, or leaves them to marked', () => {
    let scanned = 0
    fc.assert(
      fc.property(markupDocument, (markdown) => {
        if (scannedLikeMarked(markdown)) scanned++
      }),
      { numRuns: 3000, seed: 20261127 }
    )
    expect(scanned).toBeGreaterThan(300)
  })

  it.each([
    ['a quote', 'Status\n\n> Tests: 4/4 passing'],
    ['an indented HTML block', 'Status\n   <details>\nTests: 4/4 passing\n</details>'],
    ['a link definition', 'See [the log].\n\n[the log]: ./log.txt'],
    ['a line separator', 'Tests: 4/4\u2028passing']
  ])('leaves a report with %s to marked', (_, markdown) => {
    expect(scanBlocks(markdown, markdown.split('\n'))).toBeUndefined()
  })

  it('reads a report it leaves to marked through marked', async () => {
    const segments = await markdownSegments(
      '## Results\n\n> Tests: 4/4 passing\n\n| Check | Result |\n|---|---|\n| Build | passing |'
    )
    expect(segments.map(({ line, kind, text, section }) => ({ line, kind, text, section }))).toEqual([
      { line: 1, kind: 'heading', text: 'Results', section: 'Results' },
      { line: 3, kind: 'prose', text: 'Tests: 4/4 passing', section: 'Results' },
      { line: 7, kind: 'table', text: 'Build: passing', section: 'Results' }
    ])
  })
})

describe('tableCells', () => {
  it('splits at pipes a backslash does not escape, and drops the empty cells outside the outer pipes', () => {
    expect(tableCells('| a | b \\| c | d \\\\| e |')).toEqual(['a', 'b | c', 'd \\\\', 'e'])
  })

  it('pads a short row and cuts a long one to the header', () => {
    expect(tableCells('| a |', 3)).toEqual(['a', '', ''])
    expect(tableCells('a | b | c | d', 2)).toEqual(['a', 'b'])
  })
})
