/**
 * Property-based tests (fast-check): the extractor and the number reader on inputs nobody wrote by
 * hand, and the fix loop on every combination of claimed and measured counts.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { matchClaims, mayClaim } from '../../src/claims/matchers.js'
import { parseClaims } from '../../src/claims/parse-claims.js'
import { normalizeLine, parseNumber } from '../../src/claims/normalize.js'
import type { CheckBase, Evidence, TestEvidence } from '../../src/model.js'
import { compareClaims } from '../../src/verdict/compare.js'
import { addSuggestions } from '../../src/verdict/suggest.js'

const FRAGMENTS = [
  '✅',
  '❌',
  '⚠️',
  '**',
  '|',
  '- ',
  '# ',
  '```',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '0',
  '7',
  '37/37',
  '100%',
  '2,459',
  'tests passing',
  'tests',
  'passed',
  'failed',
  'TypeScript',
  'errors',
  '0 errors',
  'Build:',
  'PASSING',
  'BLOCKED',
  'npm audit',
  'vulnerabilities',
  'PRODUCTION READY',
  '93%',
  'Coverage:',
  'Files created:',
  'src/lib/x.ts',
  'Commits:',
  'cac2649',
  '<!-- readiness-gate: ignore -->',
  '→',
  '(',
  ')',
  '~',
  '+',
  '-',
  'â€"',
  '\u0000',
  '\uFFFD',
  '🚀',
  '> ',
  '1. ',
  '[ ] ',
  '[x] '
]

/** Markdown-like text built from the pieces status reports are made of, in any order. */
const reportText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 8 }),
      fc.integer({ min: 0, max: 100000 }).map(String)
    ),
    {
      maxLength: 120
    }
  )
  .map((parts) => parts.join(''))

describe('the claim extractor, on generated reports', () => {
  it('never throws, and every claim points at a line of the input that holds its text', async () => {
    await fc.assert(
      fc.asyncProperty(reportText, async (text) => {
        const lines = text.split(/\r?\n/)
        for (const claim of await parseClaims('R.md', text)) {
          expect(claim.line).toBeGreaterThanOrEqual(1)
          expect(claim.line).toBeLessThanOrEqual(lines.length)
          expect(lines[claim.line - 1]?.trim()).toBe(claim.text)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('never throws on arbitrary unicode', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
        expect(Array.isArray(await parseClaims('R.md', text))).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })
})

/** One line of a report, from the same pieces, with the words of every kind of claim among them. */
const reportLine = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS.filter((f) => !f.includes('\n'))),
      fc.constantFrom('ready', 'coverage', 'lint', 'audit', 'commit', 'p95 latency', 'req/s', 'TS2345', 'tsc'),
      fc.constantFrom('type-check', '**Type** errors', 'Type Hints', 'types', 'LCP', '**TTI**:', 'settings', 'p99'),
      fc.constantFrom('2.1s', '350ms', '20251022', '1234567', 'deadbee'),
      fc.constantFrom(
        'Overall: 93%',
        'Found 3 errors in 2 files.',
        'ts errors',
        'abc1234 - fix',
        '9f8e7d6',
        'eslint',
        'mypy'
      ),
      fc.integer({ min: 0, max: 1000 }).map(String)
    ),
    { maxLength: 12 }
  )
  .map((parts) => parts.join(' '))

describe('the line gate in front of the matchers', () => {
  it('passes every line from which the matchers read a claim', () => {
    let claiming = 0
    fc.assert(
      fc.property(reportLine, fc.constantFrom('prose', 'heading', 'table', 'output' as const), (source, kind) => {
        const text = normalizeLine(source)
        const drafts = matchClaims({ line: 1, source, text, kind, section: 'production readiness' })
        if (drafts.length) claiming++
        if (drafts.length) expect(mayClaim(source)).toBe(true)
      }),
      { numRuns: 20000, seed: 8 }
    )
    // The property means something only if many generated lines do claim.
    expect(claiming).toBeGreaterThan(5000)
  })

  it.each([
    ['a date or a plain number, which no commit hash is', 'Released on 20251022 as 1234567'],
    ['`type` outside `TypeScript`, `type check` and `type error`', '- ✅ **Type Hints** on the public types'],
    ['a metric abbreviation within a word', '- Settings and includes are documented'],
    ['claim words but no number, status mark or state', '### Build Status'],
    ['test words but no number, status mark or state', '- Test infrastructure for the mock signatures'],
    ['a file label but no path', '**Files Modified:**'],
    ['a commit word but no hash', '## Commits on the release branch']
  ])('turns away a line with %s', (_, source) => {
    expect(mayClaim(source)).toBe(false)
  })

  it.each([
    'Commit 9f8e7d6',
    'TypeScript: clean',
    '**Type**-check passing',
    'Type errors: 0',
    '- **TTI**: 3.2s',
    'Build: _ok_',
    '**Production** Ready',
    'Created: `src/lib/csrf.ts`',
    'Tests: ✅'
  ])('passes %j', (source) => {
    expect(mayClaim(source)).toBe(true)
  })

  it('passes every line that states a claim in words alone, without a number or a mark', () => {
    let claiming = 0
    fc.assert(
      fc.property(wordedLine, fc.constantFrom('prose', 'heading', 'table' as const), (source, kind) => {
        const drafts = matchClaims({ line: 1, source, text: normalizeLine(source), kind })
        if (drafts.length) claiming++
        if (drafts.length) expect(mayClaim(source)).toBe(true)
      }),
      { numRuns: 20000, seed: 9 }
    )
    expect(claiming).toBeGreaterThan(3000)
  })
})

/** Lines of ASCII words and no digit: claims that state a subject's state in words only. */
const wordedLine = fc
  .array(
    fc.constantFrom(
      ...['tests', 'all tests', 'Tests:', 'test suite', 'build', 'Build:', 'production build', 'builds'],
      ...['TypeScript', 'tsc', 'type check', 'compilation', 'mypy', 'TS errors', 'type errors', 'errors'],
      ...['ESLint', 'lint', 'ruff', 'npm audit', 'security audit', 'vulnerabilities', 'issues', 'problems'],
      ...['production ready', 'Production-Ready', 'Status:', 'Verdict:', 'Created:', 'src/lib/csrf.ts'],
      ...['passing', 'pass', 'passed', 'green', 'ok', 'OK', 'clean', 'cleanly', 'succeeds', 'successfully'],
      ...['**passing**', '_ok_', '`clean`', '**red**', 'production-ready', '**Production** Ready', 'Ready'],
      ...['broken', 'blocked', 'red', 'erroring', 'works', 'working', 'completes', 'compiles', 'found'],
      ...['zero', 'no', 'not', 'never', "isn't", 'without', 'yes', 'true', 'is', 'now', 'still', 'yet', ':', '|']
    ),
    { minLength: 1, maxLength: 6 }
  )
  .map((parts) => parts.join(' '))

describe('the number reader', () => {
  it('reads any integer written with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(parseNumber(String(n))).toBe(n)
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n)
      })
    )
  })
})

