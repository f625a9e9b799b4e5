import { join } from 'node:path'
import type { Claim } from '../model.js'
import type { FileSystem } from '../ports/file-system.js'
import { isIgnored, readClaimsFile } from './config-file.js'
import { describeDisagreement, markDisagrees } from './mark-disagreement.js'
import { findReports } from './find-reports.js'
import { parseClaims } from './parse-claims.js'

export interface ReadClaimsResult {
  claims: Claim[]
  reports: string[]
  notes: string[]
}

export interface ReadClaimsOptions {
  /** Report globs given as an input; they take precedence over the claims file's `reports`. */
  reports?: string[]
  /** A claims file path, repository-relative; without it `.github/readiness.yml` (or `.json`) is used if present. */
  claimsFile?: string
}

/** Stage 1: find the repository's status reports and claims file, and read the claims they make. */
export async function readClaims(
  fs: FileSystem,
  root: string,
  options: ReadClaimsOptions = {}
): Promise<ReadClaimsResult> {
  const config = await readClaimsFile(fs, root, options.claimsFile)
  const found = await findReports(fs, root, options.reports ?? config?.reports)
  const notes = [...found.notes]
  const extracted: Claim[] = []
  const reports: string[] = []
  for (const file of found.files) {
    const text = fs.readSmallText(join(root, file))
    if (text.includes('\u0000')) {
      notes.push(`${file}: skipped, it holds binary data`)
      continue
    }
    reports.push(file)
    extracted.push(...parseClaims(file, text))
  }
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
  return { claims: [...kept, ...(config?.claims ?? [])], reports, notes }
}
