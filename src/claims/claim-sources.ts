import { join } from 'node:path'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { FileSystem } from '../ports/file-system.js'
import type { ClaimsFile } from './config-file.js'
import { readClaimsFile } from './config-file.js'
import { findReports } from './find-reports.js'

export interface ReadClaimsOptions {
  /** Report globs given as an input; they take precedence over the claims file's `reports`. */
  reports?: string[]
  /** A claims file path, repository-relative; without it `.github/readiness.yml` (or `.json`) is used if present. */
  claimsFile?: string
}

/** The claims file and the text of every report, read but not yet parsed. */
export interface ClaimSources {
  config?: ClaimsFile
  reports: Array<{ file: string; text: string }>
  notes: string[]
}

/**
 * Every file the claims come from, read: a claims file that is not valid, or a report that cannot be
 * read, fails here, before any check has started.
 */
export async function readClaimSources(
  fs: FileSystem,
  root: string,
  options: ReadClaimsOptions = {}
): Promise<ClaimSources> {
  const config = await readClaimsFile(fs, root, options.claimsFile)
  const found = await findReports(fs, root, options.reports ?? config?.reports)
  const notes = [...found.notes]
  const reports: ClaimSources['reports'] = []
  for (const file of found.files) {
    const bytes = readReport(fs, root, file)
    // A NUL is looked for among the bytes: in the text of a report with emoji, each ASCII character is
    // stored with a zero byte, and a search for NUL there stopped at every one.
    if (bytes.includes(0)) notes.push(`${file}: skipped, it holds binary data`)
    else reports.push({ file, text: bytes.toString('utf8') })
  }
  return { ...(config ? { config } : {}), reports, notes }
}

/** A report's bytes. A report that cannot be read stops the run, as a problem of the repository or the machine. */
function readReport(fs: FileSystem, root: string, file: string): Buffer {
  try {
    return fs.readSmallFile(join(root, file))
  } catch (error) {
    throw new ConfigurationError(`${file}: the report could not be read: ${getErrorMessage(error)}`, { cause: error })
  }
}
