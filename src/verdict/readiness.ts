import type { CheckName, Evidence, ReadinessSummary } from '../model.js'

/** The published rubric: what each check is worth in the gate's own readiness score. */
export const RUBRIC: ReadonlyArray<{ check: CheckName; weight: number }> = [
  { check: 'tests', weight: 30 },
  { check: 'build', weight: 25 },
  { check: 'typecheck', weight: 25 },
  { check: 'audit', weight: 10 },
  { check: 'lint', weight: 10 }
]

/** A claimed score may exceed what the evidence supports by this many points before it is contradicted. */
export const SCORE_TOLERANCE = 10

/** Failures that make any claim of readiness false, whatever the score. */
export const HARD_GATES: ReadonlyArray<{
  check: CheckName
  fails: (e: Evidence) => boolean
  says: (e: Evidence) => string
}> = [
  { check: 'build', fails: (e) => e.build.status === 'fail', says: () => 'the build fails' },
  { check: 'tests', fails: (e) => e.tests.status === 'fail', says: (e) => `tests fail (${e.tests.reason})` },
  {
    check: 'typecheck',
    fails: (e) => e.typecheck.status === 'fail',
    says: (e) => `the typecheck fails (${e.typecheck.reason})`
  },
  {
    check: 'audit',
    fails: (e) => (e.audit.bySeverity?.critical ?? 0) + (e.audit.bySeverity?.high ?? 0) > 0,
    says: (e) =>
      `the audit finds ${e.audit.bySeverity?.critical ?? 0} critical and ${e.audit.bySeverity?.high ?? 0} high vulnerabilities`
  }
]

/**
 * `score`: 0–100 over the checks that ran (absent when none ran). `bestCase`: the score if every check
 * that could not run had passed. `ready`: false when a hard gate fails, true when every hard gate ran and
 * passed, absent otherwise.
 */
export type Readiness = ReadinessSummary

/** The gate's own readiness, from the evidence alone. Pure. */
export function computeReadiness(evidence: Evidence): Readiness {
  const checks = RUBRIC.map(({ check, weight }) => {
    const status = evidence[check].status
    return { check, status, weight, points: status === 'pass' ? weight : 0 }
  })
  const ran = checks.filter((c) => c.status === 'pass' || c.status === 'fail')
  const earned = ran.reduce((sum, c) => sum + c.points, 0)
  const possible = ran.reduce((sum, c) => sum + c.weight, 0)
  const open = checks.filter((c) => c.status !== 'pass' && c.status !== 'fail').reduce((sum, c) => sum + c.weight, 0)
  const hardGateFailures = HARD_GATES.filter((gate) => gate.fails(evidence)).map((gate) => gate.says(evidence))
  const unknownHardGates = HARD_GATES.filter(
    (gate) => !gate.fails(evidence) && !['pass', 'fail'].includes(evidence[gate.check].status)
  ).map((gate) => gate.check)
  const ready = hardGateFailures.length ? false : unknownHardGates.length ? undefined : true
  return {
    ...(possible ? { score: Math.round((earned / possible) * 100) } : {}),
    bestCase: Math.round(((earned + open) / (possible + open)) * 100),
    ...(ready === undefined ? {} : { ready }),
    hardGateFailures,
    unknownHardGates,
    checks
  }
}
