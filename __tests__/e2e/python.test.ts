import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { EXAMPLES_DIR } from '../helpers.js'
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
