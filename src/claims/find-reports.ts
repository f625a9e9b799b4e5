import { relative, sep } from 'node:path'
import type { FileSystem, Walk } from '../ports/file-system.js'
import { walkFiles } from '../ports/file-system.js'
import { errorCode, unreadableError } from '../errors.js'
import { compileGlob } from '../glob.js'

/** File names that status reports are committed under (see the README's list). */
export const REPORT_NAME =
  /(READINESS|PRODUCTION[_-]?READY|SESSION|REPORT|STATUS|AUDIT|COMPLETE|COMPLETION|SUMMARY|PROGRESS|HANDOFF|PR[_-]DESCRIPTION|VERIFICATION)[^/]*\.md$/i

/** Folders whose every markdown file is a report. */
const REPORT_FOLDERS = [/^docs\/status\//, /^\.claude\/status\//, /^status\//]

/** Dependencies, build output and VCS data never hold the repository's own reports. */
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.turbo',
  'vendor',
  '.venv',
  'venv',
  '__pycache__',
  '.cache'
])

/** Reports larger than this are passed over with a note rather than read. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024

export interface FoundReports {
  /** Repository-relative paths with forward slashes, sorted. */
  files: string[]
  notes: string[]
}

export async function findReports(fs: FileSystem, root: string, patterns?: string[]): Promise<FoundReports> {
  const matchers = patterns?.length ? patterns.map(compileGlob) : undefined
  const candidates: Array<{ path: string; rel: string; isLink: boolean }> = []
  const notes: string[] = []
  const relativeTo = (path: string) => relative(root, path).split(sep).join('/')
  const walk: Walk = {
    visit: async (path, isLink) => {
      const rel = relativeTo(path)
      if (matchers ? matchers.some((m) => m.test(rel)) : isDefaultReport(rel)) candidates.push({ path, rel, isLink })
    },
    enter: (name) => !SKIPPED_DIRS.has(name) && !isHiddenExceptReports(name),
    // A folder the runner's user may not read (one a container made, say) holds no report the gate could
    // read: the others are still checked.
    unreadable: (path, error) =>
      notes.push(`${relativeTo(path)}/: skipped, the folder could not be read (${errorCode(error)})`)
  }
  try {
    await walkFiles(fs, root, walk)
  } catch (error) {
    throw unreadableError(`The directory ${root}`, error)
  }
  const rootReal = await fs.realPath(root)
  // The links' targets are resolved together: one at a time, their round trips would add up.
  const skipped = await Promise.all(candidates.map((candidate) => whySkipped(fs, rootReal, candidate)))
  return {
    files: candidates
      .filter((_, i) => !skipped[i])
      .map((c) => c.rel)
      .sort(),
    notes: [...notes, ...skipped.filter((note): note is string => note !== undefined)]
  }
}

/** Why a report is passed over, or nothing when it is read. */
async function whySkipped(
  fs: FileSystem,
  rootReal: string,
  { path, rel, isLink }: { path: string; rel: string; isLink: boolean }
): Promise<string | undefined> {
  if (isLink) {
    const target = await linkTarget(fs, path)
    if ('broken' in target) return `${rel}: skipped, ${target.broken}`
    if (!target.path.startsWith(rootReal + sep)) return `${rel}: skipped, a link that points outside the repository`
  }
  // Only a link can lead to a folder here: the walk visits the other entries only when they are files.
  const size = fs.fileSize(path)
  if (size === undefined) return `${rel}: skipped, a link to a folder or something else that is not a file`
  if (size > MAX_REPORT_BYTES)
    return `${rel}: skipped, ${size} bytes is over the ${MAX_REPORT_BYTES}-byte limit for a report`
  return undefined
}

/** Where a link leads, or why it cannot be followed: its target is gone, or the links go round in a loop. */
async function linkTarget(fs: FileSystem, path: string): Promise<{ path: string } | { broken: string }> {
  try {
    return { path: await fs.realPath(path) }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { broken: 'a link to a file that does not exist' }
    return { broken: `a link that cannot be followed (${errorCode(error)})` }
  }
}

function isDefaultReport(rel: string): boolean {
  if (!rel.toLowerCase().endsWith('.md')) return false
  return REPORT_NAME.test(rel.split('/').pop() ?? '') || REPORT_FOLDERS.some((folder) => folder.test(rel))
}

function isHiddenExceptReports(name: string): boolean {
  return name.startsWith('.') && name !== '.claude' && name !== '.github'
}
