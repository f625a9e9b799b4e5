/**
 * Reports that are hostile or broken, on the real file system: the gate reads what it can, says what it
 * skipped and why, and never crashes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReadClaimsResult } from '../../src/claims/read-claims.js'
import { readClaims } from './read-reports.js'
import { MAX_REPORT_BYTES } from '../../src/claims/find-reports.js'
import { MAX_LINE_LENGTH } from '../../src/claims/matchers.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import { ConfigurationError } from '../../src/errors.js'
import { removeTree, tooDeepFolder } from '../helpers.js'

let root: string
let result: ReadClaimsResult
/** One line of repeated claims just over the limit, as a minified blob pasted into a report would be. */
const BLOB_UNIT = '✅ **Tests**: 37/37 passing (was 30) → 40 |'
const BLOB_LINE = `${BLOB_UNIT} `.repeat(Math.ceil(MAX_LINE_LENGTH / BLOB_UNIT.length)).trim()

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gate-hostile-'))
  const outside = mkdtempSync(join(tmpdir(), 'gate-outside-'))
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  write('BINARY_STATUS.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]))
  write('HUGE_REPORT.md', Buffer.alloc(50 * 1024 * 1024, '- ✅ 5/5 tests passing\n'))
  write(
    'NESTED_STATUS.md',
    Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + '\n- ✅ 3/3 tests passing\n'
  )
  const rows = Array.from({ length: 10_000 }, (_, i) => `| row ${i} | ✅ done |`)
  write('TABLE_REPORT.md', `| Item | State |\n| --- | --- |\n${rows.join('\n')}\n\nTypeScript: 0 errors\n`)
  const invalid = Buffer.from([0xff, 0xfe, 0x20, 0xc3, 0x28, 0x0a]) // not UTF-8: a lone 0xff, a broken 2-byte sequence
  write(
    'BADUTF8_STATUS.md',
    Buffer.concat([Buffer.from('# Status\n'), invalid, Buffer.from('- ✅ 7/7 tests passing\n')])
  )
  write('MOJIBAKE_STATUS.md', '- \u00e2\u0153\u2026 4/4 tests passing\n')
  const utf16 = Buffer.from('# Status\n\n- ✅ 11/11 tests passing\n', 'utf16le')
  write('UTF16_STATUS.md', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))
  write(
    'UTF16BE_STATUS.md',
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16).swap16(), Buffer.from([0x00])])
  )
  writeFileSync(join(outside, 'SECRET.md'), '- ✅ 9/9 tests passing\n')
  symlinkSync(join(outside, 'SECRET.md'), join(root, 'LINKED_STATUS.md'))
  write('docs/état du projet/STATUS report.md', '- ✅ 2/2 tests passing\n')
  write('BLOB_STATUS.md', `${BLOB_LINE}\n- ✅ 6/6 tests passing\n`)
  write('WIDE_STATUS.md', `- ✅ 8/8 tests passing ${'x'.repeat(MAX_LINE_LENGTH - 40)}\n`)
  symlinkSync('docs', join(root, 'FOLDER_STATUS.md'))
  symlinkSync('GONE.md', join(root, 'GONE_STATUS.md'))
  symlinkSync('LOOP_STATUS.md', join(root, 'LOOP_STATUS.md'))
  symlinkSync('MOJIBAKE_STATUS.md', join(root, 'SHORTCUT_STATUS.md'))
  result = await readClaims(createFileSystem(), root)
})

const claimsIn = (file: string) =>
  result.claims.filter((c) => c.file === file).map((c) => `${c.line} ${c.kind}=${String(c.claimed)}`)

