/** Reads tsc's diagnostics from its stdout. tsc 5.9, 6 and 7 print the same line formats. */

export interface TscDiagnostic {
  file?: string
  line?: number
  column?: number
  code: string
  message: string
}

export interface TscOutput {
  diagnostics: TscDiagnostic[]
  /** tsc printed its usage text: it ran without finding a tsconfig.json. */
  printedHelp: boolean
  /** The `Found N errors` line of `--pretty` output, when present. */
  summaryCount?: number
}

const PLAIN = /^(?<file>.+?)\((?<line>\d+),(?<col>\d+)\): error TS(?<code>\d+): (?<msg>.*)$/
const PRETTY = /^(?<file>.+?):(?<line>\d+):(?<col>\d+) - error TS(?<code>\d+): (?<msg>.*)$/
const GLOBAL = /^error TS(?<code>\d+): (?<msg>.*)$/
const SUMMARY = /^Found (\d+) errors?\b/
const ANSI = /\x1b\[[0-9;]*m/g

export function parseTscOutput(stdout: string): TscOutput {
  const diagnostics: TscDiagnostic[] = []
  let summaryCount: number | undefined
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.replace(ANSI, '')
    const match = PLAIN.exec(line) ?? PRETTY.exec(line) ?? GLOBAL.exec(line)
    if (match?.groups) {
      diagnostics.push(toDiagnostic(match.groups))
      continue
    }
    const summary = SUMMARY.exec(line)
    if (summary) summaryCount = Number(summary[1])
  }
  const printedHelp = diagnostics.length === 0 && /^Version \d/m.test(stdout) && /tsc --/.test(stdout)
  return { diagnostics, printedHelp, summaryCount }
}

function toDiagnostic(groups: Record<string, string | undefined>): TscDiagnostic {
  return {
    file: groups.file,
    line: groups.line ? Number(groups.line) : undefined,
    column: groups.col ? Number(groups.col) : undefined,
    code: `TS${groups.code}`,
    message: groups.msg ?? ''
  }
}

export function countByCode(diagnostics: TscDiagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1
  return counts
}

export function formatDiagnostic(d: TscDiagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `(${d.line},${d.column ?? 0})` : ''}: ` : ''
  return `${where}error ${d.code}: ${d.message}`
}
