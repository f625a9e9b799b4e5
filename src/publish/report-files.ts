import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { EvidenceFile } from '../evidence/evidence-file.js'
import { evidenceFileName } from '../evidence/evidence-file.js'
import type { GateReport } from '../model.js'
import { renderMarkdown } from './render-markdown.js'

/** The JSON report is a public contract: its shape is documented in the README under schemaVersion 1. */
export function renderJson(report: GateReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}

export async function writeReportFiles(report: GateReport, paths: { json?: string; markdown?: string }): Promise<void> {
  if (paths.json) await writeReportFile(paths.json, renderJson(report))
  if (paths.markdown) await writeReportFile(paths.markdown, renderMarkdown(report))
}

/** Writes one matrix job's evidence into `dir` under its shard's name; returns the path. */
export async function writeEvidenceFile(dir: string, file: EvidenceFile): Promise<string> {
  const path = join(resolve(dir), evidenceFileName(file))
  await writeReportFile(path, JSON.stringify(file, null, 2) + '\n')
  return path
}

/**
 * Writes a report to a file the user named, making its folder. One that cannot be written (a folder, a
 * read-only place) is the user's to fix, not a bug.
 */
export async function writeReportFile(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  } catch (error) {
    throw new ConfigurationError(`The report file ${path} could not be written: ${getErrorMessage(error)}`, {
      cause: error
    })
  }
}
