import { describe, expect, it } from '@jest/globals'
import {
  parseCoveragePyJson,
  parseCoverageReport,
  parseCoverageSummary
} from '../../src/evidence/parsers/coverage-summary.js'
import { coverageOfTestRun } from '../../src/evidence/checks/coverage.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import { fixture } from '../helpers.js'

describe('parseCoverageSummary', () => {
  it("reads the total's percentages and leaves out those with nothing to cover", () => {
    expect(parseCoverageSummary(fixture('coverage/jest.coverage-summary.json'))).toEqual({
      lines: 100,
      statements: 83.33,
      functions: 66.66,
      branches: 0
    })
    expect(Object.keys(parseCoverageSummary(fixture('coverage/vitest-4.1.12.coverage-summary.json'))).sort()).toEqual([
      'branches',
      'functions',
      'lines',
      'statements'
    ])
  })

  it('rejects JSON without a total', () => {
    expect(() => parseCoverageSummary('{"src/a.js": {}}')).toThrow(/no "total" entry/)
  })
})

describe('parseCoveragePyJson', () => {
  it("reads statements as lines, branches when measured, and coverage.py's own TOTAL", () => {
    expect(parseCoveragePyJson(fixture('coverage/coveragepy-6.5.0.branch.json'))).toEqual({
      lines: 84.62,
      statements: 84.62,
      branches: 50,
      total: 76.47
    })
    expect(parseCoveragePyJson(fixture('coverage/coveragepy-6.5.0.lines.json'))).toEqual({
      lines: 84.62,
      statements: 84.62,
      total: 84.62
    })
  })

  it('rejects JSON without totals', () => {
    expect(() => parseCoveragePyJson('{"meta": {}, "files": {}}')).toThrow(/no totals\.percent_covered/)
  })
})

describe('parseCoverageReport', () => {
  it("tells coverage.py's JSON from istanbul's summary", () => {
    expect(parseCoverageReport(fixture('coverage/coveragepy-6.5.0.lines.json')).total).toBe(84.62)
    expect(parseCoverageReport(fixture('coverage/jest.coverage-summary.json')).statements).toBe(83.33)
  })
})

describe('coverageOfTestRun', () => {
  it('is unknown, never 0%, when the runner could not measure or wrote nothing', async () => {
    const fs = createFileSystem()
    expect(await coverageOfTestRun(fs, '/nowhere', { status: 'pass', reason: '', runner: 'vitest' }, false)).toEqual({
      status: 'unknown',
      reason: 'vitest measures coverage only with @vitest/coverage-v8 or -istanbul installed'
    })
    expect(await coverageOfTestRun(fs, '/nowhere', { status: 'pass', reason: '', runner: 'jest' }, true)).toEqual({
      status: 'unknown',
      reason: 'jest wrote no coverage summary'
    })
  })
})
