import type { Bound, ClaimKind } from '../model.js'
import { PENDING_MARK, mayHoldMark, normalizeLine, parseNumber } from './normalize.js'
import type { Segment } from './segments.js'

/** A claim as one line states it, before it is given its file. */
export interface ClaimDraft {
  kind: ClaimKind
  claimed: number | boolean | string
  bound?: Bound
  upper?: number
  scope?: string
}

/**
 * Reads one sentence. Each matcher first tests for a word every one of its patterns needs, so the many
 * sentences that cannot hold its claim cost one cheap test.
 */
type Matcher = (text: string, segment: Segment) => ClaimDraft[]

const N = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`
/**
 * A number that is not the tail of another number, a ratio, a version or a path, nor the whole a part is
 * taken of (`38 of 40 tests`, `all but 2 tests`).
 */
const LEAD = String.raw`(?<![\w./,:-])(?<!\bof\s)(?<!\bof the\s)(?<!\ball but\s)`

/*
 * Patterns assembled from N and LEAD, compiled once when the module loads. Global ones are only used
 * through `matchesOf`, which starts every search from the line's start, so sharing them keeps no state
 * between lines.
 */
/** `37/37`, or `38 of 40` when tests or a pass or fail follow it: `2 of 3 phases` is no ratio of tests. */
const TEST_RATIO = new RegExp(
  `${LEAD}${N}(?:\\s*/\\s*|\\s+of\\s+(?=\\d[\\d,]*\\s+(?:[a-z][\\w-]*\\s+)?(?:tests?|specs?|pass|fail)))${N}(?![\\d.])(?!\\s*(?:pages|checks|tasks|files|steps|items|endpoints|routes|functions|modules|components|points|days|hours|issues))`,
  'g'
)
/** `38 of 40`: TEST_RATIO reads it, and most lines hold none. */
const RATIO_IN_WORDS = /\d\s+of\s+\d/
const TEST_COUNT_WORD = new RegExp(
  `${LEAD}([~≈]?)${N}(\\+)?\\s+(?:(?:([a-z][\\w-]*)\\s+)?(?:tests?|specs?)\\s+)?(?:(?:are|now|still)\\s+){0,2}(passing|passed|pass(?:es)?|failing|failed|failures?|fails?)\\b(?!\\s*(?:rate|to\\b))`,
  'gi'
)
/** `All but 2 tests pass`: 2 fail. */
const ALL_BUT = new RegExp(`\\ball but ${N}\\s+(?:[a-z][\\w-]*\\s+)?tests?\\s+(?:pass|passed|passing)\\b`, 'i')
/** `None of the 40 tests fail`: 0 of 40. */
const NONE_OF = new RegExp(`\\bnone of the ${N}\\s+tests?\\s+(?:fail|failed|are failing)\\b`, 'i')
const TESTS_TOTAL = new RegExp(`${LEAD}${N}\\s+total\\b`, 'i')
const TEST_RANGE = new RegExp(`${LEAD}${N}\\s*[-–]\\s*${N}\\s+tests\\b`, 'i')
const TEST_STATE_KEY = new RegExp(
  `^(?:(passing|failing|passed|failed)\\s+tests?|tests?\\s+(passing|failing|passed|failed))\\s*[:|]\\s*${N}(?![\\d./%])`,
  'i'
)
const TESTS_KEY_VALUE = new RegExp(
  `^(?:[✅❌]\\s*)?(?:total\\s+)?(?:([a-z][\\w-]*)\\s+)?tests?(?:\\s+(?:count|total))?\\s*[:|]\\s*([~≈]?)${N}(\\+)?(?!\\s*/|\\s*%|[\\d.]|\\s+(?:passed|passing|failed|failing|pass|fail|skipped)\\b)`,
  'i'
)
const COUNTED_TESTS = new RegExp(`${LEAD}([~≈]?)${N}(\\+)?\\s+(?:([a-z][\\w-]*)\\s+)?tests\\b`, 'gi')
const ZERO_TS_CODE = /\b(?:zero|no|0)\s+(TS\d{3,5})\b/gi
const TS_CODE_ERRORS = new RegExp(`${LEAD}${N}\\s+(TS\\d{3,5})\\s+errors?\\b`, 'gi')
const TYPECHECK_KEY_VALUE = new RegExp(
  `\\b(?:typescript|tsc|type|ts|compilation|typecheck|type-check)\\s*(?:errors?|error count)\\s*[:|]\\s*(?:✅|❌)?\\s*${N}(?![\\d./%])`,
  'i'
)
const COUNTED_TYPE_ERRORS = new RegExp(
  `${LEAD}([~≈<>]?)${N}(\\+)?\\s+(?:(?:remaining|typescript|ts|type|tsc|compilation|compiler|type-check)\\s+)*errors?\\b(?!\\s+(?:fixed|resolved))`,
  'gi'
)
const COUNTED_VULNERABILITIES = new RegExp(
  `${LEAD}([~≈]?)${N}(\\+)?\\s+(?:(critical|high|moderate|medium|low)(?:[- ]severity)?\\s+)?(?:known\\s+|security\\s+|npm\\s+|dependency\\s+|open\\s+|production\\s+|prod\\s+|runtime\\s+)*vulnerabilit(?:y|ies)\\b`,
  'gi'
)
const VULNERABILITIES_KEY_VALUE = new RegExp(`vulnerabilit(?:y|ies)(?:\\s+found)?\\s*[:|]\\s*${N}(?![\\d./%])`, 'i')
const COUNTED_LINT_PROBLEMS = new RegExp(
  `${LEAD}${N}\\s+(?:(?!eslint|lint)([\\w-]+)\\s+)?(?:eslint\\s+|lint(?:ing)?\\s+)?(errors?|warnings?)\\b`,
  'gi'
)

/**
 * Every match of a global pattern in a line. `matchAll` copies the pattern on each call, which on a
 * short line costs more than the search: several times what these `exec` calls cost.
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match)
    if (!match[0]) pattern.lastIndex++
  }
  return found
}

/** Lines that state intent, a condition or history: their numbers are not the current state. */
const INTENT_LINE =
  /^(?:if|when|whenever|targets?|goals?|expected|expectations?|planned|plan|todo|next|estimated?|acceptance|aim|objectives?)\b|\b(?:targets?|goals?)\s*:|\((?:expected|target|estimated?|goal)\)|\bestimated\b|\b(?:until|unless|once|will|would|should|must|needs? to|to be|in order to|can'?t|cannot)\b/i
/** A line that starts with an imperative is a to-do: `Make all tests pass`, `Reach 95% coverage`. */
const IMPERATIVE_LINE =
  /^(?:please|you (?:can|should|may)|to (?:verify|confirm|check|reproduce)|make|reach|get|achieve|fix|add|implement|ensure|improve|increase|reduce|write|re-?run|deploy|migrate|raise|bring)\b/i
const HISTORY_LINE =
  /^(?:session start|before|previously|baseline|initial(?:ly)?|originally|hour 0|at start|start|was|(?:we |i |it )?had|there (?:were|was))\b/i
/**
 * Words that put a clause in the past wherever they stand: `The previous run had 2 failing tests`,
 * `We used to have 12 TypeScript errors`, `Down from 12 errors to 0`, `2 failing tests before this PR`.
 * `Last run` and `last build` are left out: reports mostly mean the latest one, which is the present.
 */
const HISTORY_CLAUSE =
  /\b(?:previous(?:ly)?|earlier|used to|originally|initially|formerly|yesterday|last (?:week|month|year|sprint|session)|before (?:this|the|my|our|that|these|those) [\w-]+|(?:down|up|went) from)\b/i
/** A clause that starts as HISTORY_LINE says, after any spaces, or holds a word of HISTORY_CLAUSE. */
const HISTORY = new RegExp(`^\\s*(?:${HISTORY_LINE.source.slice(1)})|${HISTORY_CLAUSE.source}`, 'i')

/** Words before "tests" that do not narrow which tests are meant. */
const GENERIC_TEST_WORDS = new Set([
  'all',
  'the',
  'total',
  'of',
  'and',
  'with',
  'our',
  'automated',
  'test',
  'tests',
  'running',
  'run',
  'ran',
  'are',
  'is',
  'now',
  'your',
  'its',
  'these',
  'existing',
  'current',
  // `npm test`, `pnpm test`: the command that runs the whole suite.
  'npm',
  'pnpm',
  'yarn',
  'bun',
  'npx'
])
/** Words before "tests" that describe work done, not the state of the suite. */
const CHANGE_TEST_WORDS = new Set([
  'new',
  'more',
  'additional',
  'comprehensive',
  'extra',
  'added',
  'created',
  'written',
  'fixed',
  'flaky',
  'skipped',
  'failing',
  'passing',
  'failed',
  'passed',
  'broken',
  'missing'
])

const TEST_CONTEXT =
  /\b(?:tests?|specs?|suite|jest|vitest|pytest|mocha|pass rate)\b|\b\d+ (?:passed|failed)\b[^=]*\bin \d+(?:\.\d+)?s\b/i
const SUITE_LINE = /^(?:test files|test suites|suites)\b/i
const TYPECHECK_CONTEXT =
  /\b(?:typescript|tsc|type[- ]?check(?:ing|s|er)?|ts errors?|type errors?|compil(?:ation|es|ed|er|e)|mypy|pyright)\b/i
const BUILD_CONTEXT =
  /\bbuild\b(?!\s+(?:time|size|tool|script|system|step|cache|artifacts?|output|dir|folder|duration|speed))/i
const LINT_CONTEXT = /\b(?:eslint|lint(?:ing|er|s)?|ruff|biome|tslint|stylelint)\b/i
const CHANGE_BEFORE =
  /\b(?:fixed|resolved|eliminated|removed|reduced|addressed|cleared|added|created|wrote|introduced)\b[^.;]{0,25}$/i
const CHANGE_AFTER =
  /^[\s,]*(?:(?:which|that)\s+(?:i|we|have been|were|was)\s+|were\s+|was\s+|have been\s+|now\s+|all\s+)?(?:fixed|resolved|eliminated|removed|reduced|addressed|cleared|added|created|written)\b/i

/** Template text that was never filled in: `{PASS_RATE}`, `2025-01-XX`, `$(git rev-parse HEAD)`. */
const PLACEHOLDER =
  /\{[A-Z][A-Z0-9_]*\}|\{\{[^}]*\}\}|\b\d{4}-\d{2}-XX\b|\$\([^)]*\)|\bX{2,}\b|\bTBD\b|\bN\/A\b|<(?:N|X|TODO)>/

/** Sentences whose claims are not the current state: intent, to-dos, unfilled templates. */
const NOT_CURRENT = [INTENT_LINE, IMPERATIVE_LINE, PLACEHOLDER]

/**
 * What a reading of the segments looks for: every claim, or only the coverage claims, which decide
 * whether the tests measure coverage and so are wanted before the tests can start.
 */
export type Reading = 'every claim' | 'coverage'

/**
 * The longest line, in characters, that the matchers read. A claim is a short line, and some matchers
 * look along the whole line for each number they find: a line of megabytes (a blob pasted into a report)
 * took minutes. A longer line is passed over with a note (see read-claims.ts).
 */
export const MAX_LINE_LENGTH = 10_000

export function matchClaims(segment: Segment, reading: Reading = 'every claim'): ClaimDraft[] {
  const text = segment.text
  // A pending mark says the thing is not done yet: `⏳ Production build passing` claims nothing.
  if (!text || segment.source.length > MAX_LINE_LENGTH || text.startsWith(PENDING_MARK)) return []
  // A coverage claim needs the word: other lines are passed over before they are cut into sentences.
  if (reading === 'coverage' && !COVERAGE_WORD.test(text)) return []
  const matchers = reading === 'coverage' ? COVERAGE_MATCHERS : MATCHERS
  const drafts: ClaimDraft[] = []
  let digit = false
  for (const sentence of sentences(text)) {
    const words = wordsIn(sentence)
    digit ||= has(words, Words.Digit)
    const found = readSentence(sentence, words, segment, matchers)
    // Most sentences claim nothing; only those that do are asked whether they state intent or history.
    if (!found || NOT_CURRENT.some((rule) => rule.test(sentence))) continue
    if (!isHistory(sentence)) {
      drafts.push(...found)
      continue
    }
    // `The previous run had 2 failing tests; all 4 tests now pass` states the present in one clause.
    const current = sentence.includes(';')
      ? sentence
          .split(';')
          .filter((part) => !isHistory(part))
          .join(';')
      : ''
    if (current) drafts.push(...(readSentence(current, wordsIn(current), segment, matchers) ?? []))
  }
  if (reading === 'every claim') {
    // A file is claimed only after a label (`Created: src/a.ts (will be wired up later)`) or in a list of
    // files, which intent elsewhere on the line does not undo.
    addFileClaims(segment, drafts)
    // Every commit hash holds a digit; `Will commit as abcdef1 after review` names a commit not made yet.
    if (digit) {
      const before = drafts.length
      addCommitClaims(segment, drafts)
      if (drafts.length > before && NOT_CURRENT.some((rule) => rule.test(text))) drafts.length = before
    }
  }
  return drafts.length ? settle(drafts, text, segment.scope) : drafts
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
const COUNTED_ONE = '(?:test|spec|error|warning|failure|vulnerability|problem)'
const COUNTED_MANY = '(?:tests|specs|errors|warnings|failures|vulnerabilities|problems)'
/**
 * A count up to ten written as a word, before what it counts and agreeing with it (`one test still
 * fails`, `two type errors`; not `three error levels`), and not a bound (`at least one error`).
 */
const COUNT_IN_WORDS = new RegExp(
  String.raw`\b(?<!\b(?:at least|at most|more than|fewer than|less than|over|under|about|around|nearly|almost)\s)` +
    String.raw`(?:one(?=\s+(?:[a-z-]+\s+)?${COUNTED_ONE}\b)|(?:${NUMBER_WORDS.slice(1).join('|')})(?=\s+(?:[a-z-]+\s+)?${COUNTED_MANY}\b))`,
  'gi'
)
/** A number word anywhere: most sentences hold none, and this finds that faster than COUNT_IN_WORDS. */
const NUMBER_WORD = new RegExp(String.raw`\b(?:${NUMBER_WORDS.join('|')})\s`, 'i')

/** The claims of a sentence, or of one without a digit once its counts in words are written as numbers. */
function readSentence(
  sentence: string,
  words: number,
  segment: Segment,
  matchers: typeof MATCHERS
): ClaimDraft[] | undefined {
  const found = sentenceClaims(sentence, words, segment, matchers)
  if (found || has(words, Words.Digit) || !NUMBER_WORD.test(sentence)) return found
  const counted = sentence.replace(COUNT_IN_WORDS, (word) => String(NUMBER_WORDS.indexOf(word.toLowerCase()) + 1))
  return counted === sentence ? undefined : sentenceClaims(counted, wordsIn(counted), segment, matchers)
}

/** The claims the matchers read in one sentence, or undefined for none. */
function sentenceClaims(
  sentence: string,
  words: number,
  segment: Segment,
  matchers: typeof MATCHERS
): ClaimDraft[] | undefined {
  const asked: Sentence = { text: sentence, words, stated: undefined }
  let found: ClaimDraft[] | undefined
  for (const matcher of matchers) {
    if ((words & matcher.words) === 0 || !matcher.needs(asked)) continue
    const more = matcher.match(sentence, segment)
    if (more.length) found = found ? found.concat(more) : more
  }
  return found
}

/** Whether a sentence or a clause of one tells the past: `Session start: 68 tests`, `12 failed last week`. */
function isHistory(clause: string): boolean {
  return HISTORY.test(clause)
}

/**
 * Scopes the drafts of one line by its leading path and drops those another draft says better. Plain
 * loops, for the reason given at `addFileClaims`.
 */
function settle(drafts: ClaimDraft[], text: string, rowScope: string | undefined): ClaimDraft[] {
  const pathScope = rowScope ?? leadingPathScope(text)
  // One draft has none to be dropped for: most lines with a claim make one.
  if (drafts.length === 1) {
    const one = narrowed(drafts[0] as ClaimDraft, text, pathScope)
    return one === drafts[0] ? drafts : [one]
  }
  const counted = new Set<string>()
  for (const draft of drafts) {
    if (draft.kind === 'typecheck.errors' && !draft.scope?.startsWith('TS')) counted.add(draft.scope ?? '')
  }
  const seen = new Set<string>()
  const kept: ClaimDraft[] = []
  for (const found of drafts) {
    // A count says more than "clean" or "failing" on the same line.
    if (found.kind === 'typecheck.clean' && counted.has(found.scope ?? '')) continue
    const draft = narrowed(found, text, pathScope)
    // Paths, hashes and phrases are separate claims even when one line names several.
    const named = typeof draft.claimed === 'string' ? `|${draft.claimed}` : ''
    const key = `${draft.kind}|${draft.scope ?? ''}${named}`
    if (seen.has(key)) continue
    seen.add(key)
    kept.push(draft)
  }
  return kept
}

/**
 * A kind of code or a variant of the check narrows a type-check, lint or build claim to part of what the
 * gate checks (`(production code only)`, `Type check (strict)`, `tsc --strict`), and a runtime narrows a
 * build, type-check or test claim (`Build fails on Node 18 only`, `Python 3.9: 2 failures`). A folder
 * narrows a count only where it follows it (see `folderAfter`): in `Build: ❌ BLOCKED (type errors in
 * src/cart.ts)` it says why.
 */
const KIND_OF_CODE = /\b((?:production|test|generated|application|library) code)\b/i
const RUNTIME_NAME = String.raw`node(?:\.?js)?\s*v?\d+(?:\.\d+)*|python\s*\d+(?:\.\d+)*`
const RUNTIME = new RegExp(
  `\\b(?:on|under)\\s+(${RUNTIME_NAME}|windows|macos|linux|ubuntu)\\b|^(${RUNTIME_NAME})\\s*:`,
  'i'
)
const RUNTIME_START = /^(?:node|python)/i
const NARROWED_KINDS: ReadonlySet<ClaimKind> = new Set([
  'typecheck.errors',
  'typecheck.clean',
  'lint.errors',
  'lint.warnings',
  'build.passing'
])
const RUNTIME_KINDS: ReadonlySet<ClaimKind> = new Set([
  'typecheck.clean',
  'build.passing',
  'tests.passed',
  'tests.failed',
  'tests.total',
  'tests.allPassing',
  'tests.passRate'
])

/** The part of the repository a line narrows a claim of this kind to; `Found 1 error in src/a.ts:7` is tsc's. */
function partScope(text: string, kind: ClaimKind): string | undefined {
  const narrowed = NARROWED_KINDS.has(kind)
  const runtime = RUNTIME_KINDS.has(kind) && mayNameRuntime(text)
  if ((!narrowed && !runtime) || /^found\b/i.test(text)) return undefined
  const part = (narrowed ? variantOf(text) : undefined) ?? (runtime ? runtimeOf(text) : undefined)
  return part?.toLowerCase()
}

/** Whether RUNTIME could match: most claim lines hold neither word, and looking for them costs less. */
function mayNameRuntime(text: string): boolean {
  return text.includes('on ') || text.includes('under ') || RUNTIME_START.test(text)
}

/** Each pattern needs a word or character most claim lines lack. */
function variantOf(text: string): string | undefined {
  if (text.includes(' code')) {
    const kindOfCode = KIND_OF_CODE.exec(text)?.[1]
    if (kindOfCode) return kindOfCode
  }
  if (text.includes('--strict')) return 'strict'
  return text.includes('(') ? qualifierOfCheck(text) : undefined
}

function runtimeOf(text: string): string | undefined {
  const runtime = RUNTIME.exec(text)
  return runtime?.[1] ?? runtime?.[2]
}

/** `Type check (strict)`, `Build (docs)`: a check named with a qualifier is that variant of it. */
const QUALIFIED_CHECK =
  /^(?:[✅❌]\s*)?(?:type[- ]?check(?:ing)?|typescript|tsc|lint(?:ing)?|eslint|build)\s*\(([a-z][\w -]{0,30})\)/i
/** Tools and figures a qualifier may name without narrowing the check: `Type check (tsc)`, `Build (2.1s)`. */
const NOT_A_PART =
  /^(?:tsc|typescript|eslint|npm|pnpm|yarn|bun|vite|webpack|esbuild|rollup|next|turbo|all|full|ci|local(?:ly)?)$/i

function qualifierOfCheck(text: string): string | undefined {
  const qualifier = QUALIFIED_CHECK.exec(text)?.[1]?.trim()
  return qualifier && !NOT_A_PART.test(qualifier) ? qualifier : undefined
}

/** `in src/`, `in packages/app`, `in tests`: right after a count, the folder it counts in. */
const FOLDER_AFTER =
  /^\s+in\s+((?:\.{0,2}\/)?[\w@.-]+\/[\w@./-]*|(?:src|lib|apps?|packages|tests?|server|client|frontend|backend)\b)/i

/** The folder named right after a count that ends at `end`, if any. */
function folderAfter(text: string, end: number): string | undefined {
  return FOLDER_AFTER.exec(text.slice(end))?.[1]?.toLowerCase()
}

/** A draft narrowed by the line's leading path or table row, or else by the part its words name. */
function narrowed(draft: ClaimDraft, text: string, pathScope: string | undefined): ClaimDraft {
  if (pathScope) return scopedBy(draft, pathScope)
  const part = draft.scope ? undefined : partScope(text, draft.kind)
  return part ? { ...draft, scope: part } : draft
}

/** A leading path narrows counts and states; a path or hash claim names its own subject. */
function scopedBy(draft: ClaimDraft, pathScope: string): ClaimDraft {
  return !draft.scope && typeof draft.claimed !== 'string' ? { ...draft, scope: pathScope } : draft
}

const SENTENCE_END = /[.!?]\s/
const SENTENCE_BREAK = /(?<=[a-z)%*][.!?])\s+(?=[A-Z])/

/** Prose lines may hold several sentences; an estimate in one does not void a claim in another. */
function sentences(text: string): string[] {
  if (!SENTENCE_END.test(text)) return [text]
  return text.split(SENTENCE_BREAK)
}

/** `apps/web: 37/37 tests` and `@acme/api — build passing` narrow the claim to that package or folder. */
const LEADING_PATH = /^(?:✅|❌)?\s*((?:@[\w.-]+\/[\w.-]+)|(?:[\w.-]+\/[\w./-]+))\s*(?::|\||—|-\s)/

function leadingPathScope(text: string): string | undefined {
  return LEADING_PATH.exec(text)?.[1]
}

function isChange(text: string, index: number, length: number): boolean {
  return CHANGE_BEFORE.test(text.slice(0, index)) || CHANGE_AFTER.test(text.slice(index + length))
}

/** Exact numbers carry no bound at all, so the JSON report shows `bound` only when it matters. */
function boundOf(prefix: string | undefined, suffix: string | undefined): Bound | undefined {
  if (suffix === '+') return 'atLeast'
  if (prefix && /[~≈]/.test(prefix)) return 'approx'
  return undefined
}

function withBound(draft: ClaimDraft, bound: Bound | undefined): ClaimDraft {
  return bound ? { ...draft, bound } : draft
}

/** Which tests a line speaks of: `Auth Tests: 55/55`, `JWT Authentication (55 tests)`, `37 integration tests`. */
function testScope(text: string, index: number): string | undefined {
  const open = text.lastIndexOf('(', index)
  if (open > 0 && text.indexOf(')', open) >= index) {
    const label = text
      .slice(0, open)
      .replace(/[✅❌⏳:|]/g, ' ')
      .replace(/\b\d[\d.,]*\s*\/\s*\d[\d.,]*/g, ' ')
      .replace(/\b\d[\d.,]*%?/g, ' ')
      .trim()
    // A label of counts and test words (`3/5 tests passing (2 failing)`) names no part of the suite.
    const generic =
      /^(?:(?:test|tests|test suite|test coverage|test results?|pass rate|results?|status|total|summary|overall|session end|now|current|passing|passed|failing|failed|all|npm|pnpm|yarn|bun|npx|run)\s*)+$/i
    if (label && !generic.test(label)) {
      return label.toLowerCase()
    }
  }
  const noun = /(?:^|\s)([A-Za-z][\w-]*)\s+(?:tests?|specs?)\b/i.exec(text)
  const word = noun?.[1]?.toLowerCase()
  return word && !CHANGE_TEST_WORDS.has(word) ? suiteScope(word) : undefined
}

/** The suite a word before "tests" names (`auth`, `integration`), or nothing for words like "all". */
function suiteScope(word: string | undefined): string | undefined {
  const lower = word?.toLowerCase()
  return lower && !GENERIC_TEST_WORDS.has(lower) ? lower : undefined
}

const testRatio: Matcher = (text) => {
  if (!TEST_CONTEXT.test(text) || SUITE_LINE.test(text)) return []
  const ratio = TEST_RATIO
  const drafts: ClaimDraft[] = []
  for (const match of matchesOf(ratio, text)) {
    const [whole, a = '', b = ''] = match
    const denominator = parseNumber(b)
    const after = text.slice(match.index + whole.length, match.index + whole.length + 16)
    // `78/100` and `9.8/10` are scores unless test words follow them.
    if ((denominator === 10 || denominator === 100) && !/^\s*(?:✅|tests?|specs?|pass|fail)/i.test(after)) continue
    const scope = testScope(text, match.index)
    // The word right after the ratio says what it counts: `2/3 passing (1 failing)` counts passes.
    const word = /^\s*(?:tests?\s+|specs?\s+)?([a-z]+)/i.exec(after)?.[1] ?? ''
    const kind: ClaimKind = /^fail/i.test(word) ? 'tests.failed' : 'tests.passed'
    drafts.push({ kind, claimed: parseNumber(a), scope }, { kind: 'tests.total', claimed: denominator, scope })
  }
  return drafts
}

const testCounts: Matcher = (text) => {
  if (!TEST_CONTEXT.test(text) || SUITE_LINE.test(text)) return []
  const drafts: ClaimDraft[] = []
  const count = TEST_COUNT_WORD
  for (const match of matchesOf(count, text)) {
    const [whole, prefix, value = '', plus, qualifier, word = ''] = match
    if (isChange(text, match.index, whole.length) || CHANGE_TEST_WORDS.has(qualifier?.toLowerCase() ?? '')) continue
    const kind: ClaimKind = /^pass/i.test(word) ? 'tests.passed' : 'tests.failed'
    const scope = suiteScope(qualifier) ?? testScope(text, match.index)
    drafts.push(withBound({ kind, claimed: parseNumber(value), scope }, boundOf(prefix, plus)))
    const total = /^\s*\((\d[\d,]*)\)/.exec(text.slice(match.index + whole.length))
    if (total?.[1]) drafts.push({ kind: 'tests.total', claimed: parseNumber(total[1]), scope })
  }
  const total = TESTS_TOTAL.exec(text)
  if (total?.[1] && /^tests?\b/i.test(text)) drafts.push({ kind: 'tests.total', claimed: parseNumber(total[1]) })
  if (
    /\b(?:zero|no)\s+(?:test\s+failures|failing tests|failed tests|tests?\s+(?:fails?|failed|are failing))\b/i.test(
      text
    )
  ) {
    drafts.push({ kind: 'tests.failed', claimed: 0 })
  }
  const allBut = ALL_BUT.exec(text)
  if (allBut?.[1]) drafts.push({ kind: 'tests.failed', claimed: parseNumber(allBut[1]) })
  const none = NONE_OF.exec(text)
  if (none?.[1])
    drafts.push({ kind: 'tests.failed', claimed: 0 }, { kind: 'tests.total', claimed: parseNumber(none[1]) })
  return drafts
}

const testTotal: Matcher = (text) => {
  if (!/test/i.test(text)) return []
  if (SUITE_LINE.test(text)) return []
  const range = TEST_RANGE.exec(text)
  if (range?.[1] && range[2]) {
    const scope = testScope(text, range.index)
    return [
      {
        kind: 'tests.total',
        claimed: parseNumber(range[1]),
        bound: 'range',
        upper: parseNumber(range[2]),
        ...(scope ? { scope } : {})
      }
    ]
  }
  const state = TEST_STATE_KEY.exec(text)
  if (state?.[3]) {
    const kind: ClaimKind = /^pass/i.test(state[1] ?? state[2] ?? '') ? 'tests.passed' : 'tests.failed'
    return [{ kind, claimed: parseNumber(state[3]) }]
  }
  const drafts: ClaimDraft[] = []
  const keyValue = TESTS_KEY_VALUE.exec(text)
  if (keyValue) {
    const [, word, prefix, value = '', plus] = keyValue
    const scope = suiteScope(word)
    drafts.push(withBound({ kind: 'tests.total', claimed: parseNumber(value), scope }, boundOf(prefix, plus)))
  }
  const counted = COUNTED_TESTS
  for (const match of matchesOf(counted, text)) {
    const [whole, prefix, value = '', plus, word] = match
    const qualifier = word?.toLowerCase()
    if (qualifier && CHANGE_TEST_WORDS.has(qualifier)) continue
    const after = text.slice(match.index + whole.length)
    // `12 integration tests passing` and `2 tests fail` count passes and failures, read by testCounts;
    // of `All 4 tests pass`, 4 is the total too.
    const state = /^\s+(?:are\s+|now\s+|still\s+)?(?:pass|fail)/i.test(after)
    if (state && !/\ball\s+$/i.test(text.slice(0, match.index))) continue
    // `3 tests are flaky and were skipped` counts some of the tests, not the suite.
    if (SOME_TESTS.test(after)) continue
    if (isChange(text, match.index, whole.length) || /^\s*\(\+|\+\d/.test(text.slice(match.index - 2, match.index)))
      continue
    const scope = suiteScope(qualifier) ?? testScope(text, match.index)
    drafts.push(withBound({ kind: 'tests.total', claimed: parseNumber(value), scope }, boundOf(prefix, plus)))
  }
  return drafts
}

/** What follows `N tests` when they are only some of the suite: `3 tests are flaky`, `2 tests were skipped`. */
const SOME_TESTS =
  /^\s+(?:(?:are|were|have been|got|was)\s+)?(?:(?:now|still|also|temporarily)\s+)?(?:flaky|skipped|added|created|written|fixed|removed|disabled|pending|todo|quarantined|ignored|excluded|marked)\b/i

const testState: Matcher = (text, segment) => {
  if (!/test|spec|jest|mocha|pass rate|passed|failed/i.test(text)) return []
  const all =
    /\b(not\s+)?(?:all|every)\s+(?:([a-z][\w-]*)\s+)?(?:tests?|specs?)\s+(?:are\s+|is\s+|now\s+|still\s+)?(passing|passes|pass|passed|green|succeed(?:s|ing)?)\b/i.exec(
      text
    )
  if (all) {
    const word = all[2]?.toLowerCase()
    // `Not all tests pass yet` is an honest failure.
    return [{ kind: 'tests.allPassing', claimed: !all[1], scope: suiteScope(word) }]
  }
  const status =
    /^(?:([a-z][\w-]*)\s+)?tests?(?:\s+suite)?(?:\s+status)?\s*[:|]\s*(✅|❌)?\s*(passing|pass|passed|green|ok|all passing|failing|fail|failed|red|broken|blocked)?(?![\w\d/])/i.exec(
      text
    )
  if (
    status &&
    (status[3] || (status[2] && segment.kind !== 'heading')) &&
    !/^\s*\d/.test(text.slice(status[0].length))
  ) {
    const word = status[1]?.toLowerCase()
    const passing = status[3] ? /^(?:pass|green|ok|all)/i.test(status[3]) : status[2] === '✅'
    return [{ kind: 'tests.allPassing', claimed: passing, scope: suiteScope(word) }]
  }
  const rate =
    /\b(?:100(?:\.0+)?%\s*(?:of\s+(?:the\s+)?tests\s+)?(?:passing|pass rate)|pass rate\s*[:|]?\s*100(?:\.0+)?%)/i.exec(
      text
    )
  if (rate && TEST_CONTEXT.test(text))
    return [{ kind: 'tests.allPassing', claimed: true, scope: testScope(text, rate.index) }]
  return []
}

const typecheckCodes: Matcher = (text) => {
  if (!/TS\d/i.test(text)) return []
  const drafts: ClaimDraft[] = []
  for (const match of matchesOf(ZERO_TS_CODE, text)) {
    drafts.push({ kind: 'typecheck.errors', claimed: 0, scope: (match[1] ?? '').toUpperCase() })
  }
  for (const match of matchesOf(TS_CODE_ERRORS, text)) {
    if (isChange(text, match.index, match[0].length)) continue
    drafts.push({
      kind: 'typecheck.errors',
      claimed: parseNumber(match[1] ?? ''),
      scope: (match[2] ?? '').toUpperCase()
    })
  }
  return drafts
}

/** A claim that names mypy is about mypy's result, and with `--strict` about a stricter run than the gate's. */
function mypyScope(text: string): string | undefined {
  if (!/\bmypy\b/i.test(text)) return undefined
  return text.includes('--strict') ? 'mypy --strict' : 'mypy'
}

const typecheckCount: Matcher = (text) => {
  if (!/^found\b/i.test(text) && !TYPECHECK_CONTEXT.test(text)) return []
  // tsc's and mypy's own summary lines, pasted: `Found 3 errors in 2 files.`, `… (checked 40 source files)`.
  const summary = /^Found (\d[\d,]*) errors? in (?:the same file|\d+ files?|\S+:\d+)(.*)$/i.exec(text)
  if (summary?.[1]) {
    const scope = /\(checked \d+ source files?\)/.test(summary[2] ?? '') ? 'mypy' : undefined
    return [{ kind: 'typecheck.errors', claimed: parseNumber(summary[1]), ...(scope ? { scope } : {}) }]
  }
  if (!TYPECHECK_CONTEXT.test(text)) return []
  const scope = mypyScope(text)
  const keyValue = TYPECHECK_KEY_VALUE.exec(text)
  if (keyValue?.[1]) return [{ kind: 'typecheck.errors', claimed: parseNumber(keyValue[1]), scope }]
  if (/\b(?:zero|no)\s+(?:remaining\s+)?(?:typescript|ts|type|tsc|compilation|compiler)\s+errors\b/i.test(text)) {
    return [{ kind: 'typecheck.errors', claimed: 0, scope }]
  }
  const counted = COUNTED_TYPE_ERRORS
  for (const match of matchesOf(counted, text)) {
    const [whole, prefix, value = '', plus] = match
    if (prefix === '<' || prefix === '>' || isChange(text, match.index, whole.length)) continue
    if (
      LINT_CONTEXT.test(text) &&
      !/\b(?:typescript|tsc|type|compil)/i.test(text.slice(Math.max(0, match.index - 40), match.index + whole.length))
    )
      continue
    const folder = scope ?? folderAfter(text, match.index + whole.length)
    return [withBound({ kind: 'typecheck.errors', claimed: parseNumber(value), scope: folder }, boundOf(prefix, plus))]
  }
  return []
}

/** A word of success that a negation turns round: `not clean`, `isn't passing`, `doesn't compile`. */
const NEGATED_SUCCESS =
  /\b(?:not|isn'?t|aren'?t|doesn'?t|does not|no longer|never)\s+(?:yet\s+)?(?:clean|pass(?:es|ing)?|succeed(?:s|ing)?|successful|green|ok|compil(?:e|es|ing)|working|work)\b/i

const typecheckState: Matcher = (text, segment) => {
  const context = TYPECHECK_CONTEXT.exec(text)
  if (!context) return []
  const scope = mypyScope(text)
  const tail = text.slice(context.index)
  if (
    /\b(?:fail(?:s|ing|ed|ure)?|blocked|broken|red)\b/i.test(tail) ||
    (segment.kind !== 'heading' && /❌/.test(tail))
  ) {
    return [{ kind: 'typecheck.clean', claimed: false, scope }]
  }
  // `TypeScript: not clean`, `Doesn't compile`: an honest failure.
  if (NEGATED_SUCCESS.test(text)) return [{ kind: 'typecheck.clean', claimed: false, scope }]
  const clean =
    /\b(?:clean|pass(?:es|ing|ed)?|succeed(?:s|ed)?|success(?:ful(?:ly)?)?|green|ok|no (?:type )?errors|no issues found|without errors|compiles)\b/i
  if (clean.test(tail) || (segment.kind !== 'heading' && /^[^a-z]*✅|[:|]\s*✅/i.test(tail))) {
    return [{ kind: 'typecheck.clean', claimed: true, scope }]
  }
  return []
}

