import type { Claim } from '../model.js'
import type { ProcessRunner } from '../ports/process-runner.js'

const GIT_TIMEOUT_MS = 30_000
const UNCOMMITTED = /^0{40}$/

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
  for (const claim of claims) {
    const key = lineKey(claim)
    if (origins.has(key)) continue
    const blame = await git(['blame', '--porcelain', '-L', `${claim.line},${claim.line}`, '--', claim.file])
    const commit = blame.exitCode === 0 ? blame.stdout.split(' ')[0] : undefined
    if (!commit || UNCOMMITTED.test(commit)) continue
    // In a shallow clone its oldest commit stands for all the history cut off, and blame marks it
    // `boundary`; blame marks a root commit so too, but that is a real origin.
    const boundary = isShallow && /^boundary$/m.test(blame.stdout)
    const inBase =
      baseFound && !boundary
        ? (await git(['merge-base', '--is-ancestor', commit, base as string])).exitCode === 0
        : undefined
    origins.set(key, inBase === undefined ? { commit } : { commit, inBase })
  }
  return { origins, notes }
}
