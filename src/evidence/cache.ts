import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FileSystem } from '../ports/file-system.js'
import type { ProcessRunner } from '../ports/process-runner.js'
import { VERSION } from '../version.js'
import type { EvidenceFile } from './evidence-file.js'
import { parseEvidenceFile } from './evidence-file.js'

const GIT_TIMEOUT_MS = 30_000

/** Whether evidence was reused, and under which key; `reason` says why the cache was not used at all. */
export interface CacheUse {
  key?: string
  hit: boolean
  reason?: string
}

/**
 * The key of an unchanged tree: the committed tree (which holds the lockfile and every source file),
 * the gate's version and the settings that change what is run. A tree with uncommitted changes has no
 * key: its content is not named by any hash.
 */
export async function evidenceCacheKey(
  runner: ProcessRunner,
  root: string,
  settings: unknown
): Promise<{ key?: string; reason?: string }> {
  const git = (args: string[]) =>
    runner.run({ label: 'git-cache-key', command: 'git', args, cwd: root, timeoutMs: GIT_TIMEOUT_MS })
  const tree = await git(['rev-parse', 'HEAD^{tree}'])
  if (tree.exitCode !== 0) return { reason: 'not a git checkout with a commit' }
  const status = await git(['status', '--porcelain', '--untracked-files=normal', '--', '.'])
  if (status.exitCode !== 0 || status.stdout.trim()) return { reason: 'the tree has uncommitted changes' }
  // Loaded here, not at start: only a run with a cache folder hashes anything, and loading takes milliseconds.
  const { createHash } = await import('node:crypto')
  const key = createHash('sha256')
    .update(JSON.stringify({ tree: tree.stdout.trim(), version: VERSION, settings }))
    .digest('hex')
    .slice(0, 32)
  return { key }
}

const pathOf = (dir: string, key: string) => join(dir, `evidence-${key}.json`)

export async function readCachedEvidence(fs: FileSystem, dir: string, key: string): Promise<EvidenceFile | undefined> {
  const path = pathOf(dir, key)
  if (!fs.exists(path)) return undefined
  try {
    return parseEvidenceFile(path, await fs.readText(path))
  } catch {
    return undefined // A damaged entry is a miss; the fresh evidence replaces it.
  }
}

export async function writeCachedEvidence(dir: string, key: string, file: EvidenceFile): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFile(pathOf(dir, key), JSON.stringify(file) + '\n')
}
