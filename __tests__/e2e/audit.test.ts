import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import type { AdvisoryServer } from '../audit-server/advisory-server.js'
import { startAdvisoryServer } from '../audit-server/advisory-server.js'
import { EXAMPLES_DIR } from '../helpers.js'
import { runDistAsync } from './run-dist.js'

/** The real npm audit, pointed at a registry on this machine; retries off so a refusal is quick. */
async function audit(registry: string) {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-audit-')), 'r.json')
  const run = await runDistAsync(
    'cli.js',
    [join(EXAMPLES_DIR, 'npm-audit-vulnerable'), '--checks', 'audit', '--no-install', '--quiet', '--json', json],
    {
      npm_config_registry: registry,
      npm_config_fetch_retries: '0'
    }
  )
  return { ...run, report: JSON.parse(readFileSync(json, 'utf8')) as GateReport }
}

describe('npm audit against a local stand-in of the advisory service', () => {
  let server: AdvisoryServer
  let result: Awaited<ReturnType<typeof audit>>

  beforeAll(async () => {
    server = await startAdvisoryServer()
    result = await audit(server.url)
  })
  afterAll(() => server.close())

  it("reads npm's counts: vulnerable packages at their highest severity", () => {
    expect(result.report.evidence.audit).toMatchObject({
      status: 'fail',
      tool: 'npm',
      unit: 'packages',
      total: 2,
      bySeverity: { critical: 1, high: 1, moderate: 0, low: 0, info: 0 }
    })
  })

  it('judges total and per-severity claims', () => {
    expect(
      result.report.claims.map((c) => `${c.line} ${c.claimed}${c.scope ? `@${c.scope}` : ''} ${c.verdict}`)
    ).toEqual(['3 0 contradicted', '4 2 verified', '5 0@critical contradicted', '6 0@low verified'])
    expect(result.status).toBe(1)
  })

  it('asked the stand-in, and only it', () => {
    expect(server.requests).toContain('POST /-/npm/v1/security/advisories/bulk')
    expect(result.stderr + result.stdout).not.toMatch(/registry\.npmjs\.org/)
  })
})

describe('npm audit when the advisory service cannot be reached', () => {
  it('is unknown with the reason, never zero vulnerabilities', async () => {
    const result = await audit('http://127.0.0.1:9/')
    expect(result.report.evidence.audit.status).toBe('unknown')
    expect(result.report.evidence.audit.total).toBeUndefined()
    expect(result.report.evidence.audit.reason).toMatch(/ECONNREFUSED|refused|failed/i)
    expect(result.report.claims.every((c) => c.verdict === 'unverifiable')).toBe(true)
    expect(result.status).toBe(0)
  })
})
