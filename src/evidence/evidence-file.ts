import { z } from 'zod'
import type { CheckName, Evidence } from '../model.js'
import { CHECK_NAMES } from '../model.js'
import { parseJsonFile } from '../parse-json.js'
import type { Shard } from './checks/common.js'

/**
 * What one evidence job of a matrix hands to the verdict job: the checks it was asked to run, the test
 * shard it ran, and the evidence. Versioned, because jobs of one run may come from different commits of
 * a workflow.
 */
export interface EvidenceFile {
  format: 'readiness-gate-evidence'
  schemaVersion: 1
  /** The checks this job ran; the others in `evidence` say "disabled". */
  checks: CheckName[]
  shard?: Shard
  evidence: Evidence
  notes: string[]
}

const shardSchema = z
  .object({ index: z.number().int().positive(), total: z.number().int().positive() })
  .refine((s) => s.index <= s.total, 'a shard index is at most the shard count')

const evidenceFileSchema = z.object({
  format: z.literal('readiness-gate-evidence'),
  schemaVersion: z.literal(1),
  checks: z.array(z.enum(CHECK_NAMES as [CheckName, ...CheckName[]])),
  shard: shardSchema.optional(),
  evidence: z.looseObject(
    Object.fromEntries(CHECK_NAMES.map((name) => [name, z.looseObject({ status: z.string(), reason: z.string() })]))
  ),
  notes: z.array(z.string())
})

export function parseEvidenceFile(path: string, text: string): EvidenceFile {
  return parseJsonFile(
    'The evidence file',
    path,
    text,
    evidenceFileSchema,
    'a readiness-gate evidence file (schemaVersion 1)'
  ) as unknown as EvidenceFile
}

/** `evidence.json`, or `evidence-shard-2-of-3.json` for a shard, so a matrix's files never collide. */
export function evidenceFileName(shard?: Shard): string {
  return shard ? `evidence-shard-${shard.index}-of-${shard.total}.json` : 'evidence.json'
}

/** Reads `2/3` as a shard. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const shard = { index: Number(match[1]), total: Number(match[2]) }
  return shardSchema.safeParse(shard).success ? shard : undefined
}
