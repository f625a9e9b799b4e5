/**
 * The claim-extraction accuracy harness: compares what the gate reads from a labelled corpus of
 * reports with the labels, and the verdicts it gives against real evidence from example projects.
 */
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parse } from 'yaml'
import { parseClaims } from '../../src/claims/parse-claims.js'
import { gatherEvidence } from '../../src/evidence/gather.js'
import { gatherRepositoryFacts } from '../../src/evidence/repository.js'
import type { Claim, ClaimKind, Evidence, VerdictStatus } from '../../src/model.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import { silentLogger } from '../../src/ports/logger.js'
import type { ProcessRunner } from '../../src/ports/process-runner.js'
import { createProcessRunner } from '../../src/ports/process-runner.js'
import { compareClaims } from '../../src/verdict/compare.js'

interface Label {
  at: string
  /** Needed only when the phrase occurs on several lines. */
  line?: number
  kind: ClaimKind
  claimed?: number | boolean | string
  scope?: string
  bound?: string
  verdict: VerdictStatus
}

interface LabelFile {
  /** The report, relative to the label file; by default the `.md` of the same name. */
  report?: string
  evidence: string
  claims?: Label[]
}

/** One labelled or extracted claim, reduced to what must agree. */
interface Item {
  report: string
  line: number
  kind: ClaimKind
  key: string
  verdict?: VerdictStatus
}

export interface KindScore {
  kind: ClaimKind
  labelled: number
  extracted: number
  matched: number
  verdictsRight: number
}

export interface Evaluation {
  kinds: KindScore[]
  totals: { labelled: number; extracted: number; matched: number; verdictsRight: number }
  misses: string[]
  falseAlarms: string[]
  wrongVerdicts: string[]
  /** Contradicted verdicts in reports labelled all-honest (names starting with `honest-`). */
  honestContradictions: number
}

export async function evaluateCorpus(corpusDir: string, examplesDir: string): Promise<Evaluation> {
  const evidenceCache = new Map<string, Promise<Evidence>>()
  const labelled: Item[] = []
  const extracted: Item[] = []
  let honestContradictions = 0
  for (const labelsName of readdirSync(corpusDir)
    .filter((n) => n.endsWith('.labels.yml'))
    .sort()) {
    const labels = parse(readFileSync(join(corpusDir, labelsName), 'utf8')) as LabelFile
    const reportPath = join(corpusDir, labels.report ?? labelsName.replace(/\.labels\.yml$/, '.md'))
    const report = basename(reportPath)
    const markdown = readFileSync(reportPath, 'utf8')
    const lines = markdown.split(/\r?\n/)
    for (const label of labels.claims ?? []) labelled.push(labelItem(report, lines, label))
    const claims = await parseClaims(report, markdown)
    const root = join(examplesDir, labels.evidence)
    if (!evidenceCache.has(root)) evidenceCache.set(root, gatherFor(root))
    const evidence = { ...(await evidenceCache.get(root))! }
    evidence.repository = await gatherRepositoryFacts(ports(), root, claims)
    for (const verdict of compareClaims(claims, evidence)) {
      extracted.push({
        report,
        line: verdict.line,
        kind: verdict.kind,
        key: itemKey(verdict),
        verdict: verdict.verdict
      })
      if (report.startsWith('honest-') && verdict.verdict === 'contradicted') honestContradictions++
    }
  }
  return score(labelled, extracted, honestContradictions)
}

function ports() {
  return {
    fs: createFileSystem(),
    runner: withDebianPython(createProcessRunner(mkdtempSync(join(tmpdir(), 'claims-eval-'))))
  }
}

/**
 * The Python examples use Debian's python3, pytest and mypy, as the end-to-end tests do: a python3 found
 * earlier on the PATH (a pyenv shim) lacks them, and would make those verdicts depend on the machine.
 */
function withDebianPython(runner: ProcessRunner): ProcessRunner {
  return {
    run: (request) =>
      runner.run({
        ...request,
        env: { ...request.env, PATH: `/usr/bin:${request.env?.PATH ?? process.env.PATH ?? ''}` }
      })
  }
}

