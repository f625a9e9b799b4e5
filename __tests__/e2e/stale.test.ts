import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { runDist } from './run-dist.js'

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()
}

function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-qm', message)
  return git(cwd, 'rev-parse', 'HEAD')
}

function gate(dir: string, ...args: string[]) {
  const json = join(mkdtempSync(join(tmpdir(), 'stale-report-')), 'r.json')
  const run = runDist('cli.js', [dir, '--checks', 'tests', '--no-install', '--quiet', '--json', json, ...args])
  const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport
  return { status: run.status, report, verdicts: report.claims.map((c) => `${c.line} ${c.kind} ${c.verdict}`) }
}

/**
 * A node:test project whose report was true when written (2 tests pass), then drifted on the base
 * branch (a failing test was added), and a pull request on top that does not touch the report.
 */
describe('claims that drifted versus claims a change wrote', () => {
  let repo: string
  let base: string

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'stale-repo-'))
    mkdirSync(join(repo, 'test'))
    writeFileSync(
      join(repo, 'package.json'),
      JSON.stringify({ name: 'drift', private: true, scripts: { test: 'node --test test/' } })
    )
    writeFileSync(
      join(repo, 'test', 'a.test.js'),
      "const test = require('node:test')\ntest('one', () => {})\ntest('two', () => {})\n"
    )
    writeFileSync(join(repo, 'STATUS.md'), '# Status\n\n- ✅ All tests passing\n- Tests: 2 total\n')
    git(repo, 'init', '-q', '-b', 'main')
    commitAll(repo, 'report written while true')
    writeFileSync(
      join(repo, 'test', 'b.test.js'),
      "const test = require('node:test')\ntest('three', () => { throw new Error('no') })\n"
    )
    base = commitAll(repo, 'a failing test lands on main')
    writeFileSync(join(repo, 'README.md'), '# drift\n')
    commitAll(repo, 'the pull request: an unrelated change')
  })

  it('reports a claim the change did not touch as stale, and passes by default', () => {
    const result = gate(repo, '--base', base)
    expect(result.verdicts).toEqual(['3 tests.allPassing stale', '4 tests.total stale'])
    expect(result.report.counts).toMatchObject({ stale: 2, contradicted: 0 })
    expect(result.report.claims[0]?.reason).toMatch(/\(stale: written in [0-9a-f]{7}, before this change\)$/)
    expect(result.status).toBe(0)
  })

  it('fails on stale claims when fail-on asks for it', () => {
    expect(gate(repo, '--base', base, '--fail-on', 'contradicted,stale').status).toBe(1)
  })

  it('keeps a claim the change wrote contradicted, naming its commit', () => {
    const pr = mkdtempSync(join(tmpdir(), 'stale-pr-'))
    git(pr, 'clone', '-q', repo, '.')
    writeFileSync(join(pr, 'STATUS.md'), '# Status\n\n- ✅ All tests passing\n- Tests: 3 total, 3 passed\n')
    const head = commitAll(pr, 'the pull request edits the report')
    const result = gate(pr, '--base', base)
    expect(result.verdicts).toEqual([
      '3 tests.allPassing stale',
      '4 tests.passed contradicted',
      '4 tests.total verified'
    ])
    expect(result.report.claims[1]?.lastChangedIn).toBe(head)
    expect(result.status).toBe(1)
  })

  it('treats every claim as current without a base, or when the base is not in a shallow clone', () => {
    expect(gate(repo).verdicts).toEqual(['3 tests.allPassing contradicted', '4 tests.total contradicted'])
    const shallow = join(mkdtempSync(join(tmpdir(), 'stale-shallow-')), 'c')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow])
    const result = gate(shallow, '--base', base)
    expect(result.verdicts).toEqual(['3 tests.allPassing contradicted', '4 tests.total contradicted'])
    expect(result.report.notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/shallow/), expect.stringMatching(/is not in the history/)])
    )
  })
})
