import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'

export interface DirEntry {
  name: string
  isDirectory: boolean
  isFile: boolean
  isSymbolicLink: boolean
}

/** The file reads the gate makes, so tests can substitute an in-memory tree. */
export interface FileSystem {
  readText(path: string): Promise<string>
  exists(path: string): boolean
  list(dir: string): Promise<DirEntry[]>
  realPath(path: string): Promise<string>
  size(path: string): Promise<number>
}

export function createFileSystem(): FileSystem {
  return {
    readText: (path) => readFile(path, 'utf8'),
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