const skipped: CheckBase = { status: 'skipped', reason: 'not run' }
function evidenceWith(tests: TestEvidence): Evidence {
  return { typecheck: skipped, build: skipped, tests, audit: skipped, lint: skipped, coverage: skipped }
}

describe('the fix loop', () => {
  it('a fixed line is verified by the same evidence, and fixing it again changes nothing', async () => {
    const counts = fc
      .record({ claimedPassed: fc.nat(500), claimedExtra: fc.nat(50), passed: fc.nat(500), failed: fc.nat(50) })
      .filter((c) => c.passed + c.failed > 0)
    await fc.assert(
      fc.asyncProperty(
        counts,
        fc.constantFrom('- ✅ {p}/{t} tests passing', '| Tests | ✅ {p}/{t} passing |', 'Tests: {p}/{t} passing'),
        async (c, template) => {
          const total = c.passed + c.failed
          const tests: TestEvidence = {
            status: c.failed ? 'fail' : 'pass',
            runner: 'jest',
            total,
            passed: c.passed,
            failed: c.failed,
            skipped: 0,
            failedSuites: 0,
            reason: `${c.passed} of ${total} tests passed`
          }
          const evidence = evidenceWith(tests)
          const line = template
            .replace('{p}', String(c.claimedPassed))
            .replace('{t}', String(c.claimedPassed + c.claimedExtra))
          const judged = addSuggestions(compareClaims(await parseClaims('R.md', line), evidence), evidence, new Set())
          const fixed = judged.find((claim) => claim.suggestion)?.suggestion ?? line
          const again = addSuggestions(compareClaims(await parseClaims('R.md', fixed), evidence), evidence, new Set())
          expect(again.filter((claim) => claim.verdict === 'contradicted')).toEqual([])
          expect(again.filter((claim) => claim.suggestion)).toEqual([])
        }
      ),
      {
        numRuns: 1500,
        // Found by this test: "❌ 2/3 passing (1 failing)" was read as 2 failing.
        examples: [[{ claimedPassed: 0, claimedExtra: 0, passed: 2, failed: 1 }, '| Tests | ✅ {p}/{t} passing |']]
      }
    )
  })
})
