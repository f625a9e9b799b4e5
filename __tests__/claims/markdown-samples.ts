/**
 * Markdown for the tests that hold a block splitter to marked's: the reports kept in the fixtures and
 * the labelled corpus, and generators of documents made of the line shapes that decide where a block
 * ends, or of markup characters in any order.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { PROJECT_DIR } from '../helpers.js'

/** Every report in the fixtures and the labelled corpus, with `\n` line ends. */
export function sampleReports(): string[] {
  const folders = [join(PROJECT_DIR, '__tests__/fixtures/reports'), join(PROJECT_DIR, '__tests__/claims-corpus')]
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(folder, name), 'utf8').replace(/\r\n?/g, '\n'))
  )
}

export const LINE_SHAPES = [
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

/** Documents of up to 40 lines, each one of `shapes`. */
export function shapedDocument(shapes: readonly string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...shapes), { minLength: 1, maxLength: 40 }).map((lines) => lines.join('\n'))
}

/** Documents of markup characters and fragments in any order, line separators among them. */
export const markupDocument: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      ...'\n\n\n   \t-*+_=#>|:`~<[]!.1)ab \u00a0\u2028'.split(''),
      'a b',
      '<div>',
      '```',
      '---',
      '\n   ',
      ' | ',
      ':--'
    ),
    { maxLength: 80 }
  )
  .map((parts) => parts.join(''))
