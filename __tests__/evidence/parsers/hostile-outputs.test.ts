/**
 * Tool reports cut short or corrupted, from the captured real outputs: a parser either reads the report
 * or throws ReportFormatError (which the check turns into `unknown`), never another error, and never
 * reads a cut report as a smaller, cleaner one.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseCoverageSummary } from '../../../src/evidence/parsers/coverage-summary.js'
import { parseEslintJson } from '../../../src/evidence/parsers/eslint-json.js'
import { parseJunitXml } from '../../../src/evidence/parsers/python-reports.js'
import { ReportFormatError } from '../../../src/evidence/parsers/report-format-error.js'
import {
  parseBunJunit,
  parseJestJson,
  parseMochaJson,
  parseNodeTestJunit
} from '../../../src/evidence/parsers/test-report.js'
import { fixture } from '../../helpers.js'

const PARSERS: Array<[string, (text: string) => unknown, string]> = [
  ['jest JSON', parseJestJson, 'jest/mixed.json'],
  ['vitest JSON', parseJestJson, 'vitest/vitest-4.1.12/mixed.json'],
  ['mocha JSON', parseMochaJson, 'mocha/mixed.json'],
  ['node:test JUnit', parseNodeTestJunit, 'node-test/mixed.junit.xml'],
  ['pytest JUnit', parseJunitXml, 'pytest/mixed.junit.xml'],
  ['bun JUnit', (text) => parseBunJunit(text, ''), 'bun/mixed.junit.xml'],
  ['ESLint JSON', parseEslintJson, 'eslint/errors.output-file.json'],
  ['coverage summary', parseCoverageSummary, 'coverage/jest.coverage-summary.json']
]

function outcome(parse: (text: string) => unknown, text: string): 'read' | 'rejected' {
  try {
    parse(text)
    return 'read'
  } catch (error) {
    if (error instanceof ReportFormatError) return 'rejected'
    throw error
  }
}

describe.each(PARSERS)('%s', (_name, parse, path) => {
  const whole = fixture(path)

  it('reads the captured report', () => {
    expect(outcome(parse, whole)).toBe('read')
  })

  it('rejects the report cut anywhere, instead of reading part of it', () => {
    // Every cut point, not a sample: a random sample once missed the cut between two closing tags.
    const body = whole.trimEnd()
    const read = []
    for (let cut = 0; cut < body.length - 1; cut++) if (outcome(parse, body.slice(0, cut)) === 'read') read.push(cut)
    expect(read).toEqual([])
  })

  it('never fails with anything but a format error on corrupted bytes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: whole.length - 1 }),
        fc.string({ minLength: 1, maxLength: 4 }),
        (at, junk) => {
          outcome(parse, whole.slice(0, at) + junk + whole.slice(at + junk.length))
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('a character reference past the last code point, in a failure message', () => {
  it.each([
    ['bun JUnit', (text: string) => parseBunJunit(text, ''), 'bun/mixed.junit.xml', 'expect(received)'],
    ['pytest JUnit', parseJunitXml, 'pytest/mixed.junit.xml', 'assert (3 - 2)']
  ])('is kept as written by the %s reader', (_name, parse, path, message) => {
    const corrupted = fixture(path).replace(`message="${message}`, `message="&#99999999;&#x110000; ${message}`)
    const { failures } = parse(corrupted) as { failures: string[] }
    expect(failures.some((failure) => failure.includes(`&#99999999;&#x110000; ${message}`))).toBe(true)
  })
})