describe('hostile and broken reports', () => {
  it('skips binary data, an oversized file and a link out of the repository, saying why', () => {
    expect(result.notes).toEqual(
      expect.arrayContaining([
        'BINARY_STATUS.md: skipped, it holds binary data',
        `HUGE_REPORT.md: skipped, ${50 * 1024 * 1024} bytes is over the ${MAX_REPORT_BYTES}-byte limit for a report`,
        'LINKED_STATUS.md: skipped, a link that points outside the repository'
      ])
    )
    expect(result.reports).not.toEqual(
      expect.arrayContaining(['BINARY_STATUS.md', 'HUGE_REPORT.md', 'LINKED_STATUS.md'])
    )
  })

  it('skips a link to a folder, a link to nothing and a link to itself, saying why, and reads a link to a report', () => {
    expect(result.notes).toEqual(
      expect.arrayContaining([
        'FOLDER_STATUS.md: skipped, a link to a folder or something else that is not a file',
        'GONE_STATUS.md: skipped, a link to a file that does not exist',
        'LOOP_STATUS.md: skipped, a link that cannot be followed (ELOOP)'
      ])
    )
    expect(result.reports).not.toEqual(expect.arrayContaining(['FOLDER_STATUS.md']))
    expect(result.reports).not.toEqual(expect.arrayContaining(['GONE_STATUS.md']))
    expect(result.reports).not.toEqual(expect.arrayContaining(['LOOP_STATUS.md']))
    expect(claimsIn('SHORTCUT_STATUS.md')).toEqual(['1 tests.passed=4', '1 tests.total=4'])
  })

  it('passes over a line too long to hold a claim, saying so, and reads the lines around it', () => {
    expect(result.notes).toContain(
      `BLOB_STATUS.md:1: a line of ${BLOB_LINE.length} characters was not read; claims are read from lines of up to ${MAX_LINE_LENGTH}`
    )
    expect(claimsIn('BLOB_STATUS.md')).toEqual(['2 tests.passed=6', '2 tests.total=6'])
    expect(claimsIn('WIDE_STATUS.md')).toEqual(['1 tests.passed=8', '1 tests.total=8'])
  })

  it('reads a 2,000-level nested list and a 10,000-row table to the end', () => {
    expect(claimsIn('NESTED_STATUS.md')).toEqual(['2001 tests.passed=3', '2001 tests.total=3'])
    expect(claimsIn('TABLE_REPORT.md')).toEqual(['10004 typecheck.errors=0'])
  })

  it('reads past invalid UTF-8 and repairs mojibake', () => {
    expect(claimsIn('BADUTF8_STATUS.md')).toEqual(['3 tests.passed=7', '3 tests.total=7'])
    expect(claimsIn('MOJIBAKE_STATUS.md')).toEqual(['1 tests.passed=4', '1 tests.total=4'])
  })

  it('reads a report written as UTF-16, as Windows PowerShell writes one, in either byte order', () => {
    expect(claimsIn('UTF16_STATUS.md')).toEqual(['3 tests.passed=11', '3 tests.total=11'])
    expect(claimsIn('UTF16BE_STATUS.md')).toEqual(['3 tests.passed=11', '3 tests.total=11'])
  })

  it('keeps a path with spaces and accents as it is', () => {
    expect(claimsIn('docs/état du projet/STATUS report.md')).toEqual(['1 tests.passed=2', '1 tests.total=2'])
  })
})

describe('a report that cannot be read', () => {
  it('fails the reading with the error of that report, and reads no report after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-unreadable-'))
    for (const name of ['A_REPORT.md', 'B_REPORT.md', 'C_REPORT.md', 'D_REPORT.md'])
      writeFileSync(join(dir, name), '- ✅ 3/3 tests passing\n')
    const real = createFileSystem()
    const reads: string[] = []
    const fs = {
      ...real,
      readSmallFile: (path: string) => {
        reads.push(path.slice(dir.length + 1))
        if (path.endsWith('C_REPORT.md')) throw new Error(`EIO: ${path}`)
        return real.readSmallFile(path)
      }
    }
    const reading = readClaims(fs, dir)
    await expect(reading).rejects.toThrow(/^C_REPORT\.md: the report could not be read: EIO: .*C_REPORT\.md/)
    // A file the gate cannot read is a problem of the repository or the machine, not a bug of the gate.
    await expect(reading).rejects.toBeInstanceOf(ConfigurationError)
    expect(reads).toEqual(['A_REPORT.md', 'B_REPORT.md', 'C_REPORT.md'])
  })
})

describe('folders that cannot be read', () => {
  let dir: string
  let deep: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gate-unlisted-'))
    deep = tooDeepFolder(dir)
    mkdirSync(join(dir, 'pgdata'))
    writeFileSync(join(dir, 'pgdata', 'STATUS_REPORT.md'), '- ✅ 1/1 tests passing\n')
    writeFileSync(join(dir, 'STATUS_REPORT.md'), '- ✅ 3/3 tests passing\n')
  })
  afterAll(() => removeTree(dir))

  it('skips a folder whose path is too long to list, saying so, and reads the reports elsewhere', async () => {
    const found = await readClaims(createFileSystem(), dir)
    const note = found.notes.find((n) => n.startsWith(`${deep}/`))
    expect(note).toMatch(/^deep\/(?:d{20}\/)+: skipped, the folder could not be read \(ENAMETOOLONG\)$/)
    expect(found.reports).toEqual(['STATUS_REPORT.md', 'pgdata/STATUS_REPORT.md'])
  })

  it('skips a folder it has no permission to list, saying so, and reads the reports elsewhere', async () => {
    const real = createFileSystem()
    // Root reads every folder, so the refusal another user gets is made here.
    const fs = {
      ...real,
      list: (path: string) =>
        path.endsWith('pgdata')
          ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' }))
          : real.list(path)
    }
    const found = await readClaims(fs, dir)
    expect(found.notes).toContain('pgdata/: skipped, the folder could not be read (EACCES)')
    expect(found.reports).toEqual(['STATUS_REPORT.md'])
  })

  it('fails with a user error that names the directory when the directory itself cannot be listed', async () => {
    const fs = { ...createFileSystem(), list: () => Promise.reject(new Error('EACCES: permission denied')) }
    const reading = readClaims(fs, dir)
    await expect(reading).rejects.toThrow(`The directory ${dir} could not be read: EACCES: permission denied`)
    await expect(reading).rejects.toBeInstanceOf(ConfigurationError)
  })
})
