import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { EXAMPLES_DIR } from '../helpers.js'
import { runDist } from './run-dist.js'

describe('an npm workspace: evidence per package, and claims scoped to a package', () => {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-ws-')), 'r.json')
  const run = runDist('cli.js', [join(EXAMPLES_DIR, 'npm-workspaces'), '--no-install', '--quiet', '--json', json])
  const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport

  it("runs each package's own checks with its own runner", () => {
    expect(
      report.evidence.packages?.map((p) => [
        p.path,
        p.name,
        p.tests.runner,
        p.tests.total,
        p.tests.failed,
        p.typecheck.errors
      ])
    ).toEqual([
      ['packages/core', '@demo/core', 'node:test', 3, 0, 0],
      ['packages/web', '@demo/web', 'jest', 2, 1, 1]
    ])
  })

  it('sums the packages for the repository', () => {
    expect(report.evidence.tests).toMatchObject({ status: 'fail', total: 5, passed: 4, failed: 1 })
    expect(report.evidence.typecheck).toMatchObject({ status: 'fail', errors: 1, byCode: { TS2322: 1 } })
  })

  it('compares a claim scoped by folder or package name with that package, and says when no package matches', () => {
    expect(report.claims.map((c) => `${c.line} ${c.kind} ${c.verdict}`)).toEqual([
      '3 tests.passed verified',
      '3 tests.total verified',
      '4 tests.passed contradicted',
      '4 tests.total verified',
      '5 typecheck.errors contradicted',
      '6 typecheck.errors verified',
      '7 tests.passed verified',
      '7 tests.total verified',
      '8 tests.passed unverifiable',
      '8 tests.total unverifiable',
      '14 tests.passed verified',
      '14 tests.total verified',
      '14 typecheck.clean verified',
      '15 tests.passed contradicted',
      '15 tests.total verified',
      '15 typecheck.clean contradicted',
      '16 tests.passed verified',
      '16 tests.total verified',
      '16 typecheck.errors verified',
      '18 tests.passed verified',
      '18 tests.total verified'
    ])
    expect(report.claims[4]?.reason).toBe('packages/web: claims 0; 1 type error')
    expect(report.claims[8]?.reason).toBe(
      'no workspace package is "apps/mobile" (the packages are packages/core, packages/web)'
    )
    expect(run.status).toBe(1)
  })

  it('reads a table of packages and checks as claims about each package, and its total row as the whole', () => {
    const byLine = (line: number) => report.claims.filter((c) => c.line === line)
    expect(byLine(15).map((c) => [c.scope, c.reason])).toEqual([
      ['@demo/web', 'packages/web: claims 2; 1 of 2 tests passed (1 failed)'],
      ['@demo/web', 'packages/web: claims 2; 2 tests ran'],
      ['@demo/web', 'packages/web: claims the typecheck passes; the typecheck fails: 1 type error']
    ])
    expect(byLine(16).every((c) => c.scope === undefined)).toBe(true)
  })

  it("judges a line labelled with a package's short name on that package", () => {
    expect(report.claims.filter((c) => c.line === 18).map((c) => c.reason)).toEqual([
      'packages/core: claims 3; 3 of 3 tests passed',
      'packages/core: claims 3; 3 tests ran'
    ])
  })
})
