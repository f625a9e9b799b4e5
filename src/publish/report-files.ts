import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { GateReport } from '../model.js'
import { renderMarkdown } from './render-markdown.js'

/** The JSON report is a public contract: its shape is documented in the README under schemaVersion 1. */
export function renderJson(report: GateReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}

export async function writeReportFiles(report: GateReport, paths: { json?: string; markdown?: string }): Promise<void> {
  if (paths.json) await writeText(paths.json, renderJson(report))
  if (paths.markdown) await writeText(paths.markdown, renderMarkdown(report))
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}
