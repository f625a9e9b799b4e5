import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { fixture, removeTree, tooDeepFolder } from '../helpers.js'
import { runDist } from './run-dist.js'

/** A repository with a report, and no toolchain: everything the gate knows comes from the settings. */
function repository(report: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-overrides-'))
  writeFileSync(join(dir, 'STATUS.md'), report)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

function gate(dir: string, ...args: string[]) {
  const json = join(dir, '..', `${Date.now()}-${Math.random()}.json`)
  const run = runDist('cli.js', [dir, '--quiet', '--no-install', '--json', json, ...args])
  return { ...run, report: JSON.parse(readFileSync(json, 'utf8')) as GateReport }
}

describe('results produced earlier in the workflow', () => {
  it('sums the counts of every test report the globs match, without running any test', () => {
    const dir = repository('- Tests: 29 total, 12 passed\n', {
      'reports/jest.json': fixture('jest/mixed.json'),
      'reports/node.junit.xml': fixture('node-test/mixed.junit.xml'),
      'reports/pytest.xml': fixture('pytest/mixed.junit.xml')
    })
    const { report } = gate(dir, '--checks', 'tests', '--test-results', 'reports/*.json,reports/*.xml')
    expect(report.evidence.tests).toMatchObject({
      status: 'fail',
      total: 29,
      passed: 10,
      failed: 7,
      command: 'read reports/*.json, reports/*.xml'
    })
    expect(report.claims.map((c) => `${c.kind} ${c.verdict}`)).toEqual([
      'tests.passed contradicted',
      'tests.total verified'
    ])
  })

  it('is unknown, never zero tests, when no report matches', () => {
    const { report } = gate(
      repository('- All tests passing\n'),
      '--checks',
      'tests',
      '--test-results',
      'reports/**/*.xml'
    )
    expect(report.evidence.tests).toMatchObject({
      status: 'unknown',
      reason: 'no file matches test-results (reports/**/*.xml)'
    })
    expect(report.claims[0]?.verdict).toBe('unverifiable')
  })

  it('names a folder it could not read, where a report may be missing, beside the counts it read', () => {
    const dir = repository('- ✅ All tests passing\n', { 'reports/jest.json': fixture('jest/clean.json') })
    tooDeepFolder(dir)
    try {
      const { report } = gate(dir, '--checks', 'tests', '--test-results', '**/*.json')
      expect(report.evidence.tests?.status).toBe('pass')
      expect(report.evidence.tests?.reason).toMatch(/ \(1 report; the folder deep\/(?:d{20}\/)+ could not be read\)$/)
    } finally {
      removeTree(dir)
    }
  })

  it('reads an audit report made earlier', () => {
    const dir = repository('- npm audit: 0 vulnerabilities\n', {
      'audit.json': fixture('npm-audit/mock.full.json.stdout')
    })
    const { report } = gate(dir, '--checks', 'audit', '--audit-report', 'audit.json')
    expect(report.evidence.audit).toMatchObject({ status: 'fail', tool: 'npm', total: 3 })
    expect(report.claims[0]).toMatchObject({ verdict: 'contradicted', actual: 3 })
  })

  it.each([
    ['pnpm-audit/mock.full.json.stdout', 'pnpm'],
    ['yarn-audit/mock.full.json.stdout', 'yarn'],
    ['yarn-berry-audit/mock.full.json.stdout', 'yarn-berry'],
    ['bun-audit/mock.full.json.stdout', 'bun']
  ])('tells from its shape which audit wrote %s', (path, tool) => {
    const dir = repository('- audit: 0 vulnerabilities\n', { 'audit.json': fixture(path) })
    const { report } = gate(dir, '--checks', 'audit', '--audit-report', 'audit.json')
    expect(report.evidence.audit).toMatchObject({ tool, status: 'fail', unit: 'advisories' })
  })
})

describe("commands of the user's own", () => {
  it('knows only pass or fail from a test command alone, and says how to get counts', () => {
    const { report } = gate(
      repository('- All tests passing\n- 37/37 tests passing\n'),
      '--checks',
      'tests',
      '--test-command',
      'echo 1 failing >&2; exit 3'
    )
    expect(report.evidence.tests).toMatchObject({
      status: 'fail',
      reason: 'the test command failed (exit code 3); give test-results to read the counts'
    })
    expect(report.claims.map((c) => c.verdict)).toEqual(['contradicted', 'unverifiable', 'unverifiable'])
  })

  it('runs the test command, then reads the reports it wrote', () => {
    const junit = fixture('node-test/mixed.junit.xml').replace(/"/g, '\\"')
    const command = `mkdir -p out && printf "%s" "${junit}" > out/junit.xml`
    const { report } = gate(
      repository('- Tests: 9 total\n'),
      '--checks',
      'tests',
      '--test-command',
      command,
      '--test-results',
      'out/*.xml'
    )
    expect(report.evidence.tests).toMatchObject({ total: 9, passed: 3, failed: 2, command })
  })

  it('reads a typecheck command as tsc output', () => {
    const dir = repository('- TypeScript: 0 errors\n', {
      'tsc.out': fixture('tsc/tsc-ts59/errors.pretty-false.stdout')
    })
    const { report } = gate(dir, '--checks', 'typecheck', '--typecheck-command', 'cat tsc.out; exit 2')
    expect(report.evidence.typecheck).toMatchObject({ status: 'fail', errors: 5 })
    expect(report.claims[0]).toMatchObject({ verdict: 'contradicted', actual: 5 })
  })
})
