import { afterAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { EXAMPLES_DIR } from '../helpers.js'
import { runDist } from './run-dist.js'

/**
 * A fresh copy of the example, so no build output from an earlier run is there to test. It stays under
 * the examples folder (in an ignored .tmp- folder) so tsc is found in this project's node_modules.
 */
function copy(change?: (dir: string) => void): string {
  const dir = join(mkdtempSync(join(EXAMPLES_DIR, '.tmp-order-')), 'build-then-test')
  cpSync(join(EXAMPLES_DIR, 'build-then-test'), dir, { recursive: true, filter: (path) => !path.endsWith('.out') })
  change?.(dir)
  copies.push(dir)
  return dir
}

function gate(dir: string, checks = 'build,tests', ...args: string[]) {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-order-')), 'report.json')
  const run = runDist('cli.js', [dir, '--no-install', '--quiet', '--checks', checks, '--json', json, ...args])
  return { ...run, report: JSON.parse(readFileSync(json, 'utf8')) as GateReport }
}

const copies: string[] = []
afterAll(() => copies.forEach((dir) => rmSync(join(dir, '..'), { recursive: true, force: true })))

describe('tests that run the build output (node --test .out/, the outDir)', () => {
  it('run after the build and count what the built files test', () => {
    const { report } = gate(copy())
    expect(report.evidence.tests).toMatchObject({ status: 'pass', runner: 'node:test', total: 3, passed: 3 })
    expect(report.notes).toContain('tests run after the build, whose output they use: the repository')
  })

  it('are unknown when the build fails, instead of testing missing output', () => {
    const dir = copy((d) => appendFileSync(join(d, 'src', 'slug.ts'), '\nexport const broken: number = "one"\n'))
    const { report, status } = gate(dir)
    expect(report.evidence.build.status).toBe('fail')
    expect(report.evidence.tests).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/^the tests run the build's output, and the build did not succeed/)
    })
    expect(report.claims.map((c) => `${c.kind} ${c.verdict}`)).toEqual([
      'build.passing contradicted',
      'tests.passed unverifiable',
      'tests.total unverifiable'
    ])
    expect(status).toBe(1)
  })

  it('say so when the build is not among the checks, and run on whatever output there is', () => {
    const { report } = gate(copy(), 'tests')
    expect(
      report.notes.some((n) => n.startsWith("tests use the build's output, but the build is not among the checks"))
    ).toBe(true)
    expect(report.evidence.tests.status).not.toBe('pass')
  })

  it('run at once, on missing output, when tests-after-build is false', () => {
    const { report } = gate(copy(), 'build,tests', '--tests-after-build', 'false')
    expect(report.notes.some((n) => n.startsWith('tests run after the build'))).toBe(false)
    expect(report.evidence.build.status).toBe('pass')
    expect(report.evidence.tests.status).not.toBe('pass')
  })
})

describe('tests-after-build', () => {
  it('makes tests that do not use the build wait for it when true', () => {
    const { report } = gate(join(EXAMPLES_DIR, 'vitest-honest'), 'build,tests', '--tests-after-build', 'true')
    expect(report.notes).toContain('tests run after the build, as tests-after-build asks: the repository')
    expect(report.evidence.tests).toMatchObject({ status: 'pass', total: 4 })
  })

  it('names the flag, what it takes and what it got when the value is wrong', () => {
    const run = runDist('cli.js', [copy(), '--tests-after-build', 'sometimes'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/--tests-after-build.*"auto".*"true".*"false".*sometimes/s)
  })
})