const buildState: Matcher = (text, segment) => {
  const context = BUILD_CONTEXT.exec(text)
  if (!context || /\bbuild\s*[:|]\s*\d+(?:\.\d+)?%/i.test(text)) return []
  const tail = text.slice(context.index)
  const fail =
    /^build\b(?:\s+(?:status|process|pipeline))?\s*[:|(-]?\s*(?:❌\s*)?(?:is\s+)?(?:still\s+)?(?:fail(?:s|ing|ed|ure)?|blocked|broken|red|errors?|erroring)\b/i
  const pass =
    /^build\b(?:\s+status)?\s*[:|(-]?\s*(?:✅\s*)?(?:is\s+)?(?:now\s+)?(?:passing|passes|passed|pass|succeeds|succeeded|successful(?:ly)?|success|green|ok|works|working|clean|completes?|completed)\b|^builds?\s+(?:successfully|cleanly|without errors)\b/i
  const head = text.slice(0, context.index)
  if (
    fail.test(tail) ||
    /^build\s*[:|]\s*❌/i.test(tail) ||
    /^❌\s*(?:production\s+|prod\s+)?$/i.test(head) ||
    NEGATED_SUCCESS.test(tail)
  ) {
    return [{ kind: 'build.passing', claimed: false }]
  }
  if (
    pass.test(tail) ||
    (segment.kind !== 'heading' &&
      (/^build\s*[:|]\s*✅/i.test(tail) || /^✅\s*(?:production\s+|prod\s+)?$/i.test(head)))
  ) {
    return [{ kind: 'build.passing', claimed: true }]
  }
  return []
}

const SEVERITY_ALIASES: Record<string, string> = { medium: 'moderate' }

/** An audit of the production dependencies alone, which the gate's audit of every dependency cannot verify. */
const PRODUCTION_ONLY =
  /--omit[= ]dev\b|--production\b|--only[= ]prod|\bexcluding dev|\bwithout dev(?:elopment)? dep|\b(?:production|prod|runtime)(?:[- ]only\b|\s+(?:dependencies|deps|vulnerabilit))|\(production\b/i

const audit: Matcher = (text, segment) => {
  if (!/vulnerabilit|audit/i.test(text)) return []
  const production = PRODUCTION_ONLY.test(text) ? 'production' : undefined
  const drafts: ClaimDraft[] = []
  const counted = COUNTED_VULNERABILITIES
  for (const match of matchesOf(counted, text)) {
    const [whole, prefix, value = '', plus, severity] = match
    if (isChange(text, match.index, whole.length)) continue
    const level = severity ? (SEVERITY_ALIASES[severity.toLowerCase()] ?? severity.toLowerCase()) : undefined
    const scope = production && level ? `${production} ${level}` : (production ?? level)
    drafts.push(withBound({ kind: 'audit.vulnerabilities', claimed: parseNumber(value), scope }, boundOf(prefix, plus)))
  }
  if (drafts.length) return drafts
  if (/\b(?:zero|no)\s+(?:known\s+)?(?:security\s+)?vulnerabilit(?:y|ies)\b/i.test(text))
    return [{ kind: 'audit.vulnerabilities', claimed: 0, scope: production }]
  const keyValue = VULNERABILITIES_KEY_VALUE.exec(text)
  if (keyValue?.[1]) return [{ kind: 'audit.vulnerabilities', claimed: parseNumber(keyValue[1]), scope: production }]
  const clean =
    /\b(?:npm|pnpm|yarn|bun|dependency|security)\s+audit\b\s*[:|]?\s*(✅\s*)?(clean|passed|passing|pass|no issues|ok)?\b/i.exec(
      text
    )
  if (clean && (clean[2] || (clean[1] && segment.kind !== 'heading')))
    return [{ kind: 'audit.vulnerabilities', claimed: 0, scope: production }]
  return []
}

const lint: Matcher = (text) => {
  if (!/problem/i.test(text) && !LINT_CONTEXT.test(text)) return []
  const stylish = /(\d[\d,]*)\s+problems?\s+\((\d[\d,]*)\s+errors?,\s+(\d[\d,]*)\s+warnings?\)/i.exec(text)
  if (stylish) {
    return [
      { kind: 'lint.errors', claimed: parseNumber(stylish[2] ?? '') },
      { kind: 'lint.warnings', claimed: parseNumber(stylish[3] ?? '') }
    ]
  }
  if (!LINT_CONTEXT.test(text)) return []
  // A claim that names ruff is about ruff's count, as one that names mypy is about mypy's.
  const tool = /\bruff\b/i.test(text) ? 'ruff' : undefined
  const drafts: ClaimDraft[] = []
  const counted = COUNTED_LINT_PROBLEMS
  for (const match of matchesOf(counted, text)) {
    const [whole, value = '', qualifier, what = ''] = match
    if (isChange(text, match.index, whole.length)) continue
    if (TYPECHECK_CONTEXT.test(text.slice(Math.max(0, match.index - 30), match.index + whole.length))) continue
    const kind: ClaimKind = /^error/i.test(what) ? 'lint.errors' : 'lint.warnings'
    const scope =
      tool ??
      (qualifier && !/^(?:remaining|new|total)$/i.test(qualifier) ? qualifier : undefined) ??
      folderAfter(text, match.index + whole.length)
    drafts.push({ kind, claimed: parseNumber(value), scope })
  }
  if (drafts.length) return drafts
  if (
    /\b(?:eslint|ruff|lint(?:ing)?)\b\s*[:|]?\s*(?:✅\s*)?(?:clean|passing|passes|passed|pass|no errors|no issues|0 issues)\b/i.test(
      text
    ) ||
    /\b(?:no|zero)\s+(?:eslint|ruff|lint(?:ing)?)\s+(?:errors|issues|problems)\b/i.test(text) ||
    // ruff's own words for a clean check.
    (tool === 'ruff' && /\ball checks passed\b/i.test(text))
  ) {
    return [{ kind: 'lint.errors', claimed: 0, scope: tool }]
  }
  return []
}

const COVERAGE_METRIC = /^(statements?|branch(?:es)?|lines?|functions?)$/i

const COVERAGE_WORD = /coverage/i

const coverage: Matcher = (text) => {
  if (!COVERAGE_WORD.test(text)) return []
  const keyValue =
    /\b(?:(statements?|branch(?:es)?|lines?|functions?)\s+)?coverage\s*[:|]\s*(?:✅\s*)?([~≈]?)(\d{1,3}(?:\.\d+)?)%(\+)?/i.exec(
      text
    )
  if (keyValue) {
    const [, metric, prefix, value = '', plus] = keyValue
    return [
      withBound({ kind: 'coverage.percent', claimed: Number(value), scope: metricName(metric) }, boundOf(prefix, plus))
    ]
  }
  const before =
    /(?<![+\d.])([~≈]?)(\d{1,3}(?:\.\d+)?)%(\+)?\s+((?:[\w-]+\s+){0,3}?)coverage\b(\s+(?:on|of|for|in)\s+[\w -]+)?/i.exec(
      text
    )
  if (!before) return []
  const [, prefix, value = '', plus, words = '', on] = before
  const qualifier = words.trim().replace(/^(?:test|code)$/i, '')
  const scope = on
    ? on.trim().replace(/^(?:on|of|for|in)\s+/i, '')
    : COVERAGE_METRIC.test(qualifier)
      ? metricName(qualifier)
      : qualifier || undefined
  return [withBound({ kind: 'coverage.percent', claimed: Number(value), scope }, boundOf(prefix, plus))]
}

function metricName(word: string | undefined): string | undefined {
  if (!word) return undefined
  const w = word.toLowerCase()
  if (w.startsWith('statement')) return 'statements'
  if (w.startsWith('branch')) return 'branches'
  if (w.startsWith('line')) return 'lines'
  return 'functions'
}

/** `Overall: 55%` says the readiness score only under a heading about readiness. */
const READINESS_SECTION = /\b(?:production\s+)?readiness\b|\bproduction[- ]ready\b/i

const readiness: Matcher = (text, segment) => {
  if (!/read(?:y|iness)|^(?:overall|total)\b/i.test(text)) return []
  const overall = /^(?:overall|total)\s*[:|]\s*(?:[^\d\s]+\s*)?(\d{1,3}(?:\.\d+)?)%/i.exec(text)
  if (overall?.[1] && READINESS_SECTION.test(normalizeLine(segment.section ?? '')))
    return [{ kind: 'readiness.score', claimed: Number(overall[1]) }]
  const percent =
    /(\d{1,3}(?:\.\d+)?)%\s*(?:production[- ]ready|ready for production|production readiness)\b/i.exec(text) ??
    /\b(?:production[- ]ready(?:ness)?|(?:overall\s+)?readiness(?:\s+score)?)\s*[:|]?\s*(?:✅\s*)?(\d{1,3}(?:\.\d+)?)%/i.exec(
      text
    )
  if (percent?.[1]) return [{ kind: 'readiness.score', claimed: Number(percent[1]) }]
  const outOf =
    /\b(?:production[- ]ready(?:ness)?|readiness)(?:\s+score)?\s*[:|]?\s*(\d+(?:\.\d+)?)\s*\/\s*(10|100)\b/i.exec(text)
  if (outOf?.[1] && outOf[2])
    return [{ kind: 'readiness.score', claimed: Math.round((Number(outOf[1]) / Number(outOf[2])) * 1000) / 10 }]
  if (
    /\b(?:not|isn'?t|never)\s+(?:yet\s+)?production[- ]ready\b|production[- ]ready\s*[:|]\s*(?:❌|no\b)/i.test(text)
  ) {
    return [{ kind: 'readiness.ready', claimed: false }]
  }
  if (
    /production[- ]ready\s*[:|]\s*(?:✅\s*)?(?:yes|true|✅)/i.test(text) ||
    /^(?:(?:overall|final|project|current)\s+)?(?:status|verdict|result|overall)\s*[:|]\s*(?:✅\s*)?production[- ]ready\b/i.test(
      text
    ) ||
    /^✅?\s*(?:status:\s*)?production[- ]ready\s*[.!]?\s*✅?$/i.test(text)
  ) {
    return [{ kind: 'readiness.ready', claimed: true }]
  }
  return []
}

const passRate: Matcher = (text) => {
  if (!/pass/i.test(text)) return []
  const rate =
    /\bpass(?:ing)? rate\s*[:|]?\s*(?:✅\s*)?(\d{1,3}(?:\.\d+)?)%/i.exec(text) ??
    /(?<![+\d.])(\d{1,3}(?:\.\d+)?)%\s+(?:pass(?:ing)? rate|of tests passing|tests? passing|passing)\b/i.exec(text)
  if (!rate?.[1] || Number(rate[1]) === 100) return []
  return [{ kind: 'tests.passRate', claimed: Number(rate[1]), scope: testScope(text, rate.index) }]
}

/** Performance and size figures no check of the gate measures; reported so the reader knows they were not checked. */
const OTHER_METRIC =
  /\b(?:p(?:50|90|95|99)|latency|response time|throughput|lighthouse(?: score)?|performance score|image size|bundle size|docker image|uptime|LCP|FCP|TTI|TBT|CLS)\b[^.;|]{0,20}?[:=]?\s*[~≈]?\d[\d.,]*\+?\s*(?:ms|s|mb|kb|gb|%|(?:req(?:uest)?s?|tasks)\/s(?:ec(?:ond)?)?|rps)?|\d[\d.,]*\+?\s*(?:req(?:uest)?s?\/s(?:ec(?:ond)?)?|tasks\/s(?:ec(?:ond)?)?|rps)\b/i
const BUDGET =
  /\b(?:budgets?|thresholds?|max(?:imum)?|min(?:imum)?|limits?|at most|at least)\b|\b(?:under|below)\s+[~≈]?\d|[≤≥<>]/i

const other: Matcher = (text) => {
  const metric = OTHER_METRIC.exec(text)
  if (!metric || BUDGET.test(text)) return []
  return [{ kind: 'other', claimed: metric[0].trim() }]
}

const PATH =
  /(?<![\w/.-])((?:[\w@.-]+\/)*[\w@-][\w@.-]*\.(?:tsx?|jsx?|mjs|cjs|json|md|py|sql|ya?ml|css|scss|html|sh|go|rs|toml|txt|vue|svelte))(?![\w/])/g
const INLINE_FILE_LABEL =
  /^(?:new\s+)?(?:files?\s+)?(?:created|added|modified|changed|updated|new files?)(?:\s+files?)?\s*:\s*(.+)$/i

/**
 * `Created: src/lib/csrf.ts`, or the first path of each item in a list a `Files created:` label
 * introduces. Appended to the line's drafts in a plain loop: chains of `map` and `filter` over arrays
 * that are sometimes empty made the optimizing compiler discard the matchers' code again and again
 * while the first reports were read.
 */
function addFileClaims(segment: Segment, drafts: ClaimDraft[]): void {
  const inline = INLINE_FILE_LABEL.exec(segment.text)
  const text = inline?.[1] ?? (segment.fileList ? segment.text : undefined)
  if (!text || /\b(?:deleted|removed)\b/i.test(text)) return
  const seen = new Set<string>()
  for (const match of matchesOf(PATH, text)) {
    const path = (match[1] ?? '').replace(/^\.\//, '')
    if (/^\.|\.\./.test(path) || seen.has(path)) continue
    seen.add(path)
    drafts.push({ kind: 'file.exists', claimed: path })
    // An item of a file list names its file first; later paths describe the change.
    if (!inline) return
  }
}

/** Hashes are 7 to 40 hex digits with a letter and a digit; `abc1234`-style placeholders are not claims. */
const HASH = /(?<![\w/])([0-9a-f]{7,40})(?![\w/])/g
const PLACEHOLDER_HASH = /^(?:abc123\w*|a1b2c3\w*|deadbeef\w*|1234567\w*|0{7,}|f{7,})$/

const COMMIT_LABEL = /\bcommits?\b\s*(?:\d+\s*)?[:#]?/i
const LISTED_HASH = /^(?:\d+[.)]\s*)?([0-9a-f]{7,40})\s+(?:-|–|—|:)\s+\S/

function addCommitClaims(segment: Segment, drafts: ClaimDraft[]): void {
  const text = segment.text
  const labelled = COMMIT_LABEL.test(text)
  const listed = LISTED_HASH.test(text)
  if (!labelled && !listed) return
  for (const match of matchesOf(HASH, text)) {
    const hash = match[1] ?? ''
    if (!/[a-f]/.test(hash) || !/\d/.test(hash) || PLACEHOLDER_HASH.test(hash)) continue
    drafts.push({ kind: 'commit.exists', claimed: hash })
    // A line listing a commit starts with its hash; later hashes are part of its message.
    if (listed && !labelled) return
  }
}

/** The words that some matcher's patterns need, each standing for the group of matchers that needs it. */
const enum Words {
  Tests = 1,
  Pass = 2,
  Fail = 4,
  Total = 8,
  Typecheck = 16,
  TsCode = 32,
  Build = 64,
  Audit = 128,
  Lint = 256,
  Coverage = 512,
  Ready = 1024,
  Metric = 2048,
  /** Not a word: the sentence holds a digit, which most matchers need and ask of it. */
  Digit = 4096
}

/** Words of the performance and size figures the `other` matcher reports. */
const METRIC_WORDS = [
  ...['p50', 'p90', 'p95', 'p99', 'latency', 'response time', 'throughput', 'lighthouse', 'performance score'],
  ...['image size', 'bundle size', 'docker image', 'uptime', 'lcp', 'fcp', 'tti', 'tbt', 'cls', 'req', 'tasks/', 'rps']
]

/** Words of the labels that `addFileClaims` reads paths after. */
const FILE_LABEL_WORDS = ['created', 'added', 'modified', 'changed', 'updated', 'new file']

const WORD_GROUPS: Record<string, Words> = {
  test: Words.Tests,
  spec: Words.Tests,
  jest: Words.Tests,
  mocha: Words.Tests,
  pass: Words.Pass | Words.Tests,
  fail: Words.Fail | Words.Tests,
  total: Words.Total,
  type: Words.Typecheck,
  tsc: Words.Typecheck,
  'ts error': Words.Typecheck,
  compil: Words.Typecheck,
  mypy: Words.Typecheck,
  pyright: Words.Typecheck,
  build: Words.Build,
  vulnerabilit: Words.Audit,
  audit: Words.Audit,
  problem: Words.Lint,
  lint: Words.Lint,
  ruff: Words.Lint,
  biome: Words.Lint,
  coverage: Words.Coverage,
  ready: Words.Ready,
  readiness: Words.Ready,
  ...Object.fromEntries(METRIC_WORDS.map((word) => [word, Words.Metric]))
}

/** One of the words. Searching again from the character after each match finds words that overlap. */
const WORD = firstLetterPattern([...Object.keys(WORD_GROUPS), String.raw`ts\d`], 'gi')
/**
 * A word's first three characters, lower-cased, packed in a number. They tell every word's group from
 * the others', and reading them where the word was found spares making and lower-casing its text.
 */
function headAt(text: string, at: number): number {
  return ((text.charCodeAt(at) | 32) << 16) | ((text.charCodeAt(at + 1) | 32) << 8) | (text.charCodeAt(at + 2) | 32)
}

const GROUP_OF_HEAD = groupsByHead()

function groupsByHead(): Map<number, Words> {
  const heads = new Map<number, Words>()
  const add = (word: string, group: Words) => {
    const head = headAt(word, 0)
    if ((heads.get(head) ?? group) !== group) throw new Error(`${word} starts like a word of another group`)
    heads.set(head, group)
  }
  for (const [word, group] of Object.entries(WORD_GROUPS)) add(word, group)
  for (let digit = 0; digit <= 9; digit++) add(`ts${digit}`, Words.TsCode)
  return heads
}

/**
 * An alternation of words grouped by their first letter (`t(?:est|otal|ype)`), which the regular
 * expression engine rejects at most positions after one character instead of trying every word.
 */
function firstLetterPattern(words: string[], flags: string): RegExp {
  const byLetter = new Map<string, Set<string>>()
  for (const word of words) {
    const letter = (word[0] as string).toLowerCase()
    byLetter.set(letter, (byLetter.get(letter) ?? new Set()).add(word.slice(1)))
  }
  const groups = [...byLetter].map(([letter, rests]) => `${letter}(?:${[...rests].join('|')})`)
  return new RegExp(groups.join('|'), flags)
}

/** Which groups of words a sentence holds, in one pass over it, and whether it holds a digit. */
function wordsIn(sentence: string): number {
  let words = DIGIT.test(sentence) ? Words.Digit : 0
  WORD.lastIndex = 0
  for (let match = WORD.exec(sentence); match; match = WORD.exec(sentence)) {
    words |= GROUP_OF_HEAD.get(headAt(sentence, match.index)) as Words
    WORD.lastIndex = match.index + 1
  }
  return words
}

/** Between the words of a phrase, the line's source may hold spaces and markup that normalizing removes. */
const GAP = '[\\s*_`]*'

/** Metric abbreviations that the metric pattern reads only as whole words: `tti` is also in "settings". */
const WHOLE_METRIC_WORDS = new Set(['p50', 'p90', 'p95', 'p99', 'lcp', 'fcp', 'tti', 'tbt', 'cls'])

/**
 * A word that no letter or digit adjoins, for `firstLetterPattern`: the look back is taken after the
 * first letter, so it spans that letter and the character before it.
 */
function wholeWord(word: string): string {
  return `${word[0] as string}(?<![a-z\\d].)${word.slice(1)}(?![a-z\\d])`
}

/**
 * Words and phrases of which every claim holds one, as a line's source shows them, before normalizing.
 * A phrase is looked for only where a single word would pass too many lines: `error` alone is in most
 * reports, and a claim needs `TS error`; `type` alone is in many, and a type-check claim needs
 * `TypeScript`, `type check` or `type error` (see TYPECHECK_CONTEXT).
 */
const CLAIM_WORD = firstLetterPattern(
  [
    // `req` alone starts too many words; a claim has it as `req/s` or `requests/sec`.
    ...Object.keys(WORD_GROUPS)
      .filter((word) => word !== 'req' && word !== 'type')
      .map((word) => (WHOLE_METRIC_WORDS.has(word) ? wholeWord(word) : word.replace(' ', GAP))),
    `type(?:script|${GAP}-?${GAP}check|${GAP}error)`,
    String.raw`ts\d`,
    ...['overall', 'found', ...FILE_LABEL_WORDS.map((word) => word.replace(' ', GAP))],
    ...[String.raw`reqs?\/`, String.raw`requests?\/`]
  ],
  'i'
)
/** Most lines have no digit, so no hash: the pattern finds that faster than the loop below. */
const DIGIT = /\d/

/** The shortest commit hash a claim may give. */
const SHORTEST_HASH = 7

/**
 * Whether the line holds seven lower-case hex digits in a row, with a digit and a letter among them:
 * every commit hash claim does (see `addCommitClaims`), and dates and plain numbers do not. A run of
 * seven covers every seventh character, so the loop looks at those and reads around each hex digit it
 * finds; most characters are never read.
 */
function hasHashLikeRun(source: string): boolean {
  for (let i = SHORTEST_HASH - 1; i < source.length;) {
    if (!isHexDigit(source.charCodeAt(i))) {
      i += SHORTEST_HASH
      continue
    }
    let start = i
    while (start > 0 && isHexDigit(source.charCodeAt(start - 1))) start--
    let end = i + 1
    while (end < source.length && isHexDigit(source.charCodeAt(end))) end++
    if (end - start >= SHORTEST_HASH && holdsDigitAndLetter(source, start, end)) return true
    i = end + SHORTEST_HASH
  }
  return false
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102)
}

/** Whether a run of hex digits holds a digit and a letter. */
function holdsDigitAndLetter(source: string, start: number, end: number): boolean {
  let digit = false
  let letter = false
  for (let k = start; k < end; k++) {
    if (source.charCodeAt(k) <= 57) digit = true
    else letter = true
  }
  return digit && letter
}

/**
 * Whether a line's source could hold a claim outside a file list. Most report lines cannot, and
 * asking this first spares them normalizing and the matchers. A claim needs one of the words, or a
 * commit hash; and with the words, a number, a status mark, or one of the words `claimsInWords` looks
 * for. A word broken by markup (`te**st**`) is not seen as that word.
 */
export function mayClaim(source: string): boolean {
  if (CLAIM_WORD.test(source)) return DIGIT.test(source) || mayHoldMark(source) || claimsInWords(source)
  return DIGIT.test(source) && hasHashLikeRun(source)
}

/** A file label (`Created: src/lib/csrf.ts`) before a path, which has a dot. */
const FILE_LABEL_WORD = new RegExp(FILE_LABEL_WORDS.map((word) => word.replace(' ', GAP)).join('|'), 'i')

/**
 * Whether a line without a number or a status mark could claim: only in a word that states a result,
 * a readiness phrase, or a file label and a path. Every other claim holds a number (see MATCHERS).
 */
function claimsInWords(source: string): boolean {
  return STATE_WORD.test(source) || PRODUCTION.test(source) || (FILE_LABEL_WORD.test(source) && source.includes('.'))
}

/** `no` and `zero` as words, which `_` may adjoin: `\b` would count it as part of the word. */
const NONE_WORD = /(?<![a-z\d])(?:no|zero)(?![a-z\d])/i
/** Every word, or its stem, by which the state matchers read a state: `passing`, `blocked`, `no errors`. */
const STATE_WORD =
  /pass|fail|green|succe|broken|block|clean|compiles|complet|work|error|without|(?<![a-z\d])(?:ok|red|no|zero)(?![a-z\d])/i
const PRODUCTION = /production/i

const OVERALL = /^(?:overall|total)\b/i
const FOUND = /^found\b/i

const has = (words: number, group: Words): boolean => (words & group) !== 0

/** A sentence as the matchers' needs see it: its words, and whether it states a result, asked when first needed. */
interface Sentence {
  text: string
  words: number
  stated: boolean | undefined
}

/** Whether a sentence states a result in a word or with a status mark. */
function isStated(sentence: Sentence): boolean {
  return (sentence.stated ??= mayHoldMark(sentence.text) || STATE_WORD.test(sentence.text))
}

/** Every group: a matcher that can read a sentence without any of the words (`Found 3 errors`, `Overall: 80%`). */
const ANY_WORDS = ~0

/**
 * Each matcher with what all its patterns need: one of its words, and a number, a status mark or a
 * word that states a result. Most sentences lack one or the other, and finding the words once costs a
 * fraction of trying every matcher's patterns. `mayClaim` counts on what they say of a line without a
 * number or a mark: only the state matchers and a readiness phrase can read it.
 */
const MATCHERS: ReadonlyArray<{ words: number; needs: (sentence: Sentence) => boolean; match: Matcher }> = [
  {
    words: Words.Tests,
    needs: ({ words, text }) =>
      has(words, Words.Digit) && (text.includes('/') || (text.includes(' of ') && RATIO_IN_WORDS.test(text))),
    match: testRatio
  },
  {
    words: Words.Tests,
    needs: ({ words, text }) =>
      has(words, Words.Pass | Words.Fail | Words.Total) && (has(words, Words.Digit) || NONE_WORD.test(text)),
    match: testCounts
  },
  { words: Words.Tests, needs: ({ words }) => has(words, Words.Digit), match: testTotal },
  { words: Words.Tests, needs: isStated, match: testState },
  { words: Words.TsCode, needs: () => true, match: typecheckCodes },
  {
    words: ANY_WORDS,
    needs: ({ words, text }) =>
      (has(words, Words.Typecheck) || FOUND.test(text)) && (has(words, Words.Digit) || NONE_WORD.test(text)),
    match: typecheckCount
  },
  { words: Words.Typecheck, needs: isStated, match: typecheckState },
  { words: Words.Build, needs: isStated, match: buildState },
  { words: Words.Audit, needs: (sentence) => has(sentence.words, Words.Digit) || isStated(sentence), match: audit },
  {
    words: Words.Lint,
    needs: ({ words, text }) => has(words, Words.Digit) || STATE_WORD.test(text),
    match: lint
  },
  { words: Words.Coverage, needs: ({ text }) => text.includes('%'), match: coverage },
  {
    words: ANY_WORDS,
    needs: ({ words, text }) =>
      (has(words, Words.Ready) || OVERALL.test(text)) && (has(words, Words.Digit) || PRODUCTION.test(text)),
    match: readiness
  },
  { words: Words.Pass, needs: ({ text }) => text.includes('%'), match: passRate },
  { words: Words.Metric, needs: ({ words }) => has(words, Words.Digit), match: other }
]

/**
 * The coverage matcher alone. Its drafts do not depend on other matchers': a sentence with one is
 * kept or dropped by its own words, and settling a line sets apart drafts of each kind.
 */
const COVERAGE_MATCHERS = MATCHERS.filter((entry) => entry.match === coverage)
