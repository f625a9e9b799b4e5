import { beforeAll, describe, expect, it } from '@jest/globals'
import { parseClaims } from '../../src/claims/parse-claims.js'
import type { Claim } from '../../src/model.js'
import { fixture } from '../helpers.js'

/** The claims of a one-report document, as `kind=value[@scope]` strings for compact assertions. */
async function claimsOf(markdown: string): Promise<string[]> {
  return (await parseClaims('REPORT.md', markdown)).map(short)
}

function short(claim: Claim): string {
  const bound = claim.bound === 'atLeast' ? '+' : claim.bound === 'approx' ? '~' : ''
  return `${claim.kind}=${String(claim.claimed)}${bound}${claim.scope ? `@${claim.scope}` : ''}`
}

function claimsAtLine(claims: Claim[], line: number): string[] {
  return claims.filter((c) => c.line === line).map(short)
}

describe('parseClaims', () => {
  describe('test counts', () => {
    it.each([
      ['✅ 37/37 tests passing', ['tests.passed=37', 'tests.total=37']],
      ['81 tests, 73 passing', ['tests.passed=73', 'tests.total=81']],
      ['Tests: 241 (231 pass / 10 fail)', ['tests.passed=231', 'tests.failed=10', 'tests.total=241']],
      ['All tests passing', ['tests.allPassing=true']],
      ['285+ tests', ['tests.total=285+']],
      ['Tests:       2 failed, 7 passed, 9 total', ['tests.passed=7', 'tests.failed=2', 'tests.total=9']],
      ['=== 24 passed in 0.50s ===', ['tests.passed=24']],
      ['- No failing tests', ['tests.failed=0']],
      ['| Tests Passing | 2,459 |', ['tests.passed=2459']],
      ['- `npm test` → 142 passed, 0 failed', ['tests.passed=142', 'tests.failed=0']],
      ['- `pnpm test` ✅ (58 tests)', ['tests.total=58']],
      ['- 100% of tests passing', ['tests.allPassing=true']],
      ['Ran the full suite: 4 passed, 0 failed', ['tests.passed=4', 'tests.failed=0']],
      ['38 of 40 tests passing', ['tests.passed=38', 'tests.total=40']],
      ['0 of 40 tests failing', ['tests.failed=0', 'tests.total=40']],
      ['2 of 3 pass (tests)', ['tests.passed=2', 'tests.total=3']],
      ['Only 2 tests fail.', ['tests.failed=2']],
      ['All but 2 tests pass.', ['tests.failed=2']],
      ['Not all tests pass yet.', ['tests.allPassing=false']],
      ['No tests fail.', ['tests.failed=0']],
      ['None of the 40 tests fail.', ['tests.failed=0', 'tests.total=40']],
      ['Python 3.9: 2 tests failing', ['tests.failed=2@python 3.9']],
      ['Most of the suite is green but one test still fails.', ['tests.failed=1']],
      ['Two tests are failing.', ['tests.failed=2']],
      ['mypy reports one error', ['typecheck.errors=1@mypy']],
      ['All 40 tests pass on Node 18', ['tests.passed=40@node 18', 'tests.total=40@node 18']],
      ['All 142 tests passing', ['tests.passed=142', 'tests.total=142']]
    ])('reads %j', async (line, expected) => {
      expect((await claimsOf(line)).sort()).toEqual([...expected].sort())
    })

    it.each([
      'Phase 2 of 4 done: the tests were reorganized',
      'There are three error levels in ESLint.',
      'At least one type error remains.',
      'If the build passes, deploy.',
      'When all tests pass, merge.',
      'Please run npm test to confirm 40/40 tests pass.',
      'You can run `npm run build` to check that the build passes.'
    ])('reads no ratio of other things, and no condition or request, in %j', async (line) => {
      expect(await claimsOf(line)).toEqual([])
    })

    it('does not read N/N as tests without a test word nearby', async () => {
      expect(await claimsOf('241/241 pages generated')).toEqual([])
      expect(await claimsOf('- [x] All P0 tasks completed (3/3)')).toEqual([])
    })

    it('keeps the suite a claim narrows itself to', async () => {
      expect(await claimsOf('| Auth Tests | 55/55 ✅ |')).toEqual(['tests.passed=55@auth', 'tests.total=55@auth'])
      expect(await claimsOf('- ✅ JWT Authentication (55 tests)')).toEqual(['tests.total=55@jwt authentication'])
      expect(await claimsOf('apps/web: 37/37 tests passing')).toEqual([
        'tests.passed=37@apps/web',
        'tests.total=37@apps/web'
      ])
    })

    it('does not count some of the tests as the suite size', async () => {
      expect(await claimsOf('> **Note:** 3 tests are flaky and were skipped.')).toEqual([])
      expect(await claimsOf('- 2 tests were disabled')).toEqual([])
    })

    it('does not count tests that were created or added as the suite size', async () => {
      expect(await claimsOf('- 23 comprehensive tests')).toEqual([])
      expect(await claimsOf('Tests Created: 83')).toEqual([])
      expect(await claimsOf('Added 12 tests for the parser')).toEqual([])
    })

    it('does not read test-file lines as test counts', async () => {
      expect(await claimsOf('Test Files  2 passed (2)')).toEqual([])
    })
  })

  describe('typecheck', () => {
    it.each([
      ['✅ TypeScript: 0 errors', ['typecheck.errors=0']],
      ['TypeScript errors: 126 → 0 ✅', ['typecheck.errors=0']],
      ['TypeScript compilation clean', ['typecheck.clean=true']],
      ['tsc --noEmit clean', ['typecheck.clean=true']],
      ['Zero TS2322 errors', ['typecheck.errors=0@TS2322']],
      ['**TypeScript Compilation:** ❌ BLOCKED (2459 errors)', ['typecheck.errors=2459']],
      ['mypy: Success: no issues found in 40 source files', ['typecheck.clean=true@mypy']],
      ['TypeScript: not clean', ['typecheck.clean=false']],
      ['0 TypeScript errors in src/', ['typecheck.errors=0@src/']],
      ['tsc: 0 errors in packages/api', ['typecheck.errors=0@packages/api']],
      ['2 type errors left (both in generated code)', ['typecheck.errors=2@generated code']],
      ['Found 1 error in src/cart.ts:7', ['typecheck.errors=1']],
      ['| Type check (strict) | ❌ 12 errors |', ['typecheck.errors=12@strict']],
      ['| Type check (tsc) | ✅ |', ['typecheck.clean=true']],
      ['mypy --strict: 3 errors', ['typecheck.errors=3@mypy --strict']],
      ['tsc --strict: 0 errors', ['typecheck.errors=0@strict']]
    ])('reads %j', async (line, expected) => {
      expect(await claimsOf(line)).toEqual(expected)
    })

    it('does not read errors that were fixed as the current count', async () => {
      expect(await claimsOf('Fixed 36 TypeScript errors in the workers')).toEqual([])
    })
  })

  describe('build, audit and lint', () => {
    it.each([
      ['Production build: ✅ PASSING', ['build.passing=true']],
      ['| Build Status | PASS |', ['build.passing=true']],
      ['Build: Successful (0.82 MB)', ['build.passing=true']],
      ['**Production Build:** ❌ BLOCKED', ['build.passing=false']],
      ['- Build: ❌ BLOCKED (type errors in src/cart.ts)', ['build.passing=false']],
      ['Build: not passing', ['build.passing=false']],
      ["The build isn't passing yet", ['build.passing=false']],
      ['Build fails on Node 18 only.', ['build.passing=false@node 18']],
      ['0 vulnerabilities (excluding dev dependencies)', ['audit.vulnerabilities=0@production']],
      ['npm audit --omit=dev: 0 vulnerabilities', ['audit.vulnerabilities=0@production']],
      ['0 production vulnerabilities', ['audit.vulnerabilities=0@production']],
      ['ESLint: 0 errors in src/', ['lint.errors=0@src/']],
      ['ruff check: All checks passed!', ['lint.errors=0@ruff']],
      ['npm audit: 0 vulnerabilities', ['audit.vulnerabilities=0']],
      ['Security: 100% (0 vulnerabilities)', ['audit.vulnerabilities=0']],
      ['| 12 moderate vulnerabilities | OPEN |', ['audit.vulnerabilities=12@moderate']],
      ['ESLint: 0 errors', ['lint.errors=0']],
      ['✖ 5047 problems (3007 errors, 2031 warnings)', ['lint.errors=3007', 'lint.warnings=2031']],
      ['0 P0 ESLint errors', ['lint.errors=0@P0']],
      ['ruff: 0 errors, 0 warnings', ['lint.errors=0@ruff', 'lint.warnings=0@ruff']],
      ['0 Ruff errors', ['lint.errors=0@ruff']],
      ['ruff: ✅ clean', ['lint.errors=0@ruff']],
      ['No ruff errors', ['lint.errors=0@ruff']]
    ])('reads %j', async (line, expected) => {
      expect(await claimsOf(line)).toEqual(expected)
    })

    it('does not read a build progress bar or a condition as a build claim', async () => {
      expect(await claimsOf('Build:            25% [■■■□□□□□□□]')).toEqual([])
      expect(await claimsOf("- Integration tests (can't run until build passes)")).toEqual([])
    })
  })

  describe('readiness and coverage', () => {
    it.each([
      ['**Status:** ✅ PRODUCTION READY', ['readiness.ready=true']],
      ['93% Production Ready', ['readiness.score=93']],
      ['**Overall Progress:** 85% → 93% Production Ready (+8% total)', ['readiness.score=93']],
      ['Production Ready: ❌ NO', ['readiness.ready=false']],
      ['Coverage: 90%+', ['coverage.percent=90+']],
      ['- 100% coverage on critical paths', ['coverage.percent=100@critical paths']]
    ])('reads %j', async (line, expected) => {
      expect(await claimsOf(line)).toEqual(expected)
    })

    it('does not read a change in coverage as coverage', async () => {
      expect(await claimsOf('| Integration tests | +15% coverage |')).toEqual([])
    })
  })

  describe('intent and history are not claims', () => {
    it.each([
      'Target: 85%+ coverage',
      'Expected: 0 warnings in ESLint',
      'Session start: 68 tests',
      '- [ ] All tests passing',
      '- ⏳ Production build passing',
      'Build will pass once the migration lands'
    ])('ignores %j', async (line) => {
      expect(await claimsOf(line)).toEqual([])
    })

    it('silences an unchecked item and the lines under it, whichever bullet or number starts it', async () => {
      const markdown = [
        '1) [ ] All tests passing',
        '   - 40/40 tests passing',
        '2) ✅ Build passing',
        '',
        '* [ ] Coverage: 90%',
        '  Coverage: 95%',
        '+ ✅ ESLint: 0 errors',
        '',
        '10. [ ] TypeScript: 0 errors',
        '11. ✅ npm audit: 0 vulnerabilities'
      ].join('\n')
      expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([
        [3, 'build.passing=true'],
        [7, 'lint.errors=0'],
        [10, 'audit.vulnerabilities=0']
      ])
    })

    it('ignores lines under a goals or next-steps heading', async () => {
      const markdown = [
        '## Results',
        '- ✅ Build passing',
        '',
        '### Next steps',
        '- ✅ 40/40 tests passing',
        '',
        '## Status',
        '- ESLint: 0 errors'
      ].join('\n')
      expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([
        [2, 'build.passing=true'],
        [8, 'lint.errors=0']
      ])
    })

    it.each([
      ['markup within a word', '### Next **St**eps'],
      ['markup that joins a word', '### Go**als**'],
      ['several spaces within a phrase', '### Open   items'],
      ['a link that joins a word', '### Road[map](r.md)'],
      ['an emoji within a phrase', '### How🔧to verify'],
      ['mojibake of a variation selector within a word', '### Go\u00ef\u00b8\u008fals'],
      ['an aside about the past within a phrase', '### How (was v1) to verify'],
      ['an aside that starts with an emoji within a phrase', '### To (🕒 from v1) do']
    ])('ignores lines under an intent heading written with %s', async (_, heading) => {
      expect(await claimsOf(`${heading}\n- ✅ 40/40 tests passing\n\n## Status\n- ESLint: 0 errors`)).toEqual([
        'lint.errors=0'
      ])
    })

    it.each([
      ['titles as words', '| Metric | Before | After | Change |'],
      ['titles that markup breaks up', '| Metric | **Bef**ore | After | Ch`ange` |']
    ])('reads the last column of a before/after table with %s', async (_, header) => {
      const markdown = [header, '| --- | --- | --- | --- |', '| Failing tests | 71 | 0 | -71 |'].join('\n')
      expect(await claimsOf(markdown)).toEqual(['tests.failed=0'])
    })

    it('reads a sentence of a line even when another sentence of it is an estimate', async () => {
      expect(
        await claimsOf('Delivered with **37/37 tests passing**. Readiness improved to an estimated 85/100.')
      ).toEqual(['tests.passed=37', 'tests.total=37'])
    })
  })

  describe('prose about the past', () => {
    it.each([
      'The previous run had 2 failing tests.',
      'We used to have 12 TypeScript errors.',
      'Last week we had 3 build errors.',
      'Down from 12 TypeScript errors to 0.',
      '2 failing tests before this PR, 0 after.',
      '2 tests failed in the previous run.',
      'Had 3 TypeScript errors, fixed them all.',
      'There were 3 TypeScript errors, which I fixed.',
      'Yesterday 5 tests were failing.'
    ])('reads nothing in the prose about the past %j', async (line) => {
      expect(await claimsOf(line)).toEqual([])
    })

    it.each([
      ['The previous run had 2 failing tests; all 4 tests now pass.', ['tests.passed=4', 'tests.total=4']],
      ['Originally 7 of 9 tests passed; now every test passes.', ['tests.allPassing=true']],
      ['The previous run had 2 failing tests; one test still fails.', ['tests.failed=1']],
      ['4 tests pass (previous run: 2 failed)', ['tests.passed=4']],
      ['Tests: 4 passed (earlier: 2 failed)', ['tests.passed=4']]
    ])('reads the present beside the past in %j', async (line, expected) => {
      expect((await claimsOf(line)).sort()).toEqual([...expected].sort())
    })

    it('keeps the clauses of a sentence together when none tells the past', async () => {
      expect((await claimsOf('Tests: 40 passed; 2 failed')).sort()).toEqual(['tests.failed=2', 'tests.passed=40'])
    })

    it('reads the latest run as the present', async () => {
      expect(await claimsOf('Last run: 142 tests passed')).toEqual(['tests.passed=142'])
    })

    it('reads checked boxes under a plan heading, and nothing else there', async () => {
      const markdown = [
        '## Test plan',
        '',
        '- [x] `npm test`: 4/4 passing',
        '- [ ] ESLint: 0 errors',
        '- Build passing',
        '- [X] `npm run build` passes'
      ].join('\n')
      expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([
        [3, 'tests.passed=4'],
        [3, 'tests.total=4'],
        [6, 'build.passing=true']
      ])
    })
  })

  describe('text as it is committed', () => {
    it('reads the label and message of a static shields.io badge, which never change', async () => {
      const badges = [
        '![tests](https://img.shields.io/badge/tests-2072%20passing-brightgreen)',
        '![coverage](https://img.shields.io/badge/coverage-94%25-green.svg?style=flat)',
        '[![build](https://img.shields.io/badge/build-passing-brightgreen)](https://ci.example.com)'
      ].join(' ')
      expect((await claimsOf(badges)).sort()).toEqual([
        'build.passing=true',
        'coverage.percent=94',
        'tests.passed=2072'
      ])
      expect(await claimsOf('![audit](https://img.shields.io/badge/npm--audit-0_vulnerabilities-green)')).toEqual([
        'audit.vulnerabilities=0'
      ])
    })

    it('reads no badge whose figure is live, and no badge it cannot decode', async () => {
      expect(await claimsOf('![CI](https://github.com/acme/app/actions/workflows/ci.yml/badge.svg) tests')).toEqual([])
      expect(await claimsOf('![c](https://codecov.io/gh/acme/app/branch/main/graph/badge.svg) coverage 1')).toEqual([])
      expect(await claimsOf('![t](https://img.shields.io/badge/tests-%E0%A4%A-green) 5 tests')).toEqual([
        'tests.total=5'
      ])
    })

    it('understands emoji committed as mojibake', async () => {
      expect(await claimsOf('Build: âœ… passing')).toEqual(['build.passing=true'])
      expect(await claimsOf('Build: âŒ')).toEqual(['build.passing=false'])
      expect(await claimsOf('Build: ðŸ”´ failing')).toEqual(['build.passing=false'])
    })

    it('skips fenced source code but reads pasted tool output', async () => {
      const markdown = [
        '```ts',
        'const tests = "37/37 tests passing"',
        '```',
        '```',
        'Tests  37 passed (37)',
        '```'
      ].join('\n')
      expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([
        [5, 'tests.passed=37'],
        [5, 'tests.total=37']
      ])
    })

    it('silences a line marked with the ignore comment, on it or above it', async () => {
      const markdown = [
        '<!-- readiness-gate: ignore -->',
        '- Build passing',
        '- ESLint: 0 errors <!-- readiness-gate: ignore -->',
        '- TypeScript: 0 errors'
      ].join('\n')
      expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([[4, 'typecheck.errors=0']])
    })

    it('gives each claim its file, its 1-based line and the line as written', async () => {
      const [claim] = await parseClaims(
        'docs/status/STATUS.md',
        '# Status\n\n| Check | Result |\n|---|---|\n| Build | ❌ failing |\n'
      )
      expect(claim).toEqual({
        file: 'docs/status/STATUS.md',
        line: 5,
        text: '| Build | ❌ failing |',
        kind: 'build.passing',
        claimed: false
      })
    })
  })

  describe('a table of parts and checks', () => {
    it('reads each cell as a claim about the part its row names, and the total row about the whole', async () => {
      const markdown = [
        '| Package | Tests | Types | Lint | Notes |',
        '| --- | --- | --- | --- | --- |',
        '| packages/core | 88/88 ✅ | ✅ | ✅ | 2 tests skipped |',
        '| web | 54/54 ✅ | ❌ 2 errors | ⚠️ 3 warnings | |',
        '| **Total** | 142/142 | 2 errors | 3 warnings | |'
      ].join('\n')
      expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([
        [3, 'tests.passed=88@packages/core'],
        [3, 'tests.total=88@packages/core'],
        [3, 'typecheck.clean=true@packages/core'],
        [4, 'tests.passed=54@web'],
        [4, 'tests.total=54@web'],
        [4, 'typecheck.errors=2@web'],
        [4, 'lint.warnings=3@web'],
        [5, 'tests.passed=142'],
        [5, 'tests.total=142'],
        [5, 'typecheck.errors=2'],
        [5, 'lint.warnings=3']
      ])
    })

    it('reads a table of test suites as claims about each suite, whatever its value columns are called', async () => {
      const markdown = [
        '| Test suite | Status | Count | Notes |',
        '| --- | --- | --- | --- |',
        '| Unit | ✅ | 40/40 | fast |',
        '| E2E | ⏭️ Skipped | - | |',
        '| **Total** | | 48/50 | |'
      ].join('\n')
      expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([
        [3, 'tests.allPassing=true@unit'],
        [3, 'tests.passed=40@unit'],
        [3, 'tests.total=40@unit'],
        [5, 'tests.passed=48'],
        [5, 'tests.total=50']
      ])
    })

    it('reads a table whose first column is not parts as before', async () => {
      const markdown = ['| Check | Result |', '| --- | --- |', '| Unit tests | 40/40 ✅ |'].join('\n')
      expect(await claimsOf(markdown)).toEqual(['tests.passed=40@unit', 'tests.total=40@unit'])
    })
  })

  describe('on real reports', () => {
    let session2: Claim[]
    let session3: Claim[]
    let phase2: Claim[]
    beforeAll(async () => {
      session2 = await parseClaims('SESSION_REPORT_2.md', fixture('reports/SESSION_REPORT_2.md'))
      session3 = await parseClaims('SESSION_3_FINAL_REPORT.md', fixture('reports/SESSION_3_FINAL_REPORT.md'))
      phase2 = await parseClaims('PHASE2_EXECUTION_SUMMARY.md', fixture('reports/PHASE2_EXECUTION_SUMMARY.md'))
    })

    it('reads the honest failures and the audit claim of a TypeScript worker report', () => {
      expect(claimsAtLine(session2, 79)).toEqual(['typecheck.errors=0@TS2322'])
      expect(claimsAtLine(session2, 205)).toEqual(['typecheck.errors=2459'])
      expect(claimsAtLine(session2, 206)).toEqual(['build.passing=false'])
      expect(claimsAtLine(session2, 276)).toEqual(['audit.vulnerabilities=0'])
    })

    it('does not read the goals of the next checkpoint, a condition or a pending item as claims', () => {
      for (const line of [358, 385, 386, 530]) expect(claimsAtLine(session2, line)).toEqual([])
    })

    it('reads the current numbers of a Python API report, not its history or targets', () => {
      expect(claimsAtLine(session3, 72)).toEqual(['tests.passed=73', 'tests.total=81', 'tests.passRate=90'])
      expect(claimsAtLine(session3, 312)).toEqual(['readiness.score=93'])
      expect(claimsAtLine(session3, 247)).toEqual(['tests.passed=81'])
      for (const line of [35, 47, 64, 279]) expect(claimsAtLine(session3, line)).toEqual([])
    })

    it('reads pasted vitest output and scoped claims of a monorepo report', () => {
      expect(claimsAtLine(phase2, 63)).toEqual(['tests.passed=37', 'tests.total=37'])
      expect(claimsAtLine(phase2, 93)).toEqual(['typecheck.clean=true'])
      expect(claimsAtLine(phase2, 12)).toEqual([
        'tests.passed=37@integration',
        'tests.total=37@integration',
        'lint.errors=0@P0'
      ])
      expect(claimsAtLine(phase2, 583)).toEqual(['tests.passed=37', 'tests.total=37'])
    })
  })
})

