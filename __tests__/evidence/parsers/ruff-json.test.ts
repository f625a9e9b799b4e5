import { describe, expect, it } from '@jest/globals'
import { detectPython, readRuff } from '../../../src/evidence/checks/python.js'
import { parseRuffJson } from '../../../src/evidence/parsers/ruff-json.js'
import { createFileSystem } from '../../../src/ports/file-system.js'
import { fixture, repositoryWith, runResult } from '../../helpers.js'

describe('parseRuffJson', () => {
  it('counts every diagnostic as an error, and names the first with its file, line and rule', () => {
    const counts = parseRuffJson(fixture('ruff/violations.json'))
    expect(counts).toMatchObject({ errors: 3, warnings: 0 })
    expect(counts.problems).toEqual([
      '/home/runner/work/samples/shop/cart.py:2: `os` imported but unused (F401)',
      '/home/runner/work/samples/shop/cart.py:6: Comparison to `None` should be `cond is None` (E711)',
      '/home/runner/work/samples/shop/cart.py:11: Do not use mutable data structures for argument defaults (B006)'
    ])
  })

  it('reads a clean run as zero', () => {
    expect(parseRuffJson(fixture('ruff/clean.json'))).toMatchObject({ errors: 0, warnings: 0 })
  })

  it('rejects the output cut anywhere, and anything but an array of diagnostics', () => {
    const text = fixture('ruff/violations.json').trimEnd()
    for (let cut = 1; cut < text.length; cut += 7) expect(() => parseRuffJson(text.slice(0, cut))).toThrow(/ruff JSON/)
    expect(() => parseRuffJson('{"errors": 0}')).toThrow(/not an array/)
    expect(() => parseRuffJson('[{"code": "F401"}]')).toThrow(/item 0 is not a diagnostic/)
  })
})

describe('readRuff', () => {
  const command = 'ruff check --output-format json --no-cache .'

  it('fails on violations and passes a clean run', () => {
    const found = readRuff(runResult({ exitCode: 1, stdout: fixture('ruff/violations.json') }), command)
    expect(found).toMatchObject({ status: 'fail', errors: 3, warnings: 0, reason: 'ruff: 3 errors' })
    const clean = readRuff(runResult({ exitCode: 0, stdout: fixture('ruff/clean.json') }), command)
    expect(clean).toMatchObject({ status: 'pass', errors: 0, reason: 'ruff: 0 errors' })
  })

  it('is unknown when ruff could not check (exit 2), with its first error line', () => {
    const broken = runResult({ exitCode: 2, stderr: 'ruff failed\n  Cause: Failed to parse pyproject.toml\n' })
    expect(readRuff(broken, command)).toMatchObject({
      status: 'unknown',
      reason: 'ruff could not check the code (exit code 2: ruff failed)'
    })
  })

  it('is unknown, not clean, when its output does not match its exit code', () => {
    expect(readRuff(runResult({ exitCode: 1, stdout: '[]' }), command).status).toBe('unknown')
    expect(readRuff(runResult({ exitCode: 0, stdout: '' }), command)).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/ruff JSON output is not valid JSON/)
    })
  })

  it('says how to install ruff when the program is missing', () => {
    const missing = runResult({ exitCode: null, spawnError: 'spawn ruff ENOENT' })
    expect(readRuff(missing, command).reason).toMatch(/ruff is not installed or not on PATH \(.*pip install ruff/)
  })
})

describe('detectPython and ruff', () => {
  const fs = createFileSystem()
  const detect = async (files: Record<string, string>) => (await detectPython(fs, repositoryWith(files)))?.ruff

  it('runs ruff where the project configures it or requires it', async () => {
    expect(await detect({ 'pyproject.toml': '[tool.ruff]\nline-length = 100\n' })).toBe(true)
    expect(await detect({ 'pyproject.toml': '[tool.ruff.lint]\nselect = ["E"]\n' })).toBe(true)
    expect(await detect({ 'ruff.toml': 'line-length = 100\n', 'setup.py': '' })).toBe(true)
    expect(await detect({ 'requirements-dev.txt': 'ruff==0.17.3\n', 'requirements.txt': 'flask\n' })).toBe(true)
  })

  it('does not run ruff where nothing names it', async () => {
    expect(await detect({ 'pyproject.toml': '[tool.ruffian]\n', 'requirements.txt': 'truffle\n' })).toBe(false)
  })
})
