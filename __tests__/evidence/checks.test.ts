import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { planAudit, readAudit } from '../../src/evidence/checks/audit.js'
import { readBuild } from '../../src/evidence/checks/build.js'
import { readLint } from '../../src/evidence/checks/lint.js'
import { readTests } from '../../src/evidence/checks/tests.js'
import { readTypecheck } from '../../src/evidence/checks/typecheck.js'
import { detectToolchain } from '../../src/evidence/toolchain.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import { fixture, fixtureExit, runResult } from '../helpers.js'

describe('readTypecheck', () => {
  it.each(['tsc-ts59', 'tsc-typescript'])('fails with the count whatever non-zero exit code %s uses', (version) => {
    const result = runResult({
      exitCode: fixtureExit(`tsc/${version}/errors.pretty-false.exit`),
      stdout: fixture(`tsc/${version}/errors.pretty-false.stdout`)
    })
    expect(readTypecheck(result, 'tsc --noEmit', 'tsc')).toMatchObject({
      status: 'fail',
      errors: 5,
      byCode: { TS2322: 2 }
    })
  })

  it('is unknown, not clean, when tsc printed its help for want of a tsconfig', () => {
    const result = runResult({
      exitCode: fixtureExit('tsc/tsc-ts59/noconfig.exit'),
      stdout: fixture('tsc/tsc-ts59/noconfig.stdout')
    })
    expect(readTypecheck(result, 'tsc --noEmit', 'tsc')).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/help text/)
    })
  })

  it('is unknown when only configuration errors were printed', () => {
    const result = runResult({ exitCode: 1, stdout: fixture('tsc/tsc-ts59/missing-project.stdout') })
    expect(readTypecheck(result, 'tsc -p missing.json', 'tsc')).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/TS5058/)
    })
  })

  it('is unknown when the script failed without any diagnostic', () => {
    const result = runResult({ exitCode: 127, stderr: 'sh: 1: tsc: not found' })
    expect(readTypecheck(result, 'npm run typecheck', 'script')).toMatchObject({ status: 'unknown' })
  })

  it('passes with zero errors on a clean run', () => {
    expect(readTypecheck(runResult(), 'tsc', 'tsc')).toMatchObject({ status: 'pass', errors: 0 })
  })

  it('is unknown when the run timed out', () => {
    const result = runResult({ exitCode: null, signal: 'SIGKILL', timedOut: true, durationMs: 900_000 })
    expect(readTypecheck(result, 'tsc', 'tsc')).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/900 s \(timeout\)/)
    })
  })
})

describe('readTests', () => {
  const meta = { runner: 'jest' as const, command: 'npm test' }

  it('fails a run whose only failures are files that could not load', () => {
    const evidence = readTests(runResult({ exitCode: 1 }), fixture('jest/suitefail.json'), meta)
    expect(evidence).toMatchObject({ status: 'fail', failed: 0, failedSuites: 4, passed: 2 })
  })

  it('is unknown when the runner wrote no report, as vitest 5 does on Node 20', () => {
    const evidence = readTests(
      runResult({ exitCode: fixtureExit('vitest/vitest-5.1.1/mixed.multi.exit') }),
      undefined,
      { ...meta, runner: 'vitest' }
    )
    expect(evidence).toMatchObject({ status: 'unknown', reason: 'vitest wrote no report (exit code 1)' })
    expect(evidence.total).toBeUndefined()
  })

  it('is unknown when the report is an empty file', () => {
    expect(readTests(runResult({ exitCode: 1 }), '', meta)).toMatchObject({ status: 'unknown' })
  })

  it('fails "no tests found" although jest\'s JSON says success', () => {
    const evidence = readTests(
      runResult({ exitCode: fixtureExit('jest/notests.exit') }),
      fixture('jest/notests.json'),
      meta
    )
    expect(evidence).toMatchObject({ status: 'fail', total: 0, reason: 'no tests were found' })
  })

  it('passes a clean run with its counts', () => {
    expect(readTests(runResult(), fixture('jest/clean.json'), meta)).toMatchObject({
      status: 'pass',
      total: 2,
      passed: 2
    })
  })

  it('reads node:test JUnit reports', () => {
    const evidence = readTests(runResult({ exitCode: 1 }), fixture('node-test/mixed.junit.xml'), {
      runner: 'node:test',
      command: 'npm test'
    })
    expect(evidence).toMatchObject({ status: 'fail', total: 9, passed: 3, failed: 2 })
  })
})

