import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers.js'
import { runDist } from './run-dist.js'

/** pnpm 10 and yarn 1 come from this project's devDependencies, found on PATH as a runner's setup step would put them. */
const PATH = `${join(PROJECT_DIR, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`

function gate(example: string) {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-pm-')), 'r.json')
  const run = runDist(
    'cli.js',
    [join(EXAMPLES_DIR, example), '--no-install', '--quiet', '--checks', 'tests', '--json', json],
    { PATH }
  )
  const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport
  return { ...run, report, verdicts: report.claims.map((c) => `${c.line} ${c.kind}=${String(c.claimed)} ${c.verdict}`) }
}

describe.each([
  ['pnpm-node-test', 'pnpm (pnpm-lock.yaml)', 'pnpm run test'],
  ['yarn-node-test', 'yarn (yarn.lock)', 'yarn run test']
])('%s, run by its own package manager', (example, detected, command) => {
  const result = gate(example)

  it('is detected from its lockfile and runs the test script through it', () => {
    expect(result.report.notes).toContain(`package manager: ${detected}`)
    expect(result.report.evidence.tests).toMatchObject({ runner: 'node:test', command, total: 4, passed: 3, failed: 1 })
  })

  it('judges the report with node:test counts read from its JUnit report', () => {
    expect(result.status).toBe(1)
    expect(result.verdicts.filter((v) => v.endsWith('contradicted'))).toHaveLength(1)
  })
})

describe('a pnpm workspace', () => {
  const result = gate('pnpm-workspace')

  it('reads its packages from pnpm-workspace.yaml and runs each through pnpm', () => {
    expect(
      result.report.evidence.packages?.map((p) => [p.path, p.name, p.tests.command, p.tests.total, p.tests.failed])
    ).toEqual([
      ['packages/api', '@ws/api', 'pnpm run test', 2, 0],
      ['packages/ui', '@ws/ui', 'pnpm run test', 2, 1]
    ])
  })

  it('judges claims scoped by package name on that package', () => {
    expect(result.verdicts).toEqual([
      '3 tests.passed=2 verified',
      '3 tests.total=2 verified',
      '4 tests.passed=2 contradicted',
      '4 tests.total=2 verified'
    ])
  })
})
