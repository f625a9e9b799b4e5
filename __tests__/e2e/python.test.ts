import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { EXAMPLES_DIR, TESTS_DIR } from '../helpers.js'
import { runDist } from './run-dist.js'

/** Debian's python3-pytest and mypy (installed by .ci/run) live with /usr/bin/python3. */
const PATH = `/usr/bin:${process.env.PATH ?? ''}`

const toolsPresent = spawnSync('/usr/bin/python3', ['-c', 'import pytest, mypy, coverage']).status === 0
if (!toolsPresent && process.env.REQUIRE_PYTHON_TOOLS) {
  throw new Error(
    "Debian's python3-pytest, mypy and python3-coverage are required here (REQUIRE_PYTHON_TOOLS is set) but /usr/bin/python3 cannot import them"
  )
}
if (!toolsPresent)
  process.stderr.write(
    "Skipping the Python end-to-end tests: install Debian's python3-pytest, mypy and python3-coverage to run them\n"
  )

;(toolsPresent ? describe : describe.skip)('the bundled CLI on a Python project, with the real pytest and mypy', () => {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-python-')), 'r.json')
  const run = runDist('cli.js', [join(EXAMPLES_DIR, 'python-mixed'), '--quiet', '--json', json], { PATH })
  const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport

  it('reads pytest and mypy results as evidence', () => {
    expect(report.evidence.tests).toMatchObject({ status: 'fail', runner: 'pytest', total: 4, passed: 3, failed: 1 })
    expect(report.evidence.typecheck).toMatchObject({
      status: 'fail',
      tool: 'mypy',
      errors: 1,
      byCode: { 'return-value': 1 }
    })
    expect(report.evidence.build.reason).toBe('no JavaScript toolchain, and no Python tool for this check')
  })

  it('judges the report, comparing a mypy claim with mypy', () => {
    expect(report.claims.map((c) => `${c.line} ${c.kind}=${String(c.claimed)} ${c.verdict}`)).toEqual([
      '3 tests.passed=4 contradicted',
      '4 tests.failed=1 verified',
      '5 typecheck.clean=true contradicted'
    ])
    expect(run.status).toBe(1)
  })
})

;(toolsPresent ? describe : describe.skip)(
  'a Python project that uses coverage.py, when a report claims coverage',
  () => {
    const json = join(mkdtempSync(join(tmpdir(), 'gate-python-cov-')), 'r.json')
    const run = runDist(
      'cli.js',
      [join(EXAMPLES_DIR, 'python-coverage'), '--quiet', '--checks', 'tests', '--json', json],
      {
        PATH
      }
    )
    const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport

    it('runs pytest under coverage.py with its own config and reads `coverage json`', () => {
      expect(report.evidence.tests).toMatchObject({
        status: 'pass',
        command: expect.stringMatching(/^python3 -m coverage run -m pytest /),
        total: 2
      })
      // coverage report prints: shop.py 8 statements, 2 missed, 4 branches, 2 partial, TOTAL 67%.
      expect(report.evidence.coverage).toMatchObject({ status: 'pass', lines: 75, branches: 50, total: 66.67 })
    })

    it('verifies the TOTAL as coverage report prints it, and judges each named metric', () => {
      expect(report.claims.filter((c) => c.kind === 'coverage.percent').map((c) => `${c.line} ${c.verdict}`)).toEqual([
        '4 verified',
        '5 contradicted',
        '6 verified'
      ])
      expect(run.status).toBe(1)
    })
  }
)

/** A folder holding `ruff`: the stand-in that runs ruff's own rules engine (see __tests__/tools/ruff.mjs). */
function ruffOnPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-ruff-bin-'))
  symlinkSync(join(TESTS_DIR, 'tools', 'ruff.mjs'), join(dir, 'ruff'))
  return `${dir}:${process.env.PATH ?? ''}`
}

describe('the bundled CLI on a Python project that configures ruff', () => {
  const gate = (path: string) => {
    const json = join(mkdtempSync(join(tmpdir(), 'gate-python-ruff-')), 'r.json')
    const run = runDist('cli.js', [join(EXAMPLES_DIR, 'python-ruff'), '--quiet', '--json', json], { PATH: path })
    return { run, report: JSON.parse(readFileSync(json, 'utf8')) as GateReport }
  }

  it('runs ruff as the lint check and judges the lint claims by its count', () => {
    const { run, report } = gate(ruffOnPath())
    expect(report.evidence.lint).toMatchObject({
      status: 'fail',
      command: 'ruff check --output-format json --no-cache .',
      errors: 3,
      warnings: 0
    })
    expect(report.evidence.lint.firstErrors?.map((line) => line.replace(/^.*\/shop\//, 'shop/'))).toEqual([
      'shop/cart.py:2: `os` imported but unused (F401)',
      'shop/cart.py:6: Comparison to `None` should be `cond is None` (E711)',
      'shop/cart.py:11: Do not use mutable data structures for argument defaults (B006)'
    ])
    expect(report.claims.map((c) => `${c.line} ${c.kind}=${String(c.claimed)} ${c.verdict}`)).toEqual([
      '3 file.exists=shop/tax.py verified',
      '4 lint.errors=0 contradicted',
      '4 lint.warnings=0 verified'
    ])
    expect(run.status).toBe(1)
    expect(existsSync(join(EXAMPLES_DIR, 'python-ruff', '.ruff_cache'))).toBe(false)
  })

  it('leaves the lint claims unverifiable when ruff is not installed, and says how to install it', () => {
    const { run, report } = gate('/usr/bin:/bin')
    expect(report.evidence.lint).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('ruff is not installed or not on PATH')
    })
    expect(report.claims.filter((c) => c.kind.startsWith('lint')).map((c) => c.verdict)).toEqual([
      'unverifiable',
      'unverifiable'
    ])
    expect(run.status).toBe(0)
  })
})