async function gatherFor(root: string): Promise<Evidence> {
  const workDir = mkdtempSync(join(tmpdir(), 'claims-eval-work-'))
  const { evidence } = await gatherEvidence(
    { ...ports(), logger: silentLogger },
    {
      root,
      workDir,
      install: false,
      checks: new Set(['typecheck', 'build', 'tests', 'audit', 'lint']),
      timeoutMs: 300_000
    }
  )
  return evidence
}

function labelItem(report: string, lines: string[], label: Label): Item {
  const found = lines.flatMap((text, i) =>
    text.includes(label.at) && (!label.line || label.line === i + 1) ? [i + 1] : []
  )
  if (found.length !== 1) {
    throw new Error(`${report}: the label "${label.at}" must match exactly one line, it matches ${found.length}`)
  }
  const line = found[0] as number
  const claim = { file: report, line, text: '', kind: label.kind, claimed: label.claimed ?? '', scope: label.scope }
  return { report, line, kind: label.kind, key: itemKey(claim as Claim), verdict: label.verdict }
}

/** Scopes are compared without marks and case; `other` claims by kind and line, as their phrase is free text. */
function itemKey(claim: Pick<Claim, 'file' | 'line' | 'kind' | 'claimed' | 'scope'>): string {
  const scope = (claim.scope ?? '')
    .replace(/[✅❌⏳]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+tests?$/, '')
  const value = claim.kind === 'other' ? '' : String(claim.claimed)
  return `${claim.file}:${claim.line} ${claim.kind}=${value}${scope ? `@${scope}` : ''}`
}

function score(labelled: Item[], extracted: Item[], honestContradictions: number): Evaluation {
  const byKey = new Map(extracted.map((item) => [item.key, item]))
  const labelledKeys = new Set(labelled.map((item) => item.key))
  const kinds = new Map<ClaimKind, KindScore>()
  const row = (kind: ClaimKind) => {
    if (!kinds.has(kind)) kinds.set(kind, { kind, labelled: 0, extracted: 0, matched: 0, verdictsRight: 0 })
    return kinds.get(kind)!
  }
  const misses: string[] = []
  const wrongVerdicts: string[] = []
  for (const item of labelled) {
    row(item.kind).labelled++
    const found = byKey.get(item.key)
    if (!found) {
      misses.push(item.key)
      continue
    }
    row(item.kind).matched++
    if (found.verdict === item.verdict) row(item.kind).verdictsRight++
    else wrongVerdicts.push(`${item.key}: labelled ${item.verdict}, got ${found.verdict}`)
  }
  for (const item of extracted) row(item.kind).extracted++
  const falseAlarms = extracted.filter((item) => !labelledKeys.has(item.key)).map((item) => item.key)
  const list = [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind))
  const sum = (field: keyof Omit<KindScore, 'kind'>) => list.reduce((total, k) => total + k[field], 0)
  return {
    kinds: list,
    totals: {
      labelled: sum('labelled'),
      extracted: sum('extracted'),
      matched: sum('matched'),
      verdictsRight: sum('verdictsRight')
    },
    misses,
    falseAlarms,
    wrongVerdicts,
    honestContradictions
  }
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole
}

/** Extraction precision and recall, and the same for verdicts (a claim counts when found and judged as labelled). */
export function formatEvaluation(result: Evaluation): string {
  const header = 'kind                   labelled  found  extraction P / R    verdict P / R'
  const line = (name: string, s: Omit<KindScore, 'kind'>) =>
    `${name.padEnd(22)} ${String(s.labelled).padStart(8)} ${String(s.extracted).padStart(6)}` +
    `       ${ratio(s.matched, s.extracted).toFixed(2)} / ${ratio(s.matched, s.labelled).toFixed(2)}` +
    `        ${ratio(s.verdictsRight, s.extracted).toFixed(2)} / ${ratio(s.verdictsRight, s.labelled).toFixed(2)}`
  const out = [header, ...result.kinds.map((k) => line(k.kind, k)), line('all', result.totals)]
  out.push(`contradicted verdicts in all-honest reports: ${result.honestContradictions}`)
  for (const [title, items] of [
    ['missed', result.misses],
    ['false alarms', result.falseAlarms],
    ['wrong verdicts', result.wrongVerdicts]
  ] as const) {
    if (items.length) out.push(`${title}:`, ...items.map((item) => `  ${item}`))
  }
  return out.join('\n') + '\n'
}
