import * as z from 'zod/mini'
import '../zod-english.js'
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
  /** The workspace packages this job checked, when it was given a subset. */
  packages?: string[]
  /** Every package of the workspace, so the verdict can tell which no job checked. */
  workspace?: string[]
  evidence: Evidence
  notes: string[]
}

const shardSchema = z
  .object({ index: z.int().check(z.positive()), total: z.int().check(z.positive()) })
  .check(z.refine((s) => s.index <= s.total, 'a shard index is at most the shard count'))

const evidenceFileSchema = z.object({
  format: z.literal('readiness-gate-evidence'),
  schemaVersion: z.literal(1),
  checks: z.array(z.enum(CHECK_NAMES as [CheckName, ...CheckName[]])),
  shard: z.optional(shardSchema),
  packages: z.optional(z.array(z.string())),
  workspace: z.optional(z.array(z.string())),
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

/**
 * `evidence.json`, `evidence-shard-2-of-3.json` for a shard, `evidence-packages-apps-web.json` for a
 * subset of packages: a matrix's files never collide when downloaded into one folder.
 */
export function evidenceFileName(file: Pick<EvidenceFile, 'shard' | 'packages'>): string {
  const parts = ['evidence']
  if (file.packages) parts.push('packages', ...file.packages.map((p) => p.replace(/[^A-Za-z0-9._-]+/g, '-')))
  if (file.shard) parts.push('shard', String(file.shard.index), 'of', String(file.shard.total))
  return `${parts.join('-')}.json`
}

/** Reads `2/3` as a shard. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const shard = { index: Number(match[1]), total: Number(match[2]) }
  return shardSchema.safeParse(shard).success ? shard : undefined
}
