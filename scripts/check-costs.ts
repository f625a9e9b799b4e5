/**
 * `npm run costs`: runs the bundled CLI on every example repository, without installing, and prints
 * what each check cost in seconds (the tool's own wall time as the gate measured it) beside its
 * result. Audits are left out: they need the stand-in advisory service the tests start.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckBase, GateReport } from '../src/model.js'

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..')
const EXAMPLES = join(PROJECT, '__tests__', 'examples')
const CHECKS = ['typecheck', 'build', 'tests', 'lint', 'coverage'] as const

/** The same PATH the tests use: classic yarn, pnpm and bun from this project, Debian's Python tools. */
function toolPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'costs-tools-'))
  const link = (name: string, target: string) => symlinkSync(join(PROJECT, 'node_modules', target), join(dir, name))
  link('yarn', 'yarn/bin/yarn.js')
  link('pnpm', 'pnpm/bin/pnpm.cjs')
  link('bun', 'bun/bin/bun.exe')
  return `${dir}:${join(PROJECT, 'node_modules', '.bin')}:/usr/bin:${process.env.PATH ?? ''}`
}

/** Berry runs from the release its .yarnrc.yml names; the example gets it as the tests give it. */
function prepare(example: string): string {
  if (example !== 'yarn-berry-workspace') return join(EXAMPLES, example)
  const dir = join(mkdtempSync(join(tmpdir(), 'costs-berry-')), example)
  cpSync(join(EXAMPLES, example), dir, { recursive: true })
  mkdirSync(join(dir, '.yarn', 'releases'), { recursive: true })
  cpSync(
    join(PROJECT, 'node_modules', '@yarnpkg', 'cli-dist', 'bin', 'yarn.js'),
    join(dir, '.yarn/releases/yarn-4.18.1.cjs')
  )
  return dir
}

function cell(check: CheckBase & { durationMs?: number }): string {
  if (check.status === 'skipped') return '—'
  const seconds = check.durationMs === undefined ? '' : ` ${(check.durationMs / 1000).toFixed(2)} s`
  return `${check.status}${seconds}`
}

const path = toolPath()
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
