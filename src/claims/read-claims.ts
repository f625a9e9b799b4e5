import type { Claim } from '../model.js'
import type { FileSystem } from '../ports/file-system.js'
import type { ClaimSources, ReadClaimsOptions } from './claim-sources.js'
import { readClaimSources } from './claim-sources.js'
import { isIgnored } from './config-file.js'
import { describeDisagreement, markDisagrees } from './mark-disagreement.js'
import { parseClaims } from './parse-claims.js'

export interface ReadClaimsResult {
  claims: Claim[]
  reports: string[]
  notes: string[]
}

/** Stage 1: find the repository's status reports and claims file, and read the claims they make. */
export async function readClaims(
  fs: FileSystem,
  root: string,
  options: ReadClaimsOptions = {}
): Promise<ReadClaimsResult> {
  return extractClaims(await readClaimSources(fs, root, options))
}

/** The claims the reports make, less those the claims file ignores, and the claims it declares. Pure. */
export async function extractClaims(sources: ClaimSources): Promise<ReadClaimsResult> {
  const { config, reports } = sources
  const extracted: Claim[] = []
  for (const { file, text } of reports) extracted.push(...(await parseClaims(file, text)))
  const notes = [...sources.notes]
  const disabled = new Set(config?.disable ?? [])
  const kept = config
    ? extracted.filter((claim) => !isIgnored(claim, config.ignore) && !disabled.has(claim.kind))
    : extracted
  if (config) {
    const ignored = extracted.length - kept.length
    notes.push(
      `${config.path}: ${config.claims.length} declared claims, ${ignored} claims ignored by its rules or disabled kinds`
    )
  }
  if (!reports.length && !config?.claims.length) notes.push('no status reports were found')
  notes.push(...kept.filter(markDisagrees).map(describeDisagreement))
  return { claims: [...kept, ...(config?.claims ?? [])], reports: reports.map((r) => r.file), notes }
}
