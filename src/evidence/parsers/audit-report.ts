import type { Severity } from '../../model.js'
import { SEVERITIES } from '../../model.js'

/** The outcome of reading an audit's output: counts, or the reason there are none. */
export type AuditReading =
  | { ok: true; bySeverity: Record<Severity, number>; total: number; unit: 'packages' | 'advisories' }
  | { ok: false; reason: string }

/** `npm audit --json`. Counts vulnerable packages at their highest severity. */
export function parseNpmAudit(stdout: string): AuditReading {
  const json = parseJson(stdout)
  if (!json) return { ok: false, reason: `npm audit printed no JSON report${excerpt(stdout)}` }
  if (json.auditReportVersion === 2) {
    const counts = readSeverities(objectAt(json, 'metadata', 'vulnerabilities'))
    return { ok: true, bySeverity: counts, total: sum(counts), unit: 'packages' }
  }
  // An endpoint failure carries the HTTP message at the top; a local failure (no lockfile) only error.summary.
  if (typeof json.message === 'string' && json.message) {
    return { ok: false, reason: `the advisory endpoint refused: ${json.message}` }
  }
  const summary = objectAt(json, 'error')?.summary
  if (typeof summary === 'string' && summary) return { ok: false, reason: `npm audit failed: ${summary}` }
  return { ok: false, reason: 'npm audit printed JSON without auditReportVersion 2' }
}

/** `pnpm audit --json`. Counts advisories. Zeros printed after a registry error are not a result. */
export function parsePnpmAudit(stdout: string, stderr: string): AuditReading {
  const failure = /ERR_PNPM_AUDIT\w*|responded with \d{3}|audit endpoint/i.exec(stderr)
  if (failure) return { ok: false, reason: `pnpm audit could not reach the advisory endpoint: ${firstLine(stderr)}` }
  const json = parseJson(stdout)
  const metadata = json && objectAt(json, 'metadata', 'vulnerabilities')
  if (!metadata) return { ok: false, reason: `pnpm audit printed no JSON report${excerpt(stderr || stdout)}` }
  const counts = readSeverities(metadata)
  return { ok: true, bySeverity: counts, total: sum(counts), unit: 'advisories' }
}

/** `yarn audit --json` (classic): NDJSON ending with an auditSummary line. */
export function parseYarnAudit(stdout: string, stderr: string): AuditReading {
  for (const line of stderr.split('\n')) {
    const record = parseJson(line)
    if (record?.type === 'error') return { ok: false, reason: `yarn audit failed: ${String(record.data)}` }
  }
  for (const line of stdout.split('\n').reverse()) {
    const record = parseJson(line)
    if (record?.type !== 'auditSummary') continue
    const counts = readSeverities(objectAt(record, 'data', 'vulnerabilities'))
    return { ok: true, bySeverity: counts, total: sum(counts), unit: 'advisories' }
  }
  return { ok: false, reason: `yarn audit printed no auditSummary line${excerpt(stderr || stdout)}` }
}

/**
 * `yarn npm audit --json` (berry): one NDJSON line per advisory. A clean audit prints nothing and exits 0;
 * a failed request prints a stack trace to stderr and exits non-zero, which must not read as clean.
 */
export function parseYarnBerryAudit(stdout: string, stderr: string, exitCode: number | null): AuditReading {
  const counts = zeroCounts()
  let total = 0
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue
    const record = parseJson(line)
    // A line cut or replaced would silently drop an advisory: the whole reading is void instead.
    if (!record) return { ok: false, reason: `yarn npm audit printed a line that is not JSON: ${line.slice(0, 120)}` }
    const severity = objectAt(record, 'children')?.Severity
    if (typeof severity !== 'string') continue
    countSeverity(counts, severity)
    total += 1
  }
  if (total > 0) return { ok: true, bySeverity: counts, total, unit: 'advisories' }
  if (exitCode === 0 && !stdout.trim()) return { ok: true, bySeverity: counts, total: 0, unit: 'advisories' }
  return {
    ok: false,
    reason: `yarn npm audit gave no advisories and no clean result${excerpt(errorLine(stderr) || stdout)}`
  }
}

/** `bun audit --json`: the advisory service's bulk answer, advisories listed under each package name. */
export function parseBunAudit(stdout: string, stderr: string): AuditReading {
  const json = parseJson(stdout)
  if (!json) return { ok: false, reason: `bun audit printed no JSON report${excerpt(stderr || stdout)}` }
  const counts = zeroCounts()
  let total = 0
  for (const [name, advisories] of Object.entries(json)) {
    if (!Array.isArray(advisories)) return { ok: false, reason: `bun audit listed "${name}" without an advisory list` }
    for (const advisory of advisories as Json[]) {
      countSeverity(counts, String(advisory?.severity ?? ''))
      total += 1
    }
  }
  return { ok: true, bySeverity: counts, total, unit: 'advisories' }
}

type Json = Record<string, unknown>

function parseJson(text: string): Json | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{')) return undefined
  try {
    const value: unknown = JSON.parse(trimmed)
    return typeof value === 'object' && value !== null ? (value as Json) : undefined
  } catch {
    return undefined
  }
}

function objectAt(json: Json, ...path: string[]): Json | undefined {
  let node: unknown = json
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Json)[key]
  }
  return typeof node === 'object' && node !== null ? (node as Json) : undefined
}

function readSeverities(counts: Json | undefined): Record<Severity, number> {
  const result = zeroCounts()
  for (const severity of SEVERITIES) {
    const value = counts?.[severity]
    result[severity] = typeof value === 'number' ? value : 0
  }
  return result
}

function zeroCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
}

/** Advisories of a severity the gate does not know are still vulnerabilities: they count as info. */
function countSeverity(counts: Record<Severity, number>, severity: string): void {
  const known = SEVERITIES.find((s) => s === severity.toLowerCase()) ?? 'info'
  counts[known] += 1
}

/** A crashing CLI prints its stack; the line naming the error says more than the first. */
function errorLine(text: string): string {
  return (text.split('\n').find((line) => /\b\w*Error\b|ECONN|ENOTFOUND|refused/i.test(line)) ?? '')
    .trim()
    .slice(0, 300)
}

function sum(counts: Record<Severity, number>): number {
  return SEVERITIES.reduce((total, severity) => total + counts[severity], 0)
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 300)
}

function excerpt(text: string): string {
  const line = firstLine(text)
  return line ? ` (${line})` : ''
}