describe('parseClaims on files, commits and unmeasured figures', () => {
  it('reads no commit a line says is still to be made, and keeps a created file whatever else its line says', async () => {
    expect(await claimsOf('- Will commit as abcdef1 after review')).toEqual([])
    expect(await claimsOf('- Commit: cac2649 (pushed to origin)')).toEqual(['commit.exists=cac2649'])
    expect(await claimsOf('- Created: `src/a.ts` (will be wired up later)')).toEqual(['file.exists=src/a.ts'])
  })

  it('reads the first path of each item of a list a "Files created:" label introduces', async () => {
    const markdown = [
      '**Files Created:**',
      '- [src/lib/csrf.ts](src/lib/csrf.ts) (229 lines)',
      '- `docs/RUNBOOK.md` (40 lines), see also src/other.ts',
      '',
      'Other text mentioning src/unrelated.ts'
    ].join('\n')
    expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([
      [2, 'file.exists=src/lib/csrf.ts'],
      [3, 'file.exists=docs/RUNBOOK.md']
    ])
  })

  it('reads files named after an inline label, and the list under a "Files Fixed" heading', async () => {
    expect(await claimsOf('Created: src/lib/security/csrf.ts, src/lib/security/csp.ts')).toEqual([
      'file.exists=src/lib/security/csrf.ts',
      'file.exists=src/lib/security/csp.ts'
    ])
    expect(
      await claimsOf('#### Files Fixed\n1. **src/utils/crypto.ts** (1 location)\n   - PBKDF2 in lib/x.ts')
    ).toEqual(['file.exists=src/utils/crypto.ts'])
  })

  it('does not read deleted files, or paths that leave the folder, as created', async () => {
    expect(await claimsOf('Removed: src/old.ts')).toEqual([])
    expect(await claimsOf('**Files Modified:**\n- ../outside/file.ts')).toEqual([])
  })

  it('reads every commit hash of a commits line, and the hash of a commit list item', async () => {
    expect(await claimsOf('**Commits:** cac2649 (Phase 1-2), 870fcd9 (Phase 3)')).toEqual([
      'commit.exists=cac2649',
      'commit.exists=870fcd9'
    ])
    expect(await claimsOf('1. **805f180** - feat(tests): add integration tests')).toEqual(['commit.exists=805f180'])
  })

  it('does not read placeholder hashes, words or numbers as commits', async () => {
    expect(await claimsOf('Commit: abc123def456')).toEqual([])
    expect(await claimsOf('Commit: $(git rev-parse --short HEAD)')).toEqual([])
    expect(await claimsOf('Commits: 1234567 and decade')).toEqual([])
  })

  it('skips template placeholders', async () => {
    expect(await claimsOf('Tests: {PASS_RATE}% passing, 37/37 tests passing')).toEqual([])
    expect(await claimsOf('Date: 2025-01-XX, Build: ✅ passing')).toEqual([])
  })

  it('reads claims drawn in box-drawing trees', async () => {
    expect(await claimsOf('├─ ✅ npm audit: 0 vulnerabilities')).toEqual(['audit.vulnerabilities=0'])
    expect(await claimsOf('│  └─ Build: ❌ failing')).toEqual(['build.passing=false'])
  })

  it('reads a pass rate, but leaves "100%" to the all-passing claim', async () => {
    expect(await claimsOf('Pass Rate: 90%')).toEqual(['tests.passRate=90'])
    expect(await claimsOf('Pass rate: 100%')).toEqual(['tests.allPassing=true'])
  })

  it('reports figures no tool checks as "other", but not budgets', async () => {
    expect(await claimsOf('p95 latency: 420ms')).toEqual(['other=p95 latency: 420ms'])
    expect(await claimsOf('Throughput: 1000+ tasks/second')).toEqual(['other=Throughput: 1000+ tasks/second'])
    expect(await claimsOf('- LCP: ≤2.5s (good)')).toEqual([])
    expect(await claimsOf('Lighthouse budget: performance score 90')).toEqual([])
  })
})

