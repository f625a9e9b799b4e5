import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { EXAMPLES_DIR, repositoryWith } from '../helpers.js'
import { runDist } from './run-dist.js'

/** Runs the bundled CLI on an example without installing, and reads its JSON report. */
function gate(example: string, ...args: string[]) {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-e2e-')), 'report.json')
  const run = runDist('cli.js', [join(EXAMPLES_DIR, example), '--no-install', '--quiet', '--json', json, ...args])
  const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport
  const verdicts = report.claims.map(
    (c) =>
      `${c.line} ${c.kind}=${String(c.claimed)} ${c.verdict}${c.actual === undefined ? '' : ` (${String(c.actual)})`}`
  )
  return { ...run, report, verdicts }
}

describe('the bundled CLI on real example repositories', () => {
  describe('a jest project whose report overclaims', () => {
    const result = gate('jest-overclaiming')

    it('exits 1 because claims are contradicted', () => {
      expect(result.status).toBe(1)
      expect(result.report.verdict).toBe('fail')
    })

    it('gathers the real numbers from tsc and jest, counting the file that failed to load', () => {
      expect(result.report.evidence.typecheck).toMatchObject({
        status: 'fail',
        errors: 2,
        byCode: { TS2322: 1, TS2345: 1 }
      })
      expect(result.report.evidence.tests).toMatchObject({
        status: 'fail',
        runner: 'jest',
        total: 5,
        passed: 3,
        failed: 2,
        failedSuites: 1
      })
      expect(result.report.evidence.build.status).toBe('fail')
      expect(result.report.evidence.audit).toMatchObject({
        status: 'unknown',
        reason: 'a dependency audit needs a lockfile and there is none'
      })
    })

    it('gives each claim its exact verdict, verifying the honest build failure and honouring the ignore marker', () => {
      expect(result.verdicts).toEqual([
        '5 tests.passed=5 contradicted (3)',
        '5 tests.total=5 verified (5)',
        '6 typecheck.errors=0 contradicted (2)',
        '7 typecheck.errors=0 verified (0)',
        '8 build.passing=false verified (false)',
        '9 tests.failed=0 contradicted (2)'
      ])
    })

    it('prints contradicted claims with file and line', () => {
      expect(result.stdout).toContain('CONTRADICTED SESSION_REPORT.md:5')
      expect(result.stdout).toMatch(/verified\s+SESSION_REPORT.md:8/)
    })
  })

  describe('a vitest project whose report is honest', () => {
    const result = gate('vitest-honest')

    it('verifies every claim and exits 0', () => {
      expect(result.status).toBe(0)
      expect(result.verdicts).toEqual([
        '5 tests.passed=4 verified (4)',
        '5 tests.total=4 verified (4)',
        '6 typecheck.clean=true verified (true)',
        '7 build.passing=true verified (true)',
        '9 tests.allPassing=true verified (true)'
      ])
      expect(result.report.evidence.tests).toMatchObject({ runner: 'vitest', total: 4, passed: 4 })
    })
  })

  describe('a project whose tools cannot run', () => {
    const result = gate('broken-tools')

    it('calls every claim unverifiable with the reason, never verified, and exits 0', () => {
      expect(result.status).toBe(0)
      expect(result.report.counts).toEqual({ verified: 0, contradicted: 0, stale: 0, unverifiable: 4 })
      expect(result.report.evidence.typecheck).toMatchObject({
        status: 'unknown',
        reason: expect.stringMatching(/TS5058/)
      })
      expect(result.report.evidence.tests).toMatchObject({
        status: 'unknown',
        reason: 'jest wrote no report (exit code 1)'
      })
      expect(result.report.evidence.tests.total).toBeUndefined()
    })
  })

  describe('the JSON report', () => {
    it('follows schemaVersion 1: repo-relative files, 1-based lines and every documented field', () => {
      const { report } = gate('jest-overclaiming')
      expect(Object.keys(report).sort()).toEqual([
        'claims',
        'counts',
        'evidence',
        'notes',
        'readiness',
        'reports',
        'repository',
        'schemaVersion',
        'selfContradictions',
        'verdict'
      ])
      expect(report.schemaVersion).toBe(1)
      expect(Object.keys(report.evidence).sort()).toEqual(['audit', 'build', 'coverage', 'lint', 'tests', 'typecheck'])
      expect(report.claims[0]).toEqual(
        expect.objectContaining({
          file: 'SESSION_REPORT.md',
          line: 5,
          text: '- ✅ 5/5 tests passing',
          kind: 'tests.passed',
          verdict: 'contradicted',
          claimed: 5,
          actual: 3,
          reason: expect.any(String)
        })
      )
    })
  })

  describe('when the gate itself cannot run', () => {
    it('exits 2 for an unknown flag, with usage', () => {
      const run = runDist('cli.js', ['--bogus'])
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/Unknown option '--bogus'[\s\S]*Usage:/)
    })

    it('exits 2 for a directory that does not exist', () => {
      const run = runDist('cli.js', ['/no/such/dir', '--quiet'])
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/does not exist/)
    })

    it('exits 2 for a directory that is a file, saying so rather than reporting an internal error', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'gate-file-')), 'README.md')
      writeFileSync(file, '# A file\n')
      const run = runDist('cli.js', [file, '--quiet'])
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(`The directory ${file} is a file; expected a folder`)
      expect(run.stderr).not.toMatch(/internal error/)
    })

    it('exits 2 when a report file cannot be written, naming it, rather than reporting an internal error', () => {
      const folder = mkdtempSync(join(tmpdir(), 'gate-out-'))
      const run = runDist('cli.js', [join(EXAMPLES_DIR, 'vitest-honest'), '--no-install', '--quiet', '--json', folder])
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(`The report file ${folder} could not be written: EISDIR`)
      expect(run.stderr).not.toMatch(/internal error/)
    })

    it('exits 2 for a bad setting, naming the flag', () => {
      const run = runDist('cli.js', ['.', '--checks', 'tests,nope'])
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/--checks: .*received "tests,nope"/)
    })
  })
})

