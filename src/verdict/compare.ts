import type {
  Bound,
  CheckBase,
  CheckName,
  Claim,
  ClaimKind,
  ClaimVerdict,
  Evidence,
  PackageEvidence,
  Severity,
  VerdictStatus
} from '../model.js'
import { SEVERITIES, CHECK_NAMES } from '../model.js'
import type { Readiness } from './readiness.js'
import { SCORE_TOLERANCE, computeReadiness } from './readiness.js'
import { findPackage, findPackageByShortName } from '../evidence/aggregate.js'
import { assertNever, counted } from '../errors.js'

/** `~200` accepts values within this share of the claimed number (and at least ±1). */
export const APPROX_TOLERANCE = 0.1

type Judgement = Pick<ClaimVerdict, 'verdict' | 'actual' | 'reason'>

/** Stage 3: compare each claim with the evidence. Pure. */
export function compareClaims(claims: Claim[], evidence: Evidence): ClaimVerdict[] {
  return claims.map((claim) => ({ ...claim, ...judge(claim, evidence) }))
}

export function checkOf(kind: ClaimKind): CheckName | 'readiness' | 'repository' {
  const prefix = kind.split('.')[0]
  if (prefix === 'readiness') return 'readiness'
  if (prefix === 'file' || prefix === 'commit' || prefix === 'other') return 'repository'
  return CHECK_NAMES.find((name) => name === prefix) ?? assertNeverCheck(kind)
}

function assertNeverCheck(kind: string): never {
  throw new Error(`claim kind ${kind} has no check`)
}

function judge(claim: Claim, evidence: Evidence): Judgement {
  if (claim.kind === 'file.exists') return judgeFile(claim, evidence)
  if (claim.kind === 'commit.exists') return judgeCommit(claim, evidence)
  if (claim.kind === 'other') return { verdict: 'unverifiable', reason: 'no check of the gate measures this' }
  const pkg = claim.scope ? findPackage(evidence.packages, claim.scope) : packageOfLabel(claim.text, evidence.packages)
  if (pkg) return judgeInPackage(claim, evidence, pkg)
  const check = checkOf(claim.kind)
  if (check === 'readiness') return judgeReadiness(claim, evidence)
  if (check === 'repository') throw new Error(`claim kind ${claim.kind} is judged before its check is looked up`)
  const scoped = unsupportedScope(claim, evidence)
  if (scoped) return scoped
  const result = evidence[check]
  if (result.status === 'unknown')
    return { verdict: 'unverifiable', reason: `${check} could not be checked: ${result.reason}` }
  if (result.status === 'skipped') return { verdict: 'unverifiable', reason: `${check} was not run: ${result.reason}` }
  return judgeKnown(claim, evidence)
}

/** A claim about a part of the code is compared with evidence for that part only. */
function unsupportedScope(claim: Claim, evidence: Evidence): Judgement | undefined {
  if (!claim.scope) return undefined
  const supported =
    (claim.kind === 'audit.vulnerabilities' && (SEVERITIES as readonly string[]).includes(claim.scope)) ||
    (claim.kind === 'typecheck.errors' && /^TS\d+$/.test(claim.scope)) ||
    (claim.kind === 'coverage.percent' && COVERAGE_METRICS.includes(claim.scope as CoverageMetric)) ||
    (claim.scope === 'mypy' && claim.kind.startsWith('typecheck.') && evidence.typecheck.tool === 'mypy') ||
    (claim.scope === 'ruff' && claim.kind.startsWith('lint.') && evidence.lint.tool === 'ruff')
  if (supported) return undefined
  if (evidence.packages && /[/@]/.test(claim.scope)) {
    const known = evidence.packages.map((p) => p.path).join(', ')
    return { verdict: 'unverifiable', reason: `no workspace package is "${claim.scope}" (the packages are ${known})` }
  }
  return {
    verdict: 'unverifiable',
    reason: `the claim is about "${claim.scope}" only; the gate has evidence for the whole repository, not for that part`
  }
}

/** A line's label after any bullet, box, mark or markup: `core` of `- ✅ **core**: 3/3 tests passing`. */
const LINE_LABEL = /^(?:[-*+]|\d+[.)])?\s*(?:\[[ xX]\]\s*)?(?:(?:✅|❌|⚠\uFE0F?|⏳)\s*)?[*_`]*([\w@.-]+)[*_`]*\s*:/u
/** Labels that name a check, not a part: a package called `tests` is not what `Tests: 40/40` means. */
const CHECK_LABELS = new Set([
  'tests',
  'test',
  'build',
  'lint',
  'eslint',
  'types',
  'typecheck',
  'typescript',
  'tsc',
  'coverage',
  'audit',
  'security'
])

