import { join } from 'node:path'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'

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
   * round trips through the thread pool cost more than parsing the reports.
   */
  readSmallText(path: string): string
  exists(path: string): boolean
  list(dir: string): Promise<DirEntry[]>
  realPath(path: string): Promise<string>
  size(path: string): Promise<number>
}

export function createFileSystem(): FileSystem {
  return {
    readText: (path) => readFile(path, 'utf8'),
    readSmallText: (path) => readFileSync(path, 'utf8'),
    exists: (path) => existsSync(path),
    list: async (dir) =>
      (await readdir(dir, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
        isFile: entry.isFile(),
        isSymbolicLink: entry.isSymbolicLink()
      })),
    realPath: (path) => realpath(path),
    size: async (path) => (await stat(path)).size
  }
}

/**
 * Visits every file below `dir`, entering the folders `enter` accepts. Links to folders are not
 * followed; links to files are visited, and told apart, so callers can check where they lead.
 */
export async function walkFiles(
  fs: FileSystem,
  dir: string,
  visit: (path: string, isLink: boolean) => Promise<void>,
  enter: (name: string) => boolean
): Promise<void> {
  for (const entry of await fs.list(dir)) {
    const path = join(dir, entry.name)
    if (entry.isDirectory && !entry.isSymbolicLink) {
      if (enter(entry.name)) await walkFiles(fs, path, visit, enter)
    } else if (entry.isFile || entry.isSymbolicLink) {
      await visit(path, entry.isSymbolicLink)
    }
  }
}
