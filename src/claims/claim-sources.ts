import { join } from 'node:path'
import { unreadableError } from '../errors.js'
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
    const text = decodeReport(readReport(fs, root, file))
    if (text === undefined) notes.push(`${file}: skipped, it holds binary data`)
    else reports.push({ file, text })
  }
  return { ...(config ? { config } : {}), reports, notes }
}

/**
 * A report's text: UTF-8, or UTF-16 when a byte order mark says so (Windows PowerShell writes it when
 * output is redirected to a file). Undefined for binary data, which holds a NUL. The NUL is looked for
 * among the bytes: in the text of a report with emoji, each ASCII character is stored with a zero byte,
 * and a search for NUL there stopped at every one.
 */
function decodeReport(bytes: Buffer): string | undefined {
  const utf16 = utf16Of(bytes)
  if (utf16 !== undefined) return utf16.includes('\0') ? undefined : utf16
  return bytes.includes(0) ? undefined : bytes.toString('utf8')
}

/** The text of UTF-16 bytes that start with a byte order mark, without it; undefined for other bytes. */
function utf16Of(bytes: Buffer): string | undefined {
  // A last odd byte, of a file cut short, is no character.
  const units = bytes.subarray(2, bytes.length - (bytes.length % 2))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return units.toString('utf16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(units).swap16().toString('utf16le')
  return undefined
}

/** A report's bytes. A report that cannot be read stops the run, as a problem of the repository or the machine. */
function readReport(fs: FileSystem, root: string, file: string): Buffer {
  try {
    return fs.readSmallFile(join(root, file))
  } catch (error) {
    throw unreadableError(`${file}: the report`, error)
  }
}