/**
 * In a workspace, a line labelled with a package's folder or unscoped name (`core: 3/3 tests passing`
 * for `packages/core` or `@acme/core`) speaks of that package: compared with the whole repository, it
 * would be contradicted by another package's failures. Only a label that names one package counts.
 */
function packageOfLabel(text: string, packages: PackageEvidence[] | undefined): PackageEvidence | undefined {
  if (!packages) return undefined
  const label = LINE_LABEL.exec(text)?.[1]?.toLowerCase()
  if (!label || CHECK_LABELS.has(label)) return undefined
  return findPackageByShortName(packages, label)
}

/** A claim about one workspace package is judged on that package's checks, as if it were the repository. */
function judgeInPackage(claim: Claim, evidence: Evidence, pkg: PackageEvidence): Judgement {
  const { typecheck, build, tests, lint } = pkg
  const judged = judge(
    { ...claim, scope: undefined },
    { ...evidence, typecheck, build, tests, lint, packages: undefined }
  )
  return { ...judged, reason: `${pkg.path}: ${judged.reason}` }
}

function judgeKnown(claim: Claim, evidence: Evidence): Judgement {
  const { tests, typecheck, build, audit, lint } = evidence
  switch (claim.kind) {
    case 'tests.passed':
      return compareCount(
        claim,
        tests.passed,
        `${tests.passed} of ${tests.total} tests passed${failedSuffix(evidence)}`
      )
    case 'tests.total':
      return compareCount(claim, tests.total, `${tests.total} tests ran`)
    case 'tests.failed':
      return judgeFailedTests(claim, evidence)
    case 'tests.allPassing':
      return judgeAllPassing(claim, evidence)
    case 'tests.passRate':
      return judgePassRate(claim, evidence)
    case 'typecheck.errors': {
      const perCode = claim.scope && /^TS\d+$/.test(claim.scope)
      const actual = perCode ? (typecheck.byCode?.[claim.scope as string] ?? 0) : typecheck.errors
      const noun = actual === 1 ? 'error' : 'errors'
      const what = perCode ? `${claim.scope} ${noun}` : `type ${noun}`
      return compareCount(claim, actual, `${actual ?? 'an unknown number of'} ${what}`)
    }
    case 'typecheck.clean':
      return compareState(claim, typecheck, 'the typecheck')
    case 'build.passing':
      return compareState(claim, build, 'the build')
    case 'audit.vulnerabilities': {
      const severity = claim.scope as Severity | undefined
      const actual = severity ? audit.bySeverity?.[severity] : audit.total
      const what = `${severity ? `${severity} ` : ''}vulnerable ${audit.unit ?? 'packages'}`
      return compareCount(claim, actual, `${actual} ${what} (${audit.tool} audit)`)
    }
    case 'lint.errors':
      return compareCount(claim, lint.errors, `${lint.errors} lint error${lint.errors === 1 ? '' : 's'}`)
    case 'lint.warnings':
      return compareCount(claim, lint.warnings, `${lint.warnings} lint warning${lint.warnings === 1 ? '' : 's'}`)
    case 'coverage.percent':
      return judgeCoverage(claim, evidence)
    case 'readiness.score':
    case 'readiness.ready':
      return judgeReadiness(claim, evidence)
    case 'file.exists':
    case 'commit.exists':
    case 'other':
      throw new Error(`claim kind ${claim.kind} is judged before the checks`)
    default:
      return assertNever(claim.kind)
  }
}

function filesFailed(count: number): string {
  return `${counted(count, 'test file')} failed to run`
}

function failedSuffix(evidence: Evidence): string {
  const { failed, failedSuites } = evidence.tests
  const parts = [failed ? `${failed} failed` : '', failedSuites ? `${filesFailed(failedSuites)}` : ''].filter(Boolean)
  return parts.length ? ` (${parts.join(', ')})` : ''
}

export function matchesBound(claimed: number, actual: number, bound: Bound = 'exact', upper = claimed): boolean {
  switch (bound) {
    case 'exact':
      return claimed === actual
    case 'atLeast':
      return actual >= claimed
    case 'approx':
      return Math.abs(actual - claimed) <= Math.max(1, claimed * APPROX_TOLERANCE)
    case 'range':
      return actual >= claimed && actual <= upper
    default:
      return assertNever(bound)
  }
}

