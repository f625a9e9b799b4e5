/** The typed results the gate works with. Every stage reads and writes these shapes only. */

export type CheckName = 'typecheck' | 'build' | 'tests' | 'audit' | 'lint' | 'coverage'
export const CHECK_NAMES: readonly CheckName[] = ['typecheck', 'build', 'tests', 'audit', 'lint', 'coverage']

/** `unknown`: the tool could not run or its output could not be read. Never read as "0 failures". */
export type CheckStatus = 'pass' | 'fail' | 'unknown' | 'skipped'

export interface CheckBase {
  status: CheckStatus
  /** One line saying why the status is what it is. */
  reason: string
  command?: string
  durationMs?: number
  /** The first error lines the tool printed, for the report. */
  firstErrors?: string[]
}

export interface TypecheckEvidence extends CheckBase {
  tool?: 'tsc' | 'vue-tsc' | 'script' | 'mypy'
  errors?: number
  /** Error counts per diagnostic code, such as `TS2322`. */
  byCode?: Record<string, number>
}

export type BuildEvidence = CheckBase

export interface TestEvidence extends CheckBase {
  runner?: 'jest' | 'vitest' | 'node:test' | 'mocha' | 'bun' | 'pytest'
  total?: number
  passed?: number
  failed?: number
  skipped?: number
  /** Test files that could not be loaded or run; their tests are in no other count. */
  failedSuites?: number
}

export type Severity = 'critical' | 'high' | 'moderate' | 'low' | 'info'
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'moderate', 'low', 'info']

export interface AuditEvidence extends CheckBase {
  tool?: 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun'
  /** npm counts vulnerable packages; pnpm, yarn and bun count advisories. */
  unit?: 'packages' | 'advisories'
  total?: number
  bySeverity?: Record<Severity, number>
}

export interface LintEvidence extends CheckBase {
  /** Which linter's report was read; a lint script without a machine report names none. */
  tool?: 'eslint' | 'ruff'
  errors?: number
  warnings?: number
}

export interface CoverageEvidence extends CheckBase {
  lines?: number
  statements?: number
  functions?: number
  branches?: number
  /** The tool's own overall figure where it has one: coverage.py's TOTAL. */
  total?: number
}

export interface Evidence {
  typecheck: TypecheckEvidence
  build: BuildEvidence
  tests: TestEvidence
  audit: AuditEvidence
  lint: LintEvidence
  coverage: CoverageEvidence
  /** Facts about the repository itself, gathered only for the paths and hashes that claims name. */
  repository?: RepositoryEvidence
  /** Per-package evidence of a workspace (monorepo); the checks above are then their sums. */
  packages?: PackageEvidence[]
}

export interface PackageEvidence {
  /** Repository-relative folder, `/`-separated: `apps/web`. */
  path: string
  /** The package's name in its package.json: `@acme/web`. */
  name?: string
  typecheck: TypecheckEvidence
  build: BuildEvidence
  tests: TestEvidence
  lint: LintEvidence
}

export type FileFact = 'exists' | 'missing' | 'outside'
export type CommitFact = 'present' | 'missing'

export interface RepositoryEvidence {
  /** Repository-relative path → whether it exists inside the repository (a link leaving it is `outside`). */
  files: Record<string, FileFact>
  /** Hash → whether the repository's history has it; absent when history could not be read. */
  commits: Record<string, CommitFact>
  /** Why commits could not be checked (not a git repository, a shallow clone), when they could not. */
  commitsUnknown?: string
  shallow?: boolean
}

export interface ReadinessSummary {
  score?: number
  bestCase: number
  ready?: boolean
  hardGateFailures: string[]
  unknownHardGates: CheckName[]
  checks: Array<{ check: CheckName; status: CheckStatus; weight: number; points: number }>
}

/** Two or more claims of one report about the same quantity that disagree. */
export interface SelfContradiction {
  kind: ClaimKind
  scope?: string
  claims: Array<Pick<Claim, 'file' | 'line' | 'text' | 'claimed'>>
}

export const CLAIM_KINDS = [
  'tests.passed',
  'tests.total',
  'tests.failed',
  'tests.allPassing',
  'tests.passRate',
  'typecheck.errors',
  'typecheck.clean',
  'build.passing',
  'audit.vulnerabilities',
  'lint.errors',
  'lint.warnings',
  'coverage.percent',
  'readiness.score',
  'readiness.ready',
  'file.exists',
  'commit.exists',
  'other'
] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/** What the `claimed` value of each kind is: a count or percentage, a state, or a name. */
export function claimValueType(kind: ClaimKind): 'number' | 'boolean' | 'string' {
  if (
    kind === 'tests.allPassing' ||
    kind === 'typecheck.clean' ||
    kind === 'build.passing' ||
    kind === 'readiness.ready'
  ) {
    return 'boolean'
  }
  if (kind === 'file.exists' || kind === 'commit.exists' || kind === 'other') return 'string'
  return 'number'
}

/** How a number was written: `37` exact, `285+` at least, `~200` about, `340-407` a range. */
export type Bound = 'exact' | 'atLeast' | 'approx' | 'range'

export interface Claim {
  /** Repository-relative path with forward slashes. */
  file: string
  /** 1-based. */
  line: number
  /** The source line the claim was read from, trimmed. */
  text: string
  kind: ClaimKind
  /** A number, `true`/`false` for a state (`false` is an honest "it fails"), or a path, hash or phrase. */
  claimed: number | boolean | string
  bound?: Bound
  /** The top of a range: `340-407 tests` claims 340 with upper 407. */
  upper?: number
  /** What the claim narrows itself to: a suite (`auth`), a severity (`high`), an error code (`TS2322`). */
  scope?: string
}

/** `stale`: contradicted now, but the line predates the change under review (it drifted; the change did not write it). */
export type VerdictStatus = 'verified' | 'contradicted' | 'stale' | 'unverifiable'

export interface ClaimVerdict extends Claim {
  verdict: VerdictStatus
  actual?: number | boolean | string
  reason: string
  /** The commit that last changed the claim's line, for claims that do not hold. */
  lastChangedIn?: string
  /** The line rewritten to state what the evidence shows, for claims that do not hold and can be corrected. */
  suggestion?: string
}

export interface GateReport {
  schemaVersion: 1
  verdict: 'pass' | 'fail'
  repository: string
  evidence: Evidence
  claims: ClaimVerdict[]
  counts: Record<VerdictStatus, number>
  selfContradictions: SelfContradiction[]
  /** The gate's own readiness, from the evidence and the published rubric. */
  readiness: ReadinessSummary
  /** What changed since the base branch's report, when one was given. */
  sinceBase?: Array<{ figure: string; base: number | string; now: number | string }>
  /** Evidence a matrix's jobs should have produced and did not (a missing shard), or produced twice. */
  evidenceGaps?: string[]
  /** With a cache folder: whether the evidence was reused from an earlier run on the same tree. */
  cache?: { key?: string; hit: boolean; reason?: string }
  /** Files that were read as reports, and anything that was skipped with why. */
  reports: string[]
  notes: string[]
}
