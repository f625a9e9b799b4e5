import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import type { AdvisoryServer } from '../audit-server/advisory-server.js'
import { startAdvisoryServer } from '../audit-server/advisory-server.js'
import { EXAMPLES_DIR, toolPath, yarnBerryExample } from '../helpers.js'
import { runDist, runDistAsync } from './run-dist.js'

const PATH = toolPath()

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

/** Runs the gate with tests and audit, the audit pointed at the stand-in advisory service. */
async function gateWithAudit(repo: string, env: Record<string, string>) {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-pm-')), 'r.json')
  const run = await runDistAsync(
    'cli.js',
    [repo, '--no-install', '--quiet', '--checks', 'tests,audit', '--json', json],
    { PATH, ...env }
  )
  const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport
  return { ...run, report, verdicts: report.claims.map((c) => `${c.line} ${c.kind}=${String(c.claimed)} ${c.verdict}`) }
}

describe('bun: bun test and bun audit', () => {
  let server: AdvisoryServer
  let result: Awaited<ReturnType<typeof gateWithAudit>>

  beforeAll(async () => {
    server = await startAdvisoryServer()
    result = await gateWithAudit(join(EXAMPLES_DIR, 'bun-test'), { NPM_CONFIG_REGISTRY: server.url })
  })
  afterAll(() => server.close())

  it('is detected from bun.lock and reads the counts of bun test from its JUnit report', () => {
    expect(result.report.notes).toContain('package manager: bun (bun.lock)')
    expect(result.report.evidence.tests).toMatchObject({
      runner: 'bun',
      command: expect.stringMatching(/^bun run test --reporter=junit --reporter-outfile=/),
      total: 5,
      passed: 3,
      failed: 1,
      skipped: 1,
      failedSuites: 0
    })
  })

  it('counts the advisories bun audit reports, by severity', () => {
    expect(result.report.evidence.audit).toMatchObject({
      tool: 'bun',
      unit: 'advisories',
      total: 5,
      bySeverity: { critical: 1, high: 2, moderate: 2, low: 0, info: 0 }
    })
    expect(server.requests).toContain('POST /-/npm/v1/security/advisories/bulk')
  })

  it('judges the report: the passing and audit claims are false, the honest ones verified', () => {
    expect(result.verdicts).toEqual([
      '3 tests.passed=5 contradicted',
      '3 tests.total=5 verified',
      '4 tests.failed=1 verified',
      '5 audit.vulnerabilities=0 contradicted',
      '6 audit.vulnerabilities=5 verified'
    ])
    expect(result.status).toBe(1)
  })

  it('is unknown, never clean, when the advisory service cannot be reached', async () => {
    const refused = await gateWithAudit(join(EXAMPLES_DIR, 'bun-test'), { NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/' })
    expect(refused.report.evidence.audit).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/ConnectionRefused/)
    })
  })
})

describe('yarn berry: a workspace run through the release its .yarnrc.yml names', () => {
  let server: AdvisoryServer
  let result: Awaited<ReturnType<typeof gateWithAudit>>
  const repo = yarnBerryExample()

  beforeAll(async () => {
    server = await startAdvisoryServer()
    // Berry reads the packuments of the locked packages too: both registries are the stand-in.
    result = await gateWithAudit(repo, {
      YARN_NPM_REGISTRY_SERVER: server.url,
      YARN_NPM_AUDIT_REGISTRY: server.url,
      YARN_UNSAFE_HTTP_WHITELIST: '127.0.0.1',
      YARN_ENABLE_GLOBAL_CACHE: 'false'
    })
  })
  afterAll(() => server.close())

  it('is detected as berry and runs each package through the pinned release, not the yarn on PATH', () => {
    expect(result.report.notes).toContain('package manager: yarn-berry (packageManager "yarn@4.18.1")')
    expect(
      result.report.evidence.packages?.map((p) => [
        p.name,
        p.tests.command?.split(' ').slice(0, 4).join(' '),
        p.tests.total,
        p.tests.failed
      ])
    ).toEqual([
      ['@shop/api', `node ${join(repo, '.yarn/releases/yarn-4.18.1.cjs')} run test`, 3, 0],
      ['@shop/web', `node ${join(repo, '.yarn/releases/yarn-4.18.1.cjs')} run test`, 2, 1]
    ])
  })

  it('counts the advisories of yarn npm audit, transitive ones included', () => {
    expect(result.report.evidence.audit).toMatchObject({
      tool: 'yarn-berry',
      unit: 'advisories',
      total: 5,
      bySeverity: { critical: 1, high: 2, moderate: 2, low: 0, info: 0 }
    })
    expect(new Set(server.requests)).toEqual(
      new Set(['GET /lodash', 'GET /minimist', 'POST /-/npm/v1/security/advisories/bulk'])
    )
  })

  it('judges per-package claims on that package and the audit claim on the repository', () => {
    expect(result.verdicts).toEqual([
      '5 tests.passed=3 verified',
      '5 tests.total=3 verified',
      '6 tests.passed=2 contradicted',
      '6 tests.total=2 verified',
      '8 audit.vulnerabilities=0 contradicted'
    ])
    expect(result.status).toBe(1)
  })
})