function describeClaim(claim: Claim): string {
  const prefix = claim.bound === 'approx' ? '~' : ''
  const suffix = claim.bound === 'atLeast' ? '+' : claim.bound === 'range' ? `–${String(claim.upper)}` : ''
  return `${prefix}${String(claim.claimed)}${suffix}`
}

function compareCount(claim: Claim, actual: number | undefined, description: string): Judgement {
  if (actual === undefined)
    return { verdict: 'unverifiable', reason: `the tool ran but reported no count: ${description}` }
  const ok = matchesBound(claim.claimed as number, actual, claim.bound, claim.upper)
  return {
    verdict: ok ? 'verified' : 'contradicted',
    actual,
    reason: `claims ${describeClaim(claim)}; ${description}`
  }
}

/** `true` claims a check passes, `false` honestly says it fails: both are verified when they match. */
function compareState(claim: Claim, result: CheckBase, what: string): Judgement {
  const passes = result.status === 'pass'
  const ok = passes === claim.claimed
  const says = claim.claimed ? 'passes' : 'fails'
  return {
    verdict: ok ? 'verified' : 'contradicted',
    actual: passes,
    reason: `claims ${what} ${says}; ${what} ${passes ? 'passes' : `fails: ${result.reason}`}`
  }
}

function judgeFailedTests(claim: Claim, evidence: Evidence): Judgement {
  const { failed = 0, failedSuites = 0 } = evidence.tests
  if (claim.claimed === 0 && failed === 0 && failedSuites > 0) {
    return {
      verdict: 'contradicted',
      actual: 0,
      reason: `claims 0 failing; no test failed but ${filesFailed(failedSuites)}`
    }
  }
  return compareCount(
    claim,
    failed,
    `${failed} of ${evidence.tests.total} tests failed${failedSuites ? `, ${filesFailed(failedSuites)}` : ''}`
  )
}

/**
 * All tests pass when the suite passes and ran some. Without counts (a test command alone), the
 * command's success is the evidence: no count is not a count of 0.
 */
function judgeAllPassing(claim: Claim, evidence: Evidence): Judgement {
  const { tests } = evidence
  const allPass = tests.status === 'pass' && tests.total !== 0
  if (claim.claimed === true && tests.total === 0) {
    return { verdict: 'contradicted', actual: false, reason: 'claims all tests pass; no tests ran' }
  }
  return compareState(claim, { ...tests, status: allPass ? 'pass' : 'fail' }, 'the test suite')
}

const COVERAGE_METRICS = ['lines', 'statements', 'functions', 'branches'] as const
type CoverageMetric = (typeof COVERAGE_METRICS)[number]

/**
 * A coverage claim names a metric or not; without one it is read as lines, statements or the tool's own
 * total (coverage.py's, branches included), the figures reports mean by "coverage", and verified when
 * any matches as written.
 */
function judgeCoverage(claim: Claim, evidence: Evidence): Judgement {
  const metrics: Array<CoverageMetric | 'total'> = claim.scope
    ? [claim.scope as CoverageMetric]
    : ['lines', 'statements', 'total']
  const measured = metrics.flatMap((metric) =>
    evidence.coverage[metric] === undefined ? [] : [[metric, evidence.coverage[metric]] as const]
  )
  if (!measured.length) return { verdict: 'unverifiable', reason: `no ${metrics.join(' or ')} coverage was measured` }
  const claimed = claim.claimed as number
  const holds = ([, actual]: readonly [CoverageMetric | 'total', number]) =>
    claim.bound === 'atLeast'
      ? actual >= claimed
      : claim.bound === 'approx'
        ? matchesBound(claimed, actual, 'approx')
        : matchesPercent(claimed, actual)
  const match = measured.find(holds)
  const [metric, actual] = match ?? (measured[0] as readonly [CoverageMetric | 'total', number])
  const figures = measured.map(([m, a]) => `${m} ${a}%`).join(', ')
  return {
    verdict: match ? 'verified' : 'contradicted',
    actual,
    reason: `claims ${describeClaim(claim)}% ${metric} coverage; ${figures}`
  }
}

/** A percentage is compared as it was written: `90%` accepts 89.6, `89.6%` does not accept 89.58. */
export function matchesPercent(claimed: number, actual: number): boolean {
  const decimals = (String(claimed).split('.')[1] ?? '').length
  return Number(actual.toFixed(decimals)) === claimed
}

