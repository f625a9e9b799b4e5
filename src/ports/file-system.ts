import { join } from 'node:path'
import { readdir, readFile, realpath } from 'node:fs/promises'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { ConfigurationError, errorCode, unreadableError } from '../errors.js'

export interface DirEntry {
  name: string
  isDirectory: boolean
  isFile: boolean
  isSymbolicLink: boolean
}

/** The file reads the gate makes, so tests can substitute an in-memory tree. */
export interface FileSystem {
  readText(path: string): Promise<string>
  /**
   * Reads a file already known to be small (a report under its size cap) in one blocking call. For the
   * many small reports of a repository this is several times faster than asynchronous reads, whose
   * round trips through the thread pool cost more than parsing the reports. The bytes are returned, so
   * a caller can look for binary data before decoding them.
   */
  readSmallFile(path: string): Buffer
  exists(path: string): boolean
  list(dir: string): Promise<DirEntry[]>
  realPath(path: string): Promise<string>
  /**
   * The size in bytes of the file a path leads to, through links, or undefined when it leads to a folder
   * or anything else that is not a file. One blocking call, for the same reason as `readSmallFile`.
   */
  fileSize(path: string): number | undefined
}

export function createFileSystem(): FileSystem {
  return {
    readText: async (path) => {
      try {
        return await readFile(path, 'utf8')
      } catch (error) {
        throw unreadable(path, error)
      }
    },
    readSmallFile: (path) => readFileSync(path),
    exists: (path) => existsSync(path),
    list: async (dir) =>
      (await readdir(dir, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
        isFile: entry.isFile(),
        isSymbolicLink: entry.isSymbolicLink()
      })),
    realPath: (path) => realpath(path),
    fileSize: (path) => {
      const stats = statSync(path)
      return stats.isFile() ? stats.size : undefined
    }
  }
}

/**
 * Every file the gate reads as text is the repository's or the user's (a manifest, a config, a report a
 * tool wrote): one that cannot be read is their problem to mend, named with its path, not a bug.
 */
function unreadable(path: string, error: unknown): ConfigurationError {
  if (errorCode(error) !== 'EISDIR') return unreadableError(path, error)
  return new ConfigurationError(`${path} is a folder; expected a file`, { cause: error })
}

/**
 * The size of the file a path the user gave leads to, or a user error when it leads to no file. `named`
 * names the path in the message (`The claims file .github/readiness.yml`), which says what was found.
 */
export function expectFile(fs: FileSystem, path: string, named: string): number {
  if (!fs.exists(path)) throw new ConfigurationError(`${named} does not exist`)
  const size = fs.fileSize(path)
  if (size === undefined) {
    throw new ConfigurationError(`${named} is a folder or something else that is not a file; expected a file`)
  }
  return size
}

/** Fails with a user error unless a path the user gave leads to a folder, as `expectFile` does for a file. */
export function expectFolder(fs: FileSystem, path: string, named: string): void {
  if (!fs.exists(path)) throw new ConfigurationError(`${named} does not exist`)
  if (fs.fileSize(path) !== undefined) throw new ConfigurationError(`${named} is a file; expected a folder`)
}

/** What a walk does with what it finds below its folder. */
export interface Walk {
  /** Called with each file and each link, and whether it is a link, so callers can check where it leads. */
  visit(path: string, isLink: boolean): Promise<void>
  /** Whether to enter a folder, by its name. */
  enter(name: string): boolean
  /** Called with a folder below the first that cannot be listed (no permission, a path too long); it is passed over. */
  unreadable(path: string, error: unknown): void
}

/**
 * Visits every file below `dir`, entering the folders the walk accepts. Links to folders are not
 * followed. A folder that cannot be listed is passed over, but `dir` itself must be listed: an error
 * there is the caller's.
 */
export async function walkFiles(fs: FileSystem, dir: string, walk: Walk): Promise<void> {
  await walkEntries(fs, dir, await fs.list(dir), walk)
}

async function walkEntries(fs: FileSystem, dir: string, entries: DirEntry[], walk: Walk): Promise<void> {
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory && !entry.isSymbolicLink) {
      if (!walk.enter(entry.name)) continue
      const inside = await fs.list(path).catch((error: unknown) => {
        walk.unreadable(path, error)
        return []
      })
      await walkEntries(fs, path, inside, walk)
    } else if (entry.isFile || entry.isSymbolicLink) {
      await walk.visit(path, entry.isSymbolicLink)
    }
  }
}
