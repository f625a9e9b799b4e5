import * as z from 'zod/mini'
import '../zod-english.js'
import { parseJsonFile } from '../parse-json.js'
import type { GateReport } from '../model.js'
import { CLAIM_KINDS } from '../model.js'

/**
 * What publishing needs from a schemaVersion 1 report written by an earlier job (the first stage of
 * the fork-safe pair). Unknown fields pass through untouched.
 */
const reportSchema = z.looseObject({
  schemaVersion: z.literal(1),
  verdict: z.enum(['pass', 'fail']),
  claims: z.array(
    z.looseObject({
      kind: z.enum(CLAIM_KINDS),
      text: z.string(),
      file: z.string(),
      line: z.int().check(z.positive()),
      verdict: z.enum(['verified', 'contradicted', 'stale', 'unverifiable']),
      reason: z.string(),
      suggestion: z.optional(z.string())
    })
  ),
  counts: z.object({
    verified: z.int(),
    contradicted: z.int(),
    stale: z.int(),
    unverifiable: z.int()
  }),
  evidence: z.record(
    z.string(),
    z.looseObject({ status: z.enum(['pass', 'fail', 'unknown', 'skipped']), reason: z.string() })
  ),
  readiness: z.looseObject({ checks: z.array(z.looseObject({})) }),
  selfContradictions: z.array(z.looseObject({})),
  reports: z.array(z.string()),
  notes: z.array(z.string())
})

export function parseReport(path: string, text: string): GateReport {
  return parseJsonFile('The report', path, text, reportSchema) as unknown as GateReport
}
