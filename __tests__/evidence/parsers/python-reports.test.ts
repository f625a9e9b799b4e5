import { describe, expect, it } from '@jest/globals'
import { readMypy, readPytest } from '../../../src/evidence/checks/python.js'
import { parseMypyOutput, parseJunitXml } from '../../../src/evidence/parsers/python-reports.js'
import { fixture, fixtureExit, runResult } from '../../helpers.js'

describe('parseJunitXml', () => {
  it('derives passed from tests, failures, errors and skipped (xpass counts as passed)', () => {
    expect(parseJunitXml(fixture('pytest/mixed.junit.xml'))).toMatchObject({
      total: 11,
      passed: 5,
      failed: 3,
      skipped: 3,
      failedSuites: 0
    })
  })

  it('counts files that failed to collect apart from tests', () => {
    expect(parseJunitXml(fixture('pytest/collecterr.junit.xml'))).toMatchObject({
      total: 0,
      failed: 0,
      failedSuites: 2
    })
  })

  it('rejects XML without a testsuite', () => {
    expect(() => parseJunitXml('<testsuites/>')).toThrow(/no <testsuite>/)
  })
})

describe('readPytest', () => {
  it('fails a run whose files failed to collect (exit 2)', () => {
    const result = runResult({ exitCode: fixtureExit('pytest/collecterr.exit') })
    expect(readPytest(result, fixture('pytest/collecterr.junit.xml'), 'pytest')).toMatchObject({
      status: 'fail',
      failedSuites: 2
    })
  })

  it('is unknown when pytest is not installed, with the reason', () => {
    const result = runResult({ exitCode: 1, stderr: '/usr/bin/python3: No module named pytest' })
    expect(readPytest(result, undefined, 'pytest')).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/No module named pytest/)
    })
  })

  it('passes a clean run', () => {
    expect(readPytest(runResult(), fixture('pytest/clean.junit.xml'), 'pytest')).toMatchObject({
      status: 'pass',
      failed: 0
    })
  })
})

describe('parseMypyOutput and readMypy', () => {
  it('reads errors with their codes, not the notes under them', () => {
    const diagnostics = parseMypyOutput(fixture('mypy/errors.codes.stdout'))
    expect(diagnostics).toHaveLength(6)
    expect(diagnostics[0]).toEqual({
      file: 'util.py',
      line: 2,
      code: 'return-value',
      message: 'Incompatible return value type (got "str", expected "int")'
    })
  })

  it('fails with the count, including a blocking syntax error', () => {
    const errors = runResult({
      exitCode: fixtureExit('mypy/errors.codes.exit'),
      stdout: fixture('mypy/errors.codes.stdout')
    })
    expect(readMypy(errors, 'mypy')).toMatchObject({ status: 'fail', errors: 6, byCode: { 'arg-type': 2 } })
    const syntax = runResult({ exitCode: fixtureExit('mypy/syntaxerr.exit'), stdout: fixture('mypy/syntaxerr.stdout') })
    expect(readMypy(syntax, 'mypy')).toMatchObject({ status: 'fail', errors: 1 })
  })

  it('is unknown when mypy checked nothing, and passes a clean run', () => {
    const missing = runResult({
      exitCode: fixtureExit('mypy/missing-path.exit'),
      stderr: fixture('mypy/missing-path.stderr')
    })
    expect(readMypy(missing, 'mypy')).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/can't read file/)
    })
    expect(readMypy(runResult({ stdout: fixture('mypy/clean.stdout') }), 'mypy')).toMatchObject({
      status: 'pass',
      errors: 0
    })
  })
})
