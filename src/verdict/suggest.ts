import { counted } from '../errors.js'
import type { ClaimKind, ClaimVerdict, Evidence } from '../model.js'

/** Kinds whose number can be corrected in place. */
const NUMERIC: ReadonlySet<ClaimKind> = new Set<ClaimKind>([
  'tests.passed',
  'tests.total',
  'tests.failed',
  'tests.passRate',
  'typecheck.errors',
  'lint.errors',
  'lint.warnings',
  'audit.vulnerabilities'
])

/** Counts of what went wrong: a positive one means the line should not carry a pass mark. */
const FAILURE_COUNTS: ReadonlySet<ClaimKind> = new Set<ClaimKind>([
  'tests.failed',
  'typecheck.errors',
  'lint.errors',
  'audit.vulnerabilities'
])

/** Pass and fail words, each with its opposite, tried in order on a state claim's line. */
const STATE_WORDS: ReadonlyArray<[RegExp, string, string]> = [
  [/\bPASSING\b/, 'PASSING', 'FAILING'],
  [/\bpassing\b/i, 'passing', 'failing'],
  [/\bpasses\b/i, 'passes', 'fails'],
  [/\bpassed\b/i, 'passed', 'failed'],
  [/\bPASS\b/, 'PASS', 'FAIL'],
  [/\bsucceeded\b/i, 'succeeded', 'failed'],
  [/\bsuccessful\b/i, 'successful', 'failing'],
  [/\bclean\b/i, 'clean', 'failing'],
  [/\bgreen\b/i, 'green', 'red']
]
const FAIL_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bFAILING\b|\bBLOCKED\b/, 'PASSING'],
  [/\bfailing\b|\bblocked\b|\bbroken\b/i, 'passing'],
  [/\bfails\b/i, 'passes'],
  [/\bfailed\b/i, 'passed'],
  [/\bFAIL\b/, 'PASS']
]
const PASS_MARKS = /✅|✔️|✔|☑️|🟢/
const FAIL_MARKS = /❌|🔴|✗|✘/

/** The line as it should read for this claim to hold, or undefined when the gate cannot say. */
export function correctLine(line: string, claim: ClaimVerdict, evidence: Evidence): string | undefined {
  if (claim.verdict !== 'contradicted' && claim.verdict !== 'stale') return undefined
  if (NUMERIC.has(claim.kind) && typeof claim.actual === 'number' && typeof claim.claimed === 'number') {
    return correctNumber(line, claim, claim.actual, evidence)
  }
  if (claim.kind === 'tests.allPassing' && claim.claimed === true && (evidence.tests.failed ?? 0) > 0) {
    return allPassingToCount(line, evidence.tests.failed as number)
  }
  if (typeof claim.claimed === 'boolean' && claim.kind !== 'readiness.ready' && !claim.scope) {
    return claim.claimed ? toFailing(line) : toPassing(line)
  }
  return undefined
}

function correctNumber(line: string, claim: ClaimVerdict, actual: number, evidence: Evidence): string | undefined {
  const shown = claim.kind === 'tests.passRate' ? `${Math.round(actual)}` : String(actual)
  const replaced = partOf(line, claim, shown) ?? replaceNumber(line, claim, shown)
  if (replaced === undefined) return undefined
  let fixed = agreeNoun(replaced, shown)
  const failed = evidence.tests.failed ?? 0
  if (claim.kind === 'tests.passed' && failed > 0 && !/fail/i.test(fixed)) {
    fixed = fixed.replace(/\b(passing|passed)\b/i, `$1 (${failed} failing)`)
  }
  const nowFailing = (FAILURE_COUNTS.has(claim.kind) && actual > 0) || (claim.kind === 'tests.passed' && failed > 0)
  return nowFailing ? fixed.replace(PASS_MARKS, '❌') : fixed
}

/** The claimed number as a pattern, with or without thousands separators. */
function writtenNumber(claim: ClaimVerdict): string {
  const value = claim.claimed as number
  return `(?:${[String(value), value.toLocaleString('en-US')].map(escape).join('|')})`
}

/**
 * `All 5 tests pass` with 3 passing becomes `3 of 5 tests pass`: writing `all 3` would claim a total of
 * 3, which the next run contradicts, and the fix would turn back. `None of the 5 tests fail` becomes
 * `2 of 5 tests fail`.
 */
