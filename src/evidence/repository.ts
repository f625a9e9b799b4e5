import { dirname, join, sep } from 'node:path'
import type { Claim, CommitFact, FileFact, RepositoryEvidence } from '../model.js'
import type { FileSystem } from '../ports/file-system.js'
import type { ProcessRunner } from '../ports/process-runner.js'

export interface RepositoryPorts {
  fs: FileSystem
  runner: ProcessRunner
}

const GIT_TIMEOUT_MS = 30_000

/** Checks the files and commits that claims name; nothing is gathered when no claim names one. */
export async function gatherRepositoryFacts(
  ports: RepositoryPorts,
  root: string,
  claims: Claim[]
): Promise<RepositoryEvidence | undefined> {
  const fileClaims = claims.filter((c) => c.kind === 'file.exists')
  const hashes = [...new Set(claims.filter((c) => c.kind === 'commit.exists').map((c) => String(c.claimed)))]
  if (!fileClaims.length && !hashes.length) return undefined
  const files: Record<string, FileFact> = {}
  for (const claim of fileClaims) files[String(claim.claimed)] ??= await fileFact(ports.fs, root, claim)
  return { files, ...(hashes.length ? await commitFacts(ports.runner, root, hashes) : { commits: {} }) }
}

/** A path may be written from the repository root or from the report's own folder. */
async function fileFact(fs: FileSystem, root: string, claim: Claim): Promise<FileFact> {
  const path = String(claim.claimed)
  const candidates = [join(root, path), join(root, dirname(claim.file), path)]
  const found = candidates.find((candidate) => fs.exists(candidate))
  if (!found) return 'missing'
  const [real, realRoot] = await Promise.all([fs.realPath(found), fs.realPath(root)])
  return real === realRoot || real.startsWith(realRoot + sep) ? 'exists' : 'outside'
}

async function commitFacts(
  runner: ProcessRunner,
  root: string,
  hashes: string[]
): Promise<Pick<RepositoryEvidence, 'commits' | 'commitsUnknown' | 'shallow'>> {
  const git = (label: string, args: string[], input?: string) =>
    runner.run({ label, command: 'git', args, cwd: root, timeoutMs: GIT_TIMEOUT_MS, input })
  const probe = await git('git-shallow', ['rev-parse', '--is-shallow-repository'])
  if (probe.exitCode !== 0) {
    const why = probe.spawnError
      ? `git could not be started: ${probe.spawnError}`
      : 'the directory is not a git repository'
    return { commits: {}, commitsUnknown: why }
  }
  // One process for every hash: a line in for each, a line out for each, in order.
  const batch = await git(
    'git-commits',
    ['cat-file', '--batch-check'],
    hashes.map((hash) => `${hash}^{commit}\n`).join('')
  )
  if (batch.exitCode !== 0 || batch.truncated) {
    return { commits: {}, commitsUnknown: `git cat-file failed (${batch.spawnError ?? `exit code ${batch.exitCode}`})` }
  }
  const answers = batch.stdout.split('\n')
  // `<hash> commit <size>` for a commit; `… missing` or `… ambiguous` otherwise.
  const commits = Object.fromEntries(
    hashes.map((hash, i): [string, CommitFact] => [hash, / commit \d+$/.test(answers[i] ?? '') ? 'present' : 'missing'])
  )
  return { commits, shallow: probe.stdout.trim() === 'true' }
}
