import type { Claim, ClaimKind } from '../model.js'
import { FAIL_MARK, PASS_MARK, mayHoldMark, normalizeLine } from './normalize.js'

/** Counts of things that went wrong: any of them above zero is a failure, whatever mark stands beside it. */
const FAILURE_COUNTS: ReadonlySet<ClaimKind> = new Set<ClaimKind>([
  'tests.failed',
  'typecheck.errors',
  'lint.errors',
  'audit.vulnerabilities'
])

/**
 * Whether the claim's status mark says the opposite of its words and numbers (`✅ SUCCESS` on a row
 * with 6 failures, `❌` beside "0 errors"). The verdict follows the words; the disagreement is reported.
 */
export function markDisagrees(claim: Claim): boolean {
  const saysFailure =
    claim.claimed === false ||
    (FAILURE_COUNTS.has(claim.kind) && typeof claim.claimed === 'number' && claim.claimed > 0)
  const saysSuccess = claim.claimed === true || (FAILURE_COUNTS.has(claim.kind) && claim.claimed === 0 && !claim.scope)
  // Most claims (counts of passing tests, totals) say neither, and need no second normalizing of their line.
  if ((!saysFailure && !saysSuccess) || !mayHoldMark(claim.text)) return false
  const text = normalizeLine(claim.text)
  const pass = text.includes(PASS_MARK)
  const fail = text.includes(FAIL_MARK)
  if (pass === fail) return false
  return (pass && saysFailure) || (fail && saysSuccess)
}

export function describeDisagreement(claim: Claim): string {
  return `${claim.file}:${claim.line}: the status mark disagrees with the words ("${claim.text.slice(0, 80)}"); the words were read as ${claim.kind} ${String(claim.claimed)}`
}