function partOf(line: string, claim: ClaimVerdict, actual: string): string | undefined {
  if (claim.kind === 'tests.passed') {
    const all = new RegExp(`\\ball\\s+(${writtenNumber(claim)})(?=\\s)`, 'i')
    return all.test(line) ? line.replace(all, `${actual} of $1`) : undefined
  }
  if (claim.kind === 'tests.failed' && claim.claimed === 0 && /\bnone of the\b/i.test(line)) {
    return line.replace(/\bnone of the\b/i, `${actual} of`)
  }
  return undefined
}

/** Replaces the number the claim was read from: the numerator or denominator of `N/M`, else the first match. */
function replaceNumber(line: string, claim: ClaimVerdict, actual: string): string | undefined {
  const value = claim.claimed as number
  const written = writtenNumber(claim)
  const patterns: RegExp[] = []
  if (claim.kind === 'tests.passed') patterns.push(new RegExp(`(?<![\\w.,])[~≈]?${written}\\+?(?=\\s*/\\s*\\d)`))
  if (claim.kind === 'tests.total') patterns.push(new RegExp(`(?<=\\d\\s*/\\s*)${written}(?![\\w.,])`))
  if (claim.kind === 'tests.passRate') patterns.push(new RegExp(`(?<![\\w.,])${written}(?=%)`))
  patterns.push(new RegExp(`(?<![\\w.,/])[~≈]?${written}\\+?(?![\\w.,]|%|\\s*/)`))
  if (value === 0) patterns.push(/\b(?:zero|no)\b/i)
  for (const pattern of patterns) {
    if (pattern.test(line)) return line.replace(pattern, actual)
  }
  return undefined
}

/** "All tests passing" turned around is not "all tests failing": say how many fail. */
function allPassingToCount(line: string, failed: number): string | undefined {
  const phrase =
    /\ball\s+(?:[a-z-]+\s+)?(?:tests?|specs?)\s+(?:are\s+|now\s+|still\s+)?(?:passing|pass|passed|green|succeed(?:ing)?)\b/i
  if (!phrase.test(line)) return toFailing(line)
  return line.replace(phrase, counted(failed, 'failing test')).replace(PASS_MARKS, '❌')
}

const NOUNS: ReadonlyArray<[string, string]> = [
  ['error', 'errors'],
  ['warning', 'warnings'],
  ['vulnerability', 'vulnerabilities'],
  ['test', 'tests'],
  ['failure', 'failures']
]

/** After a corrected count, the noun agrees with it, past one qualifier: `1 error`, `1 TS2345 error`, `2 high vulnerabilities`. */
function agreeNoun(line: string, count: string): string {
  for (const [one, many] of NOUNS) {
    const written = new RegExp(`(?<![\\w.,])${count}(\\s+(?:[A-Za-z][\\w-]*\\s+)?)(${one}|${many})\\b`)
    const match = written.exec(line)
    if (match) return line.replace(written, `${count}$1${count === '1' ? one : many}`)
  }
  return line
}

/** Turns a state claim's words and marks around: the first pass word and every pass mark, or the reverse. */
function swapState(
  line: string,
  words: ReadonlyArray<readonly [RegExp, string]>,
  marks: RegExp,
  mark: string
): string | undefined {
  const word = words.find(([pattern]) => pattern.test(line))
  if (!word && !marks.test(line)) return undefined
  return (word ? line.replace(word[0], word[1]) : line).replace(marks, mark)
}

const toFailing = (line: string) =>
  swapState(
    line,
    STATE_WORDS.map(([pattern, , failing]) => [pattern, failing] as const),
    PASS_MARKS,
    '❌'
  )
const toPassing = (line: string) => swapState(line, FAIL_WORDS, FAIL_MARKS, '✅')

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Adds to each claim that does not hold the corrected text of its line, with every correction of
 * that line applied, so a rewritten report states what the evidence shows. Pure.
 */
export function addSuggestions(
  claims: ClaimVerdict[],
  evidence: Evidence,
  skipFiles: ReadonlySet<string>
): ClaimVerdict[] {
  const corrected = new Map<string, string>()
  for (const claim of claims) {
    if (skipFiles.has(claim.file)) continue
    const key = `${claim.file}:${claim.line}`
    const current = corrected.get(key) ?? claim.text
    const next = correctLine(current, claim, evidence)
    if (next !== undefined && next !== current) corrected.set(key, next)
  }
  return claims.map((claim) => {
    const suggestion = corrected.get(`${claim.file}:${claim.line}`)
    return suggestion && (claim.verdict === 'contradicted' || claim.verdict === 'stale')
      ? { ...claim, suggestion }
      : claim
  })
}
