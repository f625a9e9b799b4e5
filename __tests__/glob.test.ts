import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { compileGlob } from '../src/glob.js'

/**
 * The regular expression globs were once translated to, as the reference: it means the same, but
 * backtracks. Two mistakes of that translation are mended here, as in compileGlob: `.` is given the `s`
 * flag so that `**` matches any character, a newline too, and a leading `./` is dropped (the translation
 * meant to, but looked for it after escaping the dot).
 */
function referencePattern(text: string): RegExp {
  const glob = text.startsWith('./') ? text.slice(2) : text
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 's')
}

describe('compileGlob', () => {
  it.each([
    ['*.md', 'STATUS.md', true],
    ['*.md', 'docs/STATUS.md', false],
    ['**/*.md', 'STATUS.md', true],
    ['**/*.md', 'docs/status/STATUS.md', true],
    ['docs/**', 'docs/a/b.md', true],
    ['docs/**', 'doc/a.md', false],
    ['reports/*.xml', 'reports/junit.xml', true],
    ['reports/*.xml', 'reports/unit/junit.xml', false],
    ['reports/**/*.xml', 'reports/junit.xml', true],
    ['REPORT_?.md', 'REPORT_1.md', true],
    ['REPORT_?.md', 'REPORT_12.md', false],
    ['?', '/', false],
    ['report (1)+[draft].md', 'report (1)+[draft].md', true],
    ['report.md', 'reportXmd', false],
    ['./docs/*.md', 'docs/STATUS.md', true],
    ['./**/*.xml', 'a/b/junit.xml', true]
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(compileGlob(glob).test(path)).toBe(expected)
  })

  it('matches a glob of 100,000 stars without overflowing the stack', () => {
    const glob = compileGlob(`${'*'.repeat(100_000)}.md`)
    expect(glob.test('REPORT.md')).toBe(true)
    expect(glob.test('REPORT.txt')).toBe(false)
  })

  it('matches as the regular expression it once was, on generated globs and paths', () => {
    const glob = fc.array(fc.constantFrom('a', 'b', '/', '*', '?', '.', '[', '(', 'é'), { maxLength: 9 })
    const path = fc.array(fc.constantFrom('a', 'b', '/', '.', '*', '?', 'é', '\n'), { maxLength: 12 })
    fc.assert(
      fc.property(glob, path, (g, p) => {
        const [globText, pathText] = [g.join(''), p.join('')]
        expect(compileGlob(globText).test(pathText)).toBe(referencePattern(globText).test(pathText))
      }),
      { numRuns: 20_000 }
    )
  })
})