describe('report globs given with --reports', () => {
  /** The repository's reports a glob selects, read in a run that may take at most `timeoutMs`. */
  function reportsOf(files: Record<string, string>, glob: string, timeoutMs = 240_000) {
    const dir = repositoryWith(files)
    const json = join(dir, '..', `${Date.now()}-reports.json`)
    const run = runDist(
      'cli.js',
      [dir, '--quiet', '--checks', 'tests', '--reports', glob, '--json', json],
      {},
      timeoutMs
    )
    expect(run.stderr).not.toMatch(/internal error/)
    expect(run.status).not.toBeNull()
    return (JSON.parse(readFileSync(json, 'utf8')) as GateReport).reports
  }

  it('reads the reports that a glob starting with ./ names', () => {
    expect(reportsOf({ 'docs/STATUS.md': '- ✅ 3/3 tests passing\n' }, './docs/*.md')).toEqual(['docs/STATUS.md'])
  })

  it('matches a glob of many stars against long names at once (a backtracking pattern took a minute a name)', () => {
    const files = {
      [`${'a'.repeat(40)}.txt`]: 'not a report\n',
      [`${'b'.repeat(40)}.txt`]: 'not a report\n',
      [`${'a'.repeat(12)}-STATUS.md`]: '- ✅ 3/3 tests passing\n'
    }
    // Killed after 60 s: with ten stars, the first name above took over a minute; with twelve, far longer.
    expect(reportsOf(files, `${'*a'.repeat(12)}*.md`, 60_000)).toEqual([`${'a'.repeat(12)}-STATUS.md`])
  })
})

describe('comparison with a base report', () => {
  it('says what changed since a report of the base branch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-base-'))
    const baseJson = join(dir, 'base.json')
    runDist('cli.js', [join(EXAMPLES_DIR, 'vitest-honest'), '--no-install', '--quiet', '--json', baseJson])
    const run = runDist('cli.js', [
      join(EXAMPLES_DIR, 'jest-overclaiming'),
      '--no-install',
      '--quiet',
      '--baseline',
      baseJson,
      '--json',
      join(dir, 'now.json')
    ])
    const report = JSON.parse(readFileSync(join(dir, 'now.json'), 'utf8')) as GateReport
    expect(report.sinceBase).toEqual(
      expect.arrayContaining([
        { figure: 'build', base: 'pass', now: 'fail' },
        { figure: 'tests failed', base: 0, now: 2 },
        { figure: 'type errors', base: 0, now: 2 }
      ])
    )
    expect(run.stdout).toMatch(/since the base: .*tests failed 0 → 2/)
  })
})

describe('coverage, measured because the report claims it', () => {
  it('runs jest with coverage and judges each metric', () => {
    const { report } = gate('jest-coverage', '--checks', 'tests')
    expect(report.evidence.coverage).toMatchObject({
      status: 'pass',
      lines: 100,
      statements: 83.33,
      functions: 100,
      branches: 50
    })
    expect(report.claims.map((c) => `${c.line} ${c.kind} ${c.verdict}`)).toEqual([
      '3 coverage.percent verified',
      '4 coverage.percent contradicted',
      '5 coverage.percent verified',
      '6 tests.passed verified',
      '6 tests.total verified'
    ])
  })

  it('is not measured when no claim is about coverage', () => {
    const { report } = gate('vitest-honest')
    expect(report.evidence.coverage).toEqual({
      status: 'skipped',
      reason: 'no claim is about coverage; it is measured only when one is'
    })
  })
})

