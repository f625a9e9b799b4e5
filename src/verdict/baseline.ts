import * as z from 'zod/mini'
import '../zod-english.js'
import { parseJsonFile } from '../parse-json.js'
import type { Evidence } from '../model.js'

/** One figure that changed between the base's report and this run: `tests passed 285 → 240`. */
export interface EvidenceDelta {
  figure: string
  base: number | string
  now: number | string
}

/** The part of a schemaVersion 1 report a comparison reads; everything else may differ. */
const baselineSchema = z.object({
  schemaVersion: z.literal(1),
  evidence: z.record(z.string(), z.looseObject({ status: z.string() })),
  readiness: z.optional(z.looseObject({ score: z.optional(z.number()) }))
})

export type Baseline = z.infer<typeof baselineSchema>

export function parseBaseline(path: string, text: string): Baseline {
  return parseJsonFile('The baseline report', path, text, baselineSchema)
}

const FIGURES: ReadonlyArray<[string, string, string]> = [
  ['tests', 'total', 'tests'],
  ['tests', 'passed', 'tests passed'],
  ['tests', 'failed', 'tests failed'],
  ['typecheck', 'errors', 'type errors'],
  ['lint', 'errors', 'lint errors'],
  ['lint', 'warnings', 'lint warnings'],
  ['audit', 'total', 'vulnerabilities']
]

/** What changed since the base: statuses of checks, their counts, and the readiness score. Pure. */
export function compareWithBaseline(
  evidence: Evidence,
  score: number | undefined,
  baseline: Baseline
): EvidenceDelta[] {
  const deltas: EvidenceDelta[] = []
  const now = evidence as unknown as Record<string, Record<string, unknown>>
  for (const check of ['typecheck', 'build', 'tests', 'audit', 'lint']) {
    const before = baseline.evidence[check]?.status
    const after = now[check]?.status
    if (before && after && before !== after) deltas.push({ figure: check, base: before, now: String(after) })
  }
  for (const [check, field, figure] of FIGURES) {
    const before = (baseline.evidence[check] as Record<string, unknown> | undefined)?.[field]
    const after = now[check]?.[field]
    if (typeof before === 'number' && typeof after === 'number' && before !== after)
      deltas.push({ figure, base: before, now: after })
  }
  const baseScore = baseline.readiness?.score
  if (typeof baseScore === 'number' && typeof score === 'number' && baseScore !== score) {
    deltas.push({ figure: 'readiness score', base: baseScore, now: score })
  }
  return deltas
}

export function formatDeltas(deltas: EvidenceDelta[]): string {
  return deltas.map((d) => `${d.figure} ${d.base} → ${d.now}`).join(', ')
}