describe('readBuild', () => {
  it('fails with the first error lines, skipping npm banners and warnings', () => {
    const result = runResult({
      exitCode: 2,
      stdout: '\n> lib@1.0.0 build\n> tsc\n\nsrc/a.ts(1,1): error TS2307: Cannot find module',
      stderr: 'npm warn Unknown user config "nodedir".'
    })
    expect(readBuild(result, 'npm run build')).toMatchObject({
      status: 'fail',
      firstErrors: ['src/a.ts(1,1): error TS2307: Cannot find module']
    })
  })

  it('could not start: unknown', () => {
    expect(readBuild(runResult({ exitCode: null, spawnError: 'spawn npm ENOENT' }), 'npm run build')).toMatchObject({
      status: 'unknown'
    })
  })

  it('names a missing package manager and the setup step that provides it', () => {
    expect(readBuild(runResult({ exitCode: null, spawnError: 'spawn pnpm ENOENT' }), 'pnpm run build').reason).toBe(
      'the build could not be started: pnpm is not installed or not on PATH (add pnpm/action-setup before the gate)'
    )
    expect(readBuild(runResult({ exitCode: null, spawnError: 'spawn /opt/x/tool EACCES' }), 'x').reason).toBe(
      'the build could not be started: spawn /opt/x/tool EACCES'
    )
  })
})

describe('readAudit', () => {
  it('is unknown when npm audit could not reach the advisory endpoint, never zero', () => {
    const result = runResult({ exitCode: 1, stdout: fixture('npm-audit/full.json.stdout') })
    const evidence = readAudit(result, 'npm', 'npm audit --json')
    expect(evidence.status).toBe('unknown')
    expect(evidence.total).toBeUndefined()
  })

  it('fails with counts when vulnerabilities were found', () => {
    const result = runResult({ exitCode: 1, stdout: fixture('npm-audit/mock.full.json.stdout') })
    expect(readAudit(result, 'npm', 'npm audit --json')).toMatchObject({
      status: 'fail',
      total: 3,
      reason: '3 vulnerable packages (1 critical, 2 high)'
    })
  })

  it('reads the whole report from the log file when the output kept in memory was cut', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gate-audit-'))
    writeFileSync(join(root, 'package.json'), '{"packageManager":"yarn@4.18.1"}')
    writeFileSync(join(root, 'yarn.lock'), '__metadata:\n')
    const log = join(root, 'audit.stdout.log')
    const whole = fixture('yarn-berry-audit/mock.full.json.stdout')
    writeFileSync(log, whole)
    const fs = createFileSystem()
    const plan = planAudit({ toolchain: (await detectToolchain(fs, root))!, fs, workDir: root, timeoutMs: 1000 })
    if (!('interpret' in plan)) throw new Error('the audit was not planned to run')
    const lines = whole.trimEnd().split('\n')
    const cut = [lines[0], '… 900 characters not kept in memory …', lines.at(-1)].join('\n')
    const interpret = (truncated: boolean) =>
      plan.interpret(runResult({ exitCode: 1, stdout: cut, stdoutPath: log, truncated }))
    expect(await interpret(true)).toMatchObject({ status: 'fail', tool: 'yarn-berry', total: 5 })
    expect(await interpret(false)).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/not JSON/) })
  })
})

describe('readLint', () => {
  it('is unknown when ESLint crashed (exit 2)', () => {
    const result = runResult({
      exitCode: fixtureExit('eslint/badconfig.exit'),
      stderr: fixture('eslint/badconfig.stderr')
    })
    expect(readLint(result, undefined, 'npm run lint')).toMatchObject({ status: 'unknown' })
  })

  it('fails with the counts of the JSON report', () => {
    const result = runResult({ exitCode: 1 })
    expect(readLint(result, fixture('eslint/errors.output-file.json'), 'npm run lint')).toMatchObject({
      status: 'fail',
      errors: 5,
      warnings: 3
    })
  })

  it('passes with warnings only', () => {
    expect(readLint(runResult(), fixture('eslint/warnonly.json.stdout'), 'npm run lint')).toMatchObject({
      status: 'pass',
      errors: 0
    })
  })
})

describe('readTypecheck on project references', () => {
  it('is unknown when the diagnostics sit in a tsconfig file: nothing was checked', () => {
    const stdout =
      "packages/app/tsconfig.json(4,18): error TS6377: Cannot write file '.out/tsconfig.tsbuildinfo' because it will overwrite '.tsbuildinfo' file generated by referenced project"
    expect(readTypecheck(runResult({ exitCode: 2, stdout }), 'tsc -b', 'tsc')).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/TS6377/)
    })
  })

  it('still counts an unused variable (TS6133) as a type error', () => {
    const stdout = "src/price.ts(3,9): error TS6133: 'rounding' is declared but its value is never read."
    expect(readTypecheck(runResult({ exitCode: 2, stdout }), 'tsc', 'tsc')).toMatchObject({ status: 'fail', errors: 1 })
  })
})