describe('ESLint with a flat config, run through the lint script', () => {
  it('reads the counts from its JSON report', () => {
    const { report } = gate('eslint-flat', '--checks', 'lint')
    expect(report.evidence.lint).toMatchObject({
      status: 'fail',
      errors: 1,
      warnings: 2,
      reason: '1 error, 2 warnings'
    })
    expect(report.claims.map((c) => `${c.kind} ${c.verdict} ${c.suggestion ?? ''}`.trim())).toEqual([
      'lint.errors contradicted - ESLint: 1 error',
      'lint.warnings verified'
    ])
  })
})

describe('TypeScript project references', () => {
  it('builds them with tsc -b and counts the errors of every project', () => {
    const { report } = gate('tsc-references', '--checks', 'typecheck')
    expect(report.evidence.typecheck).toMatchObject({
      status: 'fail',
      command: 'tsc -b',
      errors: 2,
      byCode: { TS2322: 2 }
    })
    expect(report.claims[0]).toMatchObject({ verdict: 'contradicted', actual: 2 })
  })
})

describe('the log of a failing check', () => {
  it('keeps the end of the tool output, since the log files go with the run', () => {
    const run = runDist('cli.js', [join(EXAMPLES_DIR, 'jest-overclaiming'), '--no-install', '--checks', 'build'])
    const group = run.stderr.slice(run.stderr.indexOf('▸ build: npm run build'))
    expect(group).toMatch(/^build: fail — the build script failed \(exit code 2\)$/m)
    expect(group).toMatch(/^stdout:\n {2}> jest-overclaiming@1\.0\.0 build\n/m)
    expect(group).toMatch(/^ {2}src\/cart\.ts\(15,28\): error TS2345/m)
  })
})

describe('a project with vitest 3 installed in its own node_modules', () => {
  it('reads the counts of the JSON report vitest 3 writes', () => {
    const version = execFileSync(join(EXAMPLES_DIR, 'vitest-3', 'node_modules', '.bin', 'vitest'), ['--version'], {
      encoding: 'utf8'
    })
    expect(version).toMatch(/^vitest\/3\.2\.7 /)
    const { report } = gate('vitest-3', '--checks', 'tests')
    expect(report.evidence.tests).toMatchObject({
      status: 'fail',
      runner: 'vitest',
      total: 5,
      passed: 3,
      failed: 1,
      skipped: 1,
      failedSuites: 0
    })
    expect(report.claims.map((c) => `${c.kind} ${c.verdict}`)).toEqual([
      'tests.passed contradicted',
      'tests.total contradicted'
    ])
  })
})

describe('a Vue project with vue-tsc installed and no typecheck script', () => {
  it('checks .vue files with vue-tsc, which finds the two errors plain tsc cannot see', () => {
    const { report } = gate('vue-typecheck', '--checks', 'typecheck')
    expect(report.evidence.typecheck).toMatchObject({
      status: 'fail',
      tool: 'vue-tsc',
      command: 'vue-tsc --noEmit',
      errors: 3,
      byCode: { TS2322: 2, TS2345: 1 }
    })
    expect(report.evidence.typecheck.firstErrors?.[0]).toMatch(/^src\/Counter\.vue\(5,7\): error TS2322/)
    expect(report.claims.map((c) => `${c.kind} ${c.verdict} ${String(c.actual)}`)).toEqual([
      'typecheck.errors contradicted 3',
      'typecheck.errors contradicted 1'
    ])
  })
})

describe('mocha, run through the test script with its JSON reporter', () => {
  it('reads the counts of the file mocha wrote', () => {
    const { report } = gate('mocha-basic', '--checks', 'tests')
    expect(report.evidence.tests).toMatchObject({
      status: 'fail',
      runner: 'mocha',
      total: 5,
      passed: 3,
      failed: 1,
      skipped: 1
    })
    expect(report.claims.map((c) => `${c.kind} ${c.verdict}`)).toEqual([
      'tests.passed contradicted',
      'tests.total verified'
    ])
  })
})

describe('a structured claims file', () => {
  it('is read by the YAML parser the bundle loads only when a repository has one', () => {
    const root = repositoryWith({
      'package.json': JSON.stringify({ name: 'app', scripts: { build: 'node -e "process.exit(3)"' } }),
      '.github/readiness.yml': 'claims:\n  - kind: build.passing\n    value: true\n'
    })
    const json = join(root, 'report.json')
    const run = runDist('cli.js', [root, '--no-install', '--quiet', '--checks', 'build', '--json', json])
    const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport
    expect(report.claims.map((c) => `${c.file}:${c.line} ${c.kind} ${c.verdict}`)).toEqual([
      '.github/readiness.yml:2 build.passing contradicted'
    ])
    expect(run.status).toBe(1)
  })
})