describe('parseClaims on plain-text reports and pasted summaries', () => {
  it('gives the right line to pasted output in an indented code block', async () => {
    const markdown = ['Results:', '', '    ===== 2 failed, 3 passed, 1 skipped in 0.42s =====', ''].join('\n')
    expect((await parseClaims('R.md', markdown)).map((c) => [c.line, short(c)])).toEqual([
      [3, 'tests.failed=2'],
      [3, 'tests.passed=3']
    ])
  })

  it("reads tsc's and mypy's summary lines", async () => {
    expect(await claimsOf('Found 1 error in src/cart.ts:7')).toEqual(['typecheck.errors=1'])
    expect(await claimsOf('Found 6 errors in 2 files (checked 40 source files)')).toEqual(['typecheck.errors=6@mypy'])
  })

  it('reads a range of tests', async () => {
    expect(await parseClaims('R.md', 'Between 340-407 tests across all services')).toMatchObject([
      { kind: 'tests.total', claimed: 340, bound: 'range', upper: 407 }
    ])
  })

  it('reads no claim from a number too large to hold, as its bound neither', async () => {
    const huge = '9'.repeat(400)
    expect(await claimsOf(`- Tests: ${huge} passing\n- ✅ 12/12 tests passing`)).toEqual([
      'tests.passed=12',
      'tests.total=12'
    ])
    expect(await claimsOf(`Between 340-${huge} tests across all services`)).toEqual([])
  })

  it('reads imperative to-do lines and "what is left" sections as intent', async () => {
    expect(await claimsOf('* Make all tests pass\n* Reach 95% coverage')).toEqual([])
    expect(await claimsOf('## What is left\n\n- Build: ✅ passing')).toEqual([])
  })

  it('does not narrow a file claim to its own path', async () => {
    expect(await claimsOf('**Files Modified:**\n- `src/clamp.ts`: handles an empty range')).toEqual([
      'file.exists=src/clamp.ts'
    ])
  })

  it('ends an intent section at a horizontal rule', async () => {
    expect(await claimsOf('### Success Criteria Pending\n- ⏳ build\n\n---\n\nBuild still blocked by mocks.')).toEqual([
      'build.passing=false'
    ])
  })

  it('reads "Overall: N%" as readiness only under a readiness heading', async () => {
    expect(await claimsOf('## PRODUCTION READINESS SCORE\n\n```\nOverall:   55% [■■■■■□□□□□]\n```')).toEqual([
      'readiness.score=55'
    ])
    expect(await claimsOf('## Production-**Ready** score\n\nOverall: 55%')).toEqual(['readiness.score=55'])
    expect(await claimsOf('## Team survey\n\nOverall: 55%')).toEqual([])
  })
})

describe('parseClaims on corrected lines', () => {
  it('reads the failing count of "N/M tests passing (K failing)" without a scope', async () => {
    expect(await claimsOf('- ❌ 3/5 tests passing (2 failing)')).toEqual([
      'tests.passed=3',
      'tests.total=5',
      'tests.failed=2'
    ])
  })
})
