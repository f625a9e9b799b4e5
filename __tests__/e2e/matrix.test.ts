/**
 * A matrix run, locally: `evidence` once per test shard of a real jest + vitest monorepo, then
 * `verdict` on the collected files, through the bundled CLI and the bundled action.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport, PackageEvidence } from '../../src/model.js'
import { EXAMPLES_DIR } from '../helpers.js'
import { runDistAsync } from './run-dist.js'

const EXAMPLE = join(EXAMPLES_DIR, 'sharded-monorepo')
const SHARDS = 3

const cli = (args: string[]) => runDistAsync('cli.js', [...args, '--no-install', '--quiet', '--checks', 'tests'])

async function verdict(evidenceDir: string) {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-verdict-')), 'report.json')
  const run = await cli(['verdict', EXAMPLE, '--evidence', evidenceDir, '--json', json])
  return { ...run, report: JSON.parse(readFileSync(json, 'utf8')) as GateReport }
}

const counts = (t: { total?: number; passed?: number; failed?: number; skipped?: number; status: string }) => ({
  status: t.status,
  total: t.total,
  passed: t.passed,
  failed: t.failed,
  skipped: t.skipped
})
const perPackage = (packages: PackageEvidence[] = []) => packages.map((p) => ({ path: p.path, ...counts(p.tests) }))
const verdicts = (report: GateReport) => report.claims.map((c) => `${c.line} ${c.kind} ${c.verdict}`)

describe('three test shards of a jest + vitest monorepo, merged', () => {
  const sharded = mkdtempSync(join(tmpdir(), 'gate-shards-'))
  const whole = mkdtempSync(join(tmpdir(), 'gate-whole-'))
  let single: Awaited<ReturnType<typeof verdict>>
  let merged: Awaited<ReturnType<typeof verdict>>

  beforeAll(async () => {
    await cli(['evidence', EXAMPLE, '--out', whole])
    for (let i = 1; i <= SHARDS; i++) await cli(['evidence', EXAMPLE, '--out', sharded, '--shard', `${i}/${SHARDS}`])
    single = await verdict(whole)
    merged = await verdict(sharded)
  })

  it('each shard ran part of each package', () => {
    const totals = [1, 2, 3].map((i) => {
      const file = JSON.parse(readFileSync(join(sharded, `evidence-shard-${i}-of-3.json`), 'utf8'))
      return file.evidence.tests.total as number
    })
    expect(totals.every((t) => t > 0 && t < 12)).toBe(true)
    expect(totals.reduce((a, b) => a + b)).toBe(12)
  })

  it('sums to exactly the unsharded run, per package and in total', () => {
    expect(counts(single.report.evidence.tests)).toEqual({
      status: 'fail',
      total: 12,
      passed: 10,
      failed: 2,
      skipped: 0
    })
    expect(counts(merged.report.evidence.tests)).toEqual(counts(single.report.evidence.tests))
    expect(perPackage(merged.report.evidence.packages)).toEqual(perPackage(single.report.evidence.packages))
    expect(perPackage(merged.report.evidence.packages)).toEqual([
      { path: 'packages/api', status: 'fail', total: 6, passed: 5, failed: 1, skipped: 0 },
      { path: 'packages/ui', status: 'fail', total: 6, passed: 5, failed: 1, skipped: 0 }
    ])
  })

  it('gives the same verdicts as the single job', () => {
    expect(verdicts(merged.report)).toEqual(verdicts(single.report))
    expect(verdicts(merged.report)).toContain('3 tests.passed contradicted')
    expect(merged.status).toBe(single.status)
    expect(merged.status).toBe(1)
  })

  it('says which shard is missing instead of passing', async () => {
    const partial = mkdtempSync(join(tmpdir(), 'gate-partial-'))
    for (const i of [1, 3])
      copyFileSync(join(sharded, `evidence-shard-${i}-of-3.json`), join(partial, `evidence-shard-${i}-of-3.json`))
    const run = await verdict(partial)
    expect(run.report.verdict).toBe('fail')
    expect(run.report.evidenceGaps).toEqual(['test evidence is incomplete: shard 2/3 is missing'])
    expect(run.report.evidence.tests.status).toBe('unknown')
    expect(run.report.claims.filter((c) => c.kind.startsWith('tests.')).map((c) => c.verdict)).toEqual(
      Array(6).fill('unverifiable')
    )
    expect(run.stdout).toContain('The evidence is incomplete: test evidence is incomplete: shard 2/3 is missing')
    expect(run.status).toBe(1)
  })

  it('says which shard came twice', async () => {
    const doubled = mkdtempSync(join(tmpdir(), 'gate-doubled-'))
    for (const i of [1, 2, 3])
      copyFileSync(join(sharded, `evidence-shard-${i}-of-3.json`), join(doubled, `evidence-shard-${i}-of-3.json`))
    copyFileSync(join(sharded, 'evidence-shard-2-of-3.json'), join(doubled, 'evidence-shard-2-of-3-retry.json'))
    const run = await verdict(doubled)
    expect(run.report.evidenceGaps).toEqual([
      'test evidence is incomplete: shard 2/3 came 2 times (evidence-shard-2-of-3-retry.json, evidence-shard-2-of-3.json)'
    ])
  })
})

describe('a workspace split by package across jobs', () => {
  it('merges to the whole run, and names a package no job checked', async () => {
    const split = mkdtempSync(join(tmpdir(), 'gate-split-'))
    await cli(['evidence', EXAMPLE, '--out', split, '--packages', 'packages/api'])
    const api = await verdict(split)
    expect(api.report.evidenceGaps).toEqual(['tests evidence is incomplete: no evidence job checked packages/ui'])
    expect(api.status).toBe(1)
    await cli(['evidence', EXAMPLE, '--out', split, '--packages', '@shard/ui'])
    const both = await verdict(split)
    expect(both.report.evidenceGaps).toBeUndefined()
    expect(perPackage(both.report.evidence.packages)).toEqual([
      { path: 'packages/api', status: 'fail', total: 6, passed: 5, failed: 1, skipped: 0 },
      { path: 'packages/ui', status: 'fail', total: 6, passed: 5, failed: 1, skipped: 0 }
    ])
    expect(counts(both.report.evidence.tests)).toEqual({ status: 'fail', total: 12, passed: 10, failed: 2, skipped: 0 })
    expect(verdicts(both.report)).toContain('5 tests.total verified')
  })

  it('refuses a package the workspace does not have', async () => {
    const run = await cli([
      'evidence',
      EXAMPLE,
      '--out',
      mkdtempSync(join(tmpdir(), 'gate-bad-')),
      '--packages',
      'apps/web'
    ])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('packages: apps/web is no package of the workspace (packages/api, packages/ui)')
  })
})

describe('the bundled action in evidence and verdict modes', () => {
  it('writes shard evidence in matrix jobs and publishes the merged verdict', async () => {
    const evidenceDir = mkdtempSync(join(tmpdir(), 'gate-action-evidence-'))
    const action = async (inputs: Record<string, string>) => {
      const temp = mkdtempSync(join(tmpdir(), 'gate-action-matrix-'))
      const output = join(temp, 'output')
      writeFileSync(output, '')
      writeFileSync(join(temp, 'summary'), '')
      const env: Record<string, string> = {
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: join(temp, 'summary'),
        RUNNER_TEMP: temp,
        GITHUB_WORKSPACE: EXAMPLE
      }
      const all = { 'working-directory': EXAMPLE, install: 'false', checks: 'tests', 'github-token': '', ...inputs }
      for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
      const run = await runDistAsync('index.js', [], env)
      return { ...run, output: readFileSync(output, 'utf8'), summary: readFileSync(join(temp, 'summary'), 'utf8') }
    }
    for (let i = 1; i <= SHARDS; i++) {
      const job = await action({ mode: 'evidence', shard: `${i}/${SHARDS}`, 'evidence-dir': evidenceDir })
      expect(job.status).toBe(0)
      expect(job.output).toContain(`evidence-shard-${i}-of-3.json`)
    }
    mkdirSync(join(evidenceDir, 'unrelated'), { recursive: true })
    const final = await action({ mode: 'verdict', 'evidence-dir': evidenceDir })
    expect(final.status).toBe(1)
    expect(final.summary).toContain('10 of 12 tests passed')
    expect(final.stdout).toContain('::error::1 of 6 readiness claims contradicted by the evidence')
  })
})
