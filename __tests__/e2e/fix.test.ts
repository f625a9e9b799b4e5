import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EXAMPLES_DIR } from '../helpers.js'
import { runDist } from './run-dist.js'

/** A copy inside the examples folder, so the tools are found in this project's node_modules. */
const copy = mkdtempSync(join(EXAMPLES_DIR, '.tmp-fix-'))
cpSync(join(EXAMPLES_DIR, 'jest-overclaiming'), copy, { recursive: true })
afterAll(() => rmSync(copy, { recursive: true, force: true }))

describe('--fix on an overclaiming report', () => {
  const first = runDist('cli.js', [copy, '--no-install', '--quiet', '--fix'])
  const report = readFileSync(join(copy, 'SESSION_REPORT.md'), 'utf8')
  const second = runDist('cli.js', [copy, '--no-install', '--quiet'])
  const third = runDist('cli.js', [copy, '--no-install', '--quiet', '--fix'])

  it('rewrites the false lines to what the evidence shows, leaving true and ignored lines as they were', () => {
    expect(first.status).toBe(1)
    expect(first.stdout).toContain('fixed 3 lines in 1 report: SESSION_REPORT.md')
    expect(report.split('\n').slice(4, 12)).toEqual([
      '- ❌ 3/5 tests passing (2 failing)',
      '- ❌ TypeScript: 2 errors',
      '- Zero TS7006 errors',
      '- Build: ❌ BLOCKED (type errors in src/cart.ts)',
      '- 2 failing tests',
      '',
      '<!-- readiness-gate: ignore -->',
      '- ✅ Build passing on the release branch'
    ])
  })

  it('makes the next run pass, and a second fix changes nothing', () => {
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/readiness-gate: 7 of 7 readiness claims verified/)
    expect(third.stdout).toContain('fixed 0 lines in 0 reports')
    expect(readFileSync(join(copy, 'SESSION_REPORT.md'), 'utf8')).toBe(report)
  })
})

describe('--fix on claims written in words', () => {
  const prose = mkdtempSync(join(EXAMPLES_DIR, '.tmp-fix-prose-'))
  cpSync(join(EXAMPLES_DIR, 'jest-overclaiming'), prose, { recursive: true })
  afterAll(() => rmSync(prose, { recursive: true, force: true }))
  writeFileSync(
    join(prose, 'SESSION_REPORT.md'),
    [
      '# Probe',
      '',
      '- 38 of 40 tests passing',
      '- None of the 5 tests fail.',
      '- The previous run had 2 failing tests; all 5 tests now pass.',
      '',
      '| Package | Tests | Types |',
      '| --- | --- | --- |',
      '| Total | 5/5 | 0 errors |',
      ''
    ].join('\n')
  )
  const first = runDist('cli.js', [prose, '--no-install', '--quiet', '--fix'])
  const fixed = readFileSync(join(prose, 'SESSION_REPORT.md'), 'utf8')
  const second = runDist('cli.js', [prose, '--no-install', '--quiet'])

  it('rewrites each to a sentence the next run reads as true, so a fix never has to be undone', () => {
    expect(first.status).toBe(1)
    expect(fixed.split('\n').slice(2, 9)).toEqual([
      '- 3 of 5 tests passing (2 failing)',
      '- 2 of 5 tests fail.',
      '- The previous run had 2 failing tests; 3 of 5 tests now pass.',
      '',
      '| Package | Tests | Types |',
      '| --- | --- | --- |',
      '| Total | 3/5 | 2 errors |'
    ])
    expect(second.stdout).toMatch(/readiness-gate: \d+ of \d+ readiness claims verified/)
    expect(second.status).toBe(0)
  })
})
