import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ClaimVerdict } from '../model.js'

export interface FixResult {
  files: string[]
  lines: number
}

/**
 * Rewrites report lines to their suggested text. A line is changed only while it still reads as it did
 * when the claims were read, so a truncated or since-edited line is left alone. Indentation is kept.
 */
export async function applyFixes(root: string, claims: ClaimVerdict[]): Promise<FixResult> {
  const byFile = new Map<string, Map<number, { from: string; to: string }>>()
  for (const claim of claims) {
    if (!claim.suggestion) continue
    const lines = byFile.get(claim.file) ?? new Map<number, { from: string; to: string }>()
    lines.set(claim.line, { from: claim.text, to: claim.suggestion })
    byFile.set(claim.file, lines)
  }
  const result: FixResult = { files: [], lines: 0 }
  for (const [file, fixes] of byFile) {
    const path = join(root, file)
    const text = await readFile(path, 'utf8')
    const eol = text.includes('\r\n') ? '\r\n' : '\n'
    const lines = text.split(/\r?\n/)
    let changed = 0
    for (const [line, fix] of fixes) {
      const current = lines[line - 1]
      if (current === undefined || current.trim() !== fix.from) continue
      lines[line - 1] = current.slice(0, current.length - current.trimStart().length) + fix.to
      changed++
    }
    if (!changed) continue
    await writeFile(path, lines.join(eol))
    result.files.push(file)
    result.lines += changed
  }
  return result
}