function judgePassRate(claim: Claim, evidence: Evidence): Judgement {
  const { passed = 0, total } = evidence.tests
  if (total === undefined) return compareCount(claim, undefined, evidence.tests.reason)
  if (!total)
    return { verdict: 'contradicted', actual: 0, reason: `claims a ${String(claim.claimed)}% pass rate; no tests ran` }
  const actual = Math.round((passed / total) * 1000) / 10
  const ok = matchesPercent(claim.claimed as number, (passed / total) * 100)
  return {
    verdict: ok ? 'verified' : 'contradicted',
    actual,
    reason: `claims a ${String(claim.claimed)}% pass rate; ${passed} of ${total} passed (${actual}%)`
  }
}

function judgeFile(claim: Claim, evidence: Evidence): Judgement {
  const fact = evidence.repository?.files[String(claim.claimed)]
  switch (fact) {
    case 'exists':
      return { verdict: 'verified', actual: true, reason: `${String(claim.claimed)} exists` }
    case 'missing':
      return {
        verdict: 'contradicted',
        actual: false,
        reason: `claims ${String(claim.claimed)} was created; there is no such file in the repository`
      }
    case 'outside':
      return {
        verdict: 'contradicted',
        actual: false,
        reason: `${String(claim.claimed)} is a link that leaves the repository`
      }
    case undefined:
      return { verdict: 'unverifiable', reason: 'the repository was not checked for this file' }
    default:
      return assertNever(fact)
  }
}

function judgeCommit(claim: Claim, evidence: Evidence): Judgement {
  const repo = evidence.repository
  const hash = String(claim.claimed)
  if (!repo || repo.commitsUnknown)
    return {
      verdict: 'unverifiable',
      reason: `commits could not be checked: ${repo?.commitsUnknown ?? 'not gathered'}`
    }
  if (repo.commits[hash] === 'present')
    return { verdict: 'verified', actual: true, reason: `commit ${hash} is in the history` }
  if (repo.shallow) {
    return {
      verdict: 'unverifiable',
      reason: `commit ${hash} is not in this shallow clone; fetch the full history (fetch-depth: 0) to check it`
    }
  }
  return {
    verdict: 'contradicted',
    actual: false,
    reason: `claims commit ${hash}; the repository's history has no such commit`
  }
}

/**
 * Readiness claims against the rubric: any failing hard gate contradicts them; otherwise "ready" is
 * verified only when every hard gate ran and passed, and a score is contradicted when it exceeds even the
 * best case (every check that could not run counted as passing) by more than the tolerance.
 */
function judgeReadiness(claim: Claim, evidence: Evidence): Judgement {
  const readiness = computeReadiness(evidence)
  const claimText =
    claim.kind === 'readiness.score'
      ? `${String(claim.claimed)}% production ready`
      : claim.claimed
        ? 'production ready'
        : 'not production ready'
  if (readiness.hardGateFailures.length) {
    const verdict: VerdictStatus = claim.claimed === false ? 'verified' : 'contradicted'
    return { verdict, actual: false, reason: `claims ${claimText}; ${readiness.hardGateFailures.join('; ')}` }
  }
  const unknown = readiness.unknownHardGates.length ? `; not known: ${readiness.unknownHardGates.join(', ')}` : ''
  if (claim.kind === 'readiness.score') return judgeScore(claim.claimed as number, readiness, claimText, unknown)
  if (claim.claimed === true && readiness.ready) {
    return {
      verdict: 'verified',
      actual: true,
      reason: 'claims production ready; build, tests and typecheck pass, and the audit finds nothing critical or high'
    }
  }
  return { verdict: 'unverifiable', reason: `claims ${claimText}; no hard gate fails${unknown}` }
}

function judgeScore(claimed: number, readiness: Readiness, claimText: string, unknown: string): Judgement {
  const supported = `the evidence supports ${readiness.score ?? 'no'}${readiness.score === undefined ? ' score' : '%'}`
  if (claimed > readiness.bestCase + SCORE_TOLERANCE) {
    const failing = readiness.checks.filter((c) => c.status === 'fail').map((c) => `${c.check} fails`)
    return {
      verdict: 'contradicted',
      actual: readiness.score,
      reason: `claims ${claimText}; ${supported}${failing.length ? ` (${failing.join(', ')})` : ''}`
    }
  }
  const verdict: VerdictStatus = unknown ? 'unverifiable' : 'verified'
  return { verdict, actual: readiness.score, reason: `claims ${claimText}; ${supported}${unknown}` }
}

export function countVerdicts(verdicts: ClaimVerdict[]): Record<VerdictStatus, number> {
  const counts: Record<VerdictStatus, number> = { verified: 0, contradicted: 0, stale: 0, unverifiable: 0 }
  for (const v of verdicts) counts[v.verdict]++
  return counts
}
