/**
 * `npm run costs`: runs the bundled CLI on every example repository, without installing, and prints
 * what each check cost in seconds (the tool's own wall time as the gate measured it) beside its
 * result. Audits are left out: they need the stand-in advisory service the tests start.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckBase, GateReport } from '../src/model.js'
import { toolPath, yarnBerryExample } from '../__tests__/helpers.js'

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..')
const EXAMPLES = join(PROJECT, '__tests__', 'examples')
const CHECKS = ['typecheck', 'build', 'tests', 'lint', 'coverage'] as const

/** Berry runs from the release its .yarnrc.yml names; the example gets it as the tests give it. */
function prepare(example: string): string {
  return example === 'yarn-berry-workspace' ? yarnBerryExample() : join(EXAMPLES, example)
}

function cell(check: CheckBase & { durationMs?: number }): string {
  if (check.status === 'skipped') return '—'
  const seconds = check.durationMs === undefined ? '' : ` ${(check.durationMs / 1000).toFixed(2)} s`
  return `${check.status}${seconds}`
}

// Debian's pytest, mypy and coverage.py live with /usr/bin/python3.
const path = toolPath(['/usr/bin'])
const rows: string[][] = []
for (const example of readdirSync(EXAMPLES, { withFileTypes: true })) {
  if (!example.isDirectory() || example.name.startsWith('.')) continue
  const json = join(mkdtempSync(join(tmpdir(), 'costs-')), 'report.json')
  const started = performance.now()
  spawnSync(
    process.execPath,
    [
      join(PROJECT, 'dist', 'cli.js'),
      prepare(example.name),
      '--no-install',
      '--quiet',
      '--checks',
      'typecheck,build,tests,lint',
      '--json',
      json
    ],
    { env: { PATH: path, HOME: process.env.HOME ?? '/tmp' }, encoding: 'utf8' }
  )
  const wall = (performance.now() - started) / 1000
  let report: GateReport
  try {
    report = JSON.parse(readFileSync(json, 'utf8')) as GateReport
  } catch {
    rows.push([example.name, ...CHECKS.map(() => '?'), `${wall.toFixed(2)} s`, 'no report'])
    continue
  }
  const packages = report.evidence.packages?.length ? `${report.evidence.packages.length} packages` : ''
  rows.push([example.name, ...CHECKS.map((c) => cell(report.evidence[c])), `${wall.toFixed(2)} s`, packages])
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(`Each check's own wall time per example (${cpus().length} × ${cpu}, Node ${process.version}).`)
console.log('Checks of one example run in parallel, so the gate total is less than their sum.\n')
const header = ['example', ...CHECKS, 'gate total', '']
console.log(`| ${header.join(' | ')} |`)
console.log(`| ${header.map(() => '---').join(' | ')} |`)
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
