import { describe, expect, it } from '@jest/globals'
import {
  parseBunAudit,
  parseNpmAudit,
  parsePnpmAudit,
  parseYarnAudit,
  parseYarnBerryAudit
} from '../../../src/evidence/parsers/audit-report.js'
import { fixture, fixtureExit } from '../../helpers.js'

describe('parseNpmAudit', () => {
  it('counts vulnerable packages by severity from a v2 report', () => {
    expect(parseNpmAudit(fixture('npm-audit/mock.full.json.stdout'))).toEqual({
      ok: true,
      unit: 'packages',
      total: 3,
      bySeverity: { critical: 1, high: 2, moderate: 0, low: 0, info: 0 }
    })
  })

  it('reads a clean report as zero', () => {
    expect(parseNpmAudit(fixture('npm-audit/mock.clean.json.stdout'))).toMatchObject({ ok: true, total: 0 })
  })

  it('keeps the full counts when --audit-level only changed the exit code', () => {
    expect(parseNpmAudit(fixture('npm-audit/mock.highonly.level-critical.json.stdout'))).toMatchObject({
      ok: true,
      total: 1
    })
  })

  it('gives no count when the advisory endpoint refused', () => {
    const reading = parseNpmAudit(fixture('npm-audit/full.json.stdout'))
    expect(reading).toEqual({
      ok: false,
      reason: expect.stringMatching(/^the advisory endpoint refused: 405 Method Not Allowed/)
    })
  })

  it('gives no count without a lockfile', () => {
    expect(parseNpmAudit(fixture('npm-audit/nolockfile.json.stdout'))).toEqual({
      ok: false,
      reason: expect.stringMatching(/lockfile/)
    })
  })

  it('gives no count for empty output', () => {
    expect(parseNpmAudit('')).toMatchObject({ ok: false })
  })
})

describe('parsePnpmAudit', () => {
  it('counts advisories, not packages', () => {
    expect(parsePnpmAudit(fixture('pnpm-audit/mock.full.json.stdout'), '')).toMatchObject({
      ok: true,
      unit: 'advisories',
      total: 8,
      bySeverity: { moderate: 3, high: 4, critical: 1 }
    })
  })

  it('does not accept the zeros printed with --ignore-registry-errors after the endpoint failed', () => {
    const reading = parsePnpmAudit(
      fixture('pnpm-audit/real-registry.ignore-registry-errors.stdout'),
      fixture('pnpm-audit/real-registry.ignore-registry-errors.stderr')
    )
    expect(reading).toMatchObject({ ok: false, reason: expect.stringMatching(/could not reach the advisory endpoint/) })
  })

  it('gives no count when the endpoint refused', () => {
    expect(
      parsePnpmAudit(fixture('pnpm-audit/full.json.stdout'), fixture('pnpm-audit/full.json.stderr'))
    ).toMatchObject({ ok: false })
  })
})

describe('parseYarnAudit', () => {
  it('reads the auditSummary line of the NDJSON stream', () => {
    expect(parseYarnAudit(fixture('yarn-audit/mock.full.json.stdout'), '')).toMatchObject({
      ok: true,
      total: 8,
      bySeverity: { moderate: 3, high: 4, critical: 1 }
    })
  })

  it.each(['mock.legacy-410.json', 'full.json'])('reports the error yarn printed on stderr (%s)', (name) => {
    const reading = parseYarnAudit(fixture(`yarn-audit/${name}.stdout`), fixture(`yarn-audit/${name}.stderr`))
    expect(reading).toMatchObject({ ok: false, reason: expect.stringMatching(/^yarn audit failed: .*(410|405)/) })
  })
})

/** Runs a parser on a captured case: its stdout, stderr and exit code. */
function captured(dir: string, name: string) {
  return {
    stdout: fixture(`${dir}/${name}.stdout`),
    stderr: fixture(`${dir}/${name}.stderr`),
    exit: fixtureExit(`${dir}/${name}.exit`)
  }
}

describe('parseYarnBerryAudit', () => {
  it('counts one advisory per NDJSON line, by severity', () => {
    const { stdout, stderr, exit } = captured('yarn-berry-audit', 'mock.full.json')
    expect(parseYarnBerryAudit(stdout, stderr, exit)).toEqual({
      ok: true,
      unit: 'advisories',
      total: 5,
      bySeverity: { critical: 1, high: 2, moderate: 2, low: 0, info: 0 }
    })
  })

  it('reads silence with exit 0 as a clean audit', () => {
    const { stdout, stderr, exit } = captured('yarn-berry-audit', 'mock.clean.json')
    expect(parseYarnBerryAudit(stdout, stderr, exit)).toMatchObject({ ok: true, total: 0 })
  })

  it('reads silence after a crash as no result, naming the error line of the stack', () => {
    const { stdout, stderr, exit } = captured('yarn-berry-audit', 'refused.json')
    expect(parseYarnBerryAudit(stdout, stderr, exit)).toEqual({
      ok: false,
      reason: expect.stringMatching(/RequestError\]: connect ECONNREFUSED/)
    })
  })
})

describe('parseBunAudit', () => {
  it("counts the advisories listed under each package in the service's bulk answer", () => {
    const { stdout, stderr } = captured('bun-audit', 'mock.full.json')
    expect(parseBunAudit(stdout, stderr)).toEqual({
      ok: true,
      unit: 'advisories',
      total: 5,
      bySeverity: { critical: 1, high: 2, moderate: 2, low: 0, info: 0 }
    })
  })

  it('reads {} as a clean audit', () => {
    const { stdout, stderr } = captured('bun-audit', 'mock.clean.json')
    expect(parseBunAudit(stdout, stderr)).toMatchObject({ ok: true, total: 0 })
  })

  it('gives no count when the request was refused', () => {
    const { stdout, stderr } = captured('bun-audit', 'refused.json')
    expect(parseBunAudit(stdout, stderr)).toEqual({ ok: false, reason: expect.stringMatching(/ConnectionRefused/) })
  })

  it('gives no count for JSON of another shape', () => {
    expect(parseBunAudit('{"lodash": 3}', '')).toEqual({ ok: false, reason: expect.stringMatching(/"lodash"/) })
  })
})
