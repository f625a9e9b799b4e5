import type { Claim } from '../model.js'
import type { ProcessRunner, RunResult } from '../ports/process-runner.js'
import { chunk, inTurns } from '../lists.js'

const GIT_TIMEOUT_MS = 30_000
const UNCOMMITTED = /^0{40}$/
/** `git` calls under way at once: one a file, after the checks have ended. */
const GIT_AT_ONCE = 4
/** Line ranges a `git blame` is given at most: a file with more claimed lines is blamed in parts. */
const MOST_RANGES = 200

/** Where a claim's line came from. */
export interface LineOrigin {
  commit: string
  /** True when the line was already there at the base revision: the change under review did not write it. */
  inBase?: boolean
}

export interface ClaimHistory {
  /** `file:line` → origin, for the claims whose history could be read. */
  origins: Map<string, LineOrigin>
  notes: string[]
}

export const lineKey = (claim: Pick<Claim, 'file' | 'line'>): string => `${claim.file}:${claim.line}`

/**
 * Finds the commit that last changed each claim's line (`git blame`) and, with a base revision, whether
 * that commit is already in the base. Without history it says so and finds nothing.
 */
export async function readClaimHistory(
  runner: ProcessRunner,
  root: string,
  claims: Claim[],
  base?: string
): Promise<ClaimHistory> {
  const git = (args: string[]) =>
    runner.run({ label: 'git-history', command: 'git', args, cwd: root, timeoutMs: GIT_TIMEOUT_MS })
  const origins = new Map<string, LineOrigin>()
  if (!claims.length) return { origins, notes: [] }
  const shallow = await git(['rev-parse', '--is-shallow-repository'])
  if (shallow.exitCode !== 0) return { origins, notes: ['no git history: every claim is treated as current'] }
  const notes: string[] = []
  const isShallow = shallow.stdout.trim() === 'true'
  if (isShallow)
    notes.push('the clone is shallow: lines older than it are attributed to its oldest commit (use fetch-depth: 0)')
  const baseFound = base ? (await git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`])).exitCode === 0 : false
  if (base && !baseFound)
    notes.push(`the base revision ${base} is not in the history: every claim is treated as current`)
  const blamed = await blameLines(git, claims)
  const inBase = new Map<string, boolean>()
  if (baseFound) {
    // A boundary commit in a shallow clone stands for the history cut off: whether it is in the base is
    // not known. Blame marks a root commit as a boundary too, but in a full clone that is a real origin.
    const known = [...blamed.values()].filter((line) => !(isShallow && line.boundary))
    const commits = [...new Set(known.map((line) => line.commit))]
    await inTurns(commits, GIT_AT_ONCE, async (commit) => {
      inBase.set(commit, (await git(['merge-base', '--is-ancestor', commit, base as string])).exitCode === 0)
    })
  }
  for (const [key, { commit }] of blamed) {
    const known = inBase.get(commit)
    origins.set(key, known === undefined ? { commit } : { commit, inBase: known })
  }
  return { origins, notes }
}

/** The commit that last changed a line, and whether blame marked it as the boundary of the history. */
interface BlamedLine {
  commit: string
  boundary: boolean
}

/**
 * Blames the claims' lines, one `git blame` a file with a range a line (a file of many claimed lines in
 * parts): one call a claim took half a minute for the 6,000 contradicted claims of a thousand reports.
 * Uncommitted lines have no origin.
 */
async function blameLines(
  git: (args: string[]) => Promise<RunResult>,
  claims: Claim[]
): Promise<Map<string, BlamedLine>> {
  const linesByFile = new Map<string, Set<number>>()
  for (const claim of claims) linesByFile.set(claim.file, (linesByFile.get(claim.file) ?? new Set()).add(claim.line))
  const parts = [...linesByFile].flatMap(([file, lines]) =>
    chunk([...lines], MOST_RANGES).map((part) => ({ file, lines: new Set(part) }))
  )
  const blamed = new Map<string, BlamedLine>()
  await inTurns(parts, GIT_AT_ONCE, async ({ file, lines }) => {
    const ranges = [...lines].flatMap((line) => ['-L', `${line},${line}`])
    const result = await git(['blame', '--porcelain', ...ranges, '--', file])
    if (result.exitCode !== 0) return
    for (const [line, origin] of parsePorcelain(result.stdout)) {
      if (lines.has(line) && !UNCOMMITTED.test(origin.commit)) blamed.set(lineKey({ file, line }), origin)
    }
  })
  return blamed
}

const PORCELAIN_HEADER = /^([0-9a-f]{40}) \d+ (\d+)/

/**
 * `git blame --porcelain`: a header (commit, original line, final line) before each line's text, which
 * starts with a tab. A commit's details follow its header the first time it appears, with `boundary` when
 * blame marks it so: in a shallow clone its oldest commit stands for all the history cut off, and a root
 * commit is marked too, but is a real origin (the caller knows which).
 */
export function parsePorcelain(output: string): Map<number, BlamedLine> {
  const lines = new Map<number, BlamedLine>()
  const boundaries = new Set<string>()
  let commit = ''
  let line = 0
  for (const text of output.split('\n')) {
    const header = PORCELAIN_HEADER.exec(text)
    if (header) {
      commit = header[1] as string
      line = Number(header[2])
    } else if (text === 'boundary') boundaries.add(commit)
    else if (text.startsWith('\t') && commit) lines.set(line, { commit, boundary: boundaries.has(commit) })
  }
  return lines
}
