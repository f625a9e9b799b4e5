import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_CLAIMS_FILE_BYTES, ignoredBy, parseClaimsFile } from '../../src/claims/config-file.js'
import { readClaims } from './read-reports.js'
import { ConfigurationError } from '../../src/errors.js'
import { createFileSystem } from '../../src/ports/file-system.js'

const VALID = `version: 1
reports:
  - docs/status/*.md
claims:
  - kind: tests.passed
    value: 37
  - kind: audit.vulnerabilities
    value: 0
    scope: high
    text: No high vulnerabilities in production dependencies
ignore:
  - file: docs/status/OLD.md
    kind: build.passing
`

async function errorOf(text: string, path = '.github/readiness.yml'): Promise<string> {
  try {
    await parseClaimsFile(path, text)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected the file to be rejected')
}

describe('parseClaimsFile', () => {
  it('turns declared claims into claims located at their line of the file', async () => {
    const file = await parseClaimsFile('.github/readiness.yml', VALID)
    expect(file.reports).toEqual(['docs/status/*.md'])
    expect(file.claims).toEqual([
      { file: '.github/readiness.yml', line: 5, text: 'tests.passed: 37', kind: 'tests.passed', claimed: 37 },
      {
        file: '.github/readiness.yml',
        line: 7,
        text: 'No high vulnerabilities in production dependencies',
        kind: 'audit.vulnerabilities',
        claimed: 0,
        scope: 'high'
      }
    ])
  })

  it('reads the JSON form', async () => {
    const file = await parseClaimsFile(
      '.github/readiness.json',
      '{"claims": [{"kind": "build.passing", "value": true}]}'
    )
    expect(file.claims).toMatchObject([{ kind: 'build.passing', claimed: true, line: 1 }])
  })

  it('names the path, the line, what was expected and what was received', async () => {
    const message = await errorOf('claims:\n  - kind: test.passed\n    value: 37\n')
    expect(message).toMatch(/^\.github\/readiness\.yml has 1 problem:/)
    expect(message).toMatch(
      /claims\[0\]\.kind \(line 2\): Invalid option: expected one of "tests\.passed"\|.*; received "test\.passed"/
    )
  })

  it('shows a number JSON cannot hold as the file wrote it, not as null', async () => {
    const message = await errorOf('claims:\n  - kind: tests.total\n    value: 1e999\n')
    expect(message).toMatch(/claims\[0\]\.value \(line 3\): .*; received Infinity$/m)
  })

  it('reports every problem at once, including unknown keys and values of the wrong type', async () => {
    const message = await errorOf('claims:\n  - kind: build.passing\n    value: 3\nignore:\n  - line: 4\nextra: true\n')
    expect(message).toMatch(/has 3 problems/)
    expect(message).toMatch(/claims\[0\]\.value \(line 3\): a build\.passing claim takes a boolean; received 3/)
    expect(message).toMatch(/ignore\[0\]\.file \(line 5\): Invalid input: expected string, received undefined$/m)
    expect(message).toMatch(/\(top level\).*Unrecognized key: "extra"/)
  })

  it('rejects YAML that does not parse, with the line', async () => {
    expect(await errorOf('claims:\n  - kind: [unclosed\n')).toMatch(/is not valid YAML:\n {2}line 3: Flow sequence/)
  })

  it('rejects YAML whose aliases expand without end, as YAML that is not valid', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const previous = 'abcdefg'[i] as string
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const message = await errorOf(`${levels.join('\n')}\nclaims: [${Array(9).fill('*g').join(', ')}]\n`)
    expect(message).toMatch(/^\.github\/readiness\.yml is not valid YAML: .*alias/i)
  })

  it('lists the first 20 problems of thousands, and counts the rest', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `  - kind: tests.total\n    value: ${i}\n    size: ${i}`)
    const lines = (await errorOf(`claims:\n${entries.join('\n')}\n`)).split('\n')
    expect(lines[0]).toBe('.github/readiness.yml has 3000 problems:')
    expect(lines.slice(1, 3)).toEqual([
      '  claims[0] (line 2): Unrecognized key: "size"',
      '  claims[1] (line 5): Unrecognized key: "size"'
    ])
    expect(lines).toHaveLength(22)
    expect(lines[21]).toBe('  and 2980 more')
  })

  it('refuses a list of more than 10,000 entries before checking them, with what it received', async () => {
    const entries = Array.from({ length: 10_001 }, () => '  - kind: tests.total\n    bogus: 1')
    expect(await errorOf(`claims:\n${entries.join('\n')}\n`)).toBe(
      '.github/readiness.yml: claims (line 2) may hold at most 10000 entries; received 10001'
    )
  })

  it('rejects invalid JSON as JSON', async () => {
    expect(await errorOf('{"claims": [}', '.github/readiness.json')).toMatch(/is not valid JSON/)
  })
})

