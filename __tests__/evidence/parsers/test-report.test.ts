import { describe, expect, it } from '@jest/globals'
import {
  ReportFormatError,
  parseBunJunit,
  parseJestJson,
  parseMochaJson,
  parseNodeTestJunit
} from '../../../src/evidence/parsers/test-report.js'
import { fixture } from '../../helpers.js'

describe('parseJestJson', () => {
  it('reads jest counts, folding todo tests into skipped', () => {
    expect(parseJestJson(fixture('jest/mixed.json'))).toMatchObject({
      total: 9,
      passed: 2,
      failed: 2,
      skipped: 5,
      failedSuites: 0
    })
  })

  it('counts test files that failed to load although numFailedTests is 0', () => {
    const counts = parseJestJson(fixture('jest/suitefail.json'))
    expect(counts).toMatchObject({ total: 2, passed: 2, failed: 0, failedSuites: 4 })
    expect(counts.failures[0]).toMatch(/Cannot find module/)
  })

  it('reads a run that found no tests as zero tests, not as a pass count', () => {
    expect(parseJestJson(fixture('jest/notests.json'))).toMatchObject({ total: 0, passed: 0, failed: 0 })
  })

  it.each(['vitest-3.2.7', 'vitest-4.1.12', 'vitest-5.1.1'])('reads %s reports, which are jest-shaped', (version) => {
    expect(parseJestJson(fixture(`vitest/${version}/mixed.json`))).toMatchObject({
      total: 8,
      passed: 2,
      failed: 2,
      skipped: 4
    })
    expect(parseJestJson(fixture(`vitest/${version}/suitefail.json`))).toMatchObject({ failed: 0, failedSuites: 4 })
  })

  it('names the failing tests with their first message line', () => {
    const failures = parseJestJson(fixture('jest/mixed.json')).failures
    expect(failures).toHaveLength(2)
    expect(failures[0]).toMatch(/: expect/)
  })

  it('rejects truncated JSON with a clear error', () => {
    const text = fixture('jest/mixed.json')
    expect(() => parseJestJson(text.slice(0, text.length / 2))).toThrow(ReportFormatError)
    expect(() => parseJestJson(text.slice(0, text.length / 2))).toThrow(/not valid JSON/)
  })

  it('rejects JSON that is not a test report', () => {
    expect(() => parseJestJson('{"hello": 1}')).toThrow(/numTotalTests/)
  })
})

describe('parseNodeTestJunit', () => {
  it('reads the totals comments; a failing todo does not count as a failure', () => {
    expect(parseNodeTestJunit(fixture('node-test/mixed.junit.xml'))).toMatchObject({
      total: 9,
      passed: 3,
      failed: 2,
      skipped: 4
    })
  })

  it('rejects XML without totals', () => {
    expect(() => parseNodeTestJunit('<testsuites></testsuites>')).toThrow(ReportFormatError)
  })
})

describe('parseMochaJson', () => {
  it("reads mocha's stats, pending counted as skipped", () => {
    const counts = parseMochaJson(fixture('mocha/mixed.json'))
    expect(counts).toMatchObject({ total: 3, passed: 1, failed: 1, skipped: 1, failedSuites: 0 })
    expect(counts.failures[0]).toMatch(/^m b: /)
  })

  it('rejects JSON that is not a mocha report', () => {
    expect(() => parseMochaJson('{"numTotalTests": 1}')).toThrow(/not a mocha report/)
  })
})

describe('parseBunJunit', () => {
  const xml = fixture('bun/mixed.junit.xml')
  const consoleText = fixture('bun/mixed.junit.stderr')

  it('counts test cases, not the nested describe suites that would count them twice', () => {
    expect(parseBunJunit(xml, consoleText)).toMatchObject({ total: 5, passed: 2, failed: 1, skipped: 2 })
  })

  it('takes a file that threw while loading from the console summary, since the XML leaves it out', () => {
    expect(xml).not.toMatch(/broken\.test/)
    expect(parseBunJunit(xml, consoleText).failedSuites).toBe(1)
    expect(parseBunJunit(xml, '').failedSuites).toBe(0)
  })

  it('names each failure with its first message line, entities decoded', () => {
    expect(parseBunJunit(xml, consoleText).failures).toEqual(['multiplies: expect(received).toBe(expected)'])
  })

  it('refuses JUnit written by another runner, whose suites nest differently', () => {
    expect(() => parseBunJunit(fixture('node-test/mixed.junit.xml'), '')).toThrow(ReportFormatError)
  })
})
