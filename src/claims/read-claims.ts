import { join } from 'node:path'
import type { Claim } from '../model.js'
import type { FileSystem } from '../ports/file-system.js'
import { findReports } from './find-reports.js'
import { parseClaims } from './parse-claims.js'

export interface ReadClaimsResult {
  claims: Claim[]
  reports: string[]
  notes: string[]
}

/** Stage 1: find the repository's status reports and read the claims they make. */
export async function readClaims(fs: FileSystem, root: string, patterns?: string[]): Promise<ReadClaimsResult> {
  const found = await findReports(fs, root, patterns)
  const notes = [...found.notes]
  const claims: Claim[] = []
  const reports: string[] = []
  for (const file of found.files) {
    const text = await fs.readText(join(root, file))
    if (text.includes('\u0000')) {
      notes.push(`${file}: skipped, it holds binary data`)
      continue
    }
    reports.push(file)
    claims.push(...parseClaims(file, text))
  }
  if (!reports.length) notes.push('no status reports were found')
  return { claims, reports, notes }
}