describe('ignoredBy', () => {
  const claim = {
    file: 'docs/status/OLD.md',
    line: 4,
    text: 'Build: ✅ passing',
    kind: 'build.passing' as const,
    claimed: true
  }

  const isIgnored = (one: typeof claim, rules: Parameters<typeof ignoredBy>[0]) => ignoredBy(rules)(one)

  it('matches by file or glob, and by line, kind and text where given', () => {
    expect(isIgnored(claim, [{ file: 'docs/status/OLD.md' }])).toBe(true)
    expect(isIgnored(claim, [{ file: 'docs/**/*.md', kind: 'build.passing' }])).toBe(true)
    expect(isIgnored(claim, [{ file: 'docs/status/OLD.md', line: 5 }])).toBe(false)
    expect(isIgnored(claim, [{ file: 'docs/status/OLD.md', text: 'passing' }])).toBe(true)
    expect(isIgnored(claim, [{ file: 'OTHER.md' }])).toBe(false)
  })

  it('reads each claim against the rules that name its file, by line where a rule gives one', () => {
    const ignored = ignoredBy([{ file: 'docs/**/*.md', line: 4 }, { file: 'OTHER.md' }])
    expect(ignored(claim)).toBe(true)
    expect(ignored({ ...claim, line: 5 })).toBe(false)
    expect(ignored({ ...claim, file: 'OTHER.md', line: 9 })).toBe(true)
    expect(ignored({ ...claim, file: 'docs/x.txt' })).toBe(false)
  })
})

describe('readClaims with a claims file', () => {
  it('reads the reports the file names, drops ignored claims and adds the declared ones', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-file-'))
    mkdirSync(join(root, '.github'))
    mkdirSync(join(root, 'docs', 'status'), { recursive: true })
    writeFileSync(join(root, '.github', 'readiness.yml'), VALID)
    writeFileSync(join(root, 'docs', 'status', 'OLD.md'), '- Build: ✅ passing\n- ESLint: 0 errors\n')
    writeFileSync(join(root, 'STATUS.md'), '- Build: ❌ failing\n')
    const result = await readClaims(createFileSystem(), root)
    expect(result.reports).toEqual(['docs/status/OLD.md'])
    expect(result.claims.map((c) => `${c.file}:${c.line} ${c.kind}`)).toEqual([
      'docs/status/OLD.md:2 lint.errors',
      '.github/readiness.yml:5 tests.passed',
      '.github/readiness.yml:7 audit.vulnerabilities'
    ])
    expect(result.notes).toContain(
      '.github/readiness.yml: 2 declared claims, 1 claims ignored by its rules or disabled kinds'
    )
  })

  it('says a claims file given by name does not exist', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-file-'))
    await expect(readClaims(createFileSystem(), root, { claimsFile: 'nope.yml' })).rejects.toThrow(
      'The claims file nope.yml does not exist'
    )
  })

  it('refuses a claims file over the size limit before parsing it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-file-'))
    mkdirSync(join(root, '.github'))
    writeFileSync(join(root, '.github', 'readiness.yml'), `# ${'x'.repeat(MAX_CLAIMS_FILE_BYTES)}\n`)
    await expect(readClaims(createFileSystem(), root)).rejects.toThrow(
      `The claims file .github/readiness.yml may be at most ${MAX_CLAIMS_FILE_BYTES} bytes; received ${MAX_CLAIMS_FILE_BYTES + 3}`
    )
  })

  it('says the claims file is a folder, as a user error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-file-'))
    mkdirSync(join(root, '.github', 'readiness.yml'), { recursive: true })
    const reading = readClaims(createFileSystem(), root)
    await expect(reading).rejects.toThrow(
      'The claims file .github/readiness.yml is a folder or something else that is not a file; expected a file'
    )
    await expect(reading).rejects.toBeInstanceOf(ConfigurationError)
  })
})

describe('disabled claim kinds', () => {
  it('drops every extracted claim of a disabled kind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-disable-'))
    mkdirSync(join(root, '.github'))
    writeFileSync(join(root, '.github', 'readiness.yml'), 'disable:\n  - commit.exists\n')
    writeFileSync(join(root, 'STATUS.md'), '- Commits: cac2649\n- Build: ✅ passing\n')
    const result = await readClaims(createFileSystem(), root)
    expect(result.claims.map((c) => c.kind)).toEqual(['build.passing'])
  })

  it('rejects an unknown kind, naming it', async () => {
    await expect(parseClaimsFile('.github/readiness.yml', 'disable:\n  - commits\n')).rejects.toThrow(
      /disable\[0\] \(line 2\): .*received "commits"/
    )
  })
})
