import { counted, listSome } from '../errors.js'
import type { CheckBase, Evidence, PackageEvidence, TestEvidence, TypecheckEvidence, LintEvidence } from '../model.js'

type PackageCheck = 'typecheck' | 'build' | 'tests' | 'lint'
export const PACKAGE_CHECKS: readonly PackageCheck[] = ['typecheck', 'build', 'tests', 'lint']

/**
 * A workspace's checks are the sums of its packages'. One package that could not be checked makes the
 * sum unknown: a total that leaves a package out would be a false number. Pure.
 */
export function sumPackages(packages: PackageEvidence[]): Pick<Evidence, PackageCheck> {
  return {
    typecheck: sumTypecheck(packages),
    build: combine(packages, 'build'),
    tests: sumTests(packages),
    lint: sumLint(packages)
  }
}

function combine(packages: PackageEvidence[], check: PackageCheck): CheckBase {
  const ran = packages.filter((p) => p[check].status !== 'skipped')
  if (!ran.length) return { status: 'skipped', reason: `no workspace package has a ${check} check` }
  const unknown = ran.find((p) => p[check].status === 'unknown')
  if (unknown) return { status: 'unknown', reason: `${unknown.path}: ${unknown[check].reason}` }
  const failing = ran.filter((p) => p[check].status === 'fail').map((p) => p.path)
  const durationMs = Math.max(...ran.map((p) => p[check].durationMs ?? 0))
  if (failing.length)
    return { status: 'fail', durationMs, reason: `fails in ${listSome(failing)} (of ${ran.length} packages)` }
  return { status: 'pass', durationMs, reason: `passes in all ${ran.length} packages` }
}

function total<K extends string>(items: Array<Partial<Record<K, number>>>, key: K): number {
  return items.reduce((sum, item) => sum + (item[key] ?? 0), 0)
}

function sumTests(packages: PackageEvidence[]): TestEvidence {
  const base = combine(packages, 'tests')
  if (base.status === 'skipped' || base.status === 'unknown') return base
  const tests = packages.map((p) => p.tests).filter((t) => t.status !== 'skipped')
  const sums = {
    total: total(tests, 'total'),
    passed: total(tests, 'passed'),
    failed: total(tests, 'failed'),
    skipped: total(tests, 'skipped'),
    failedSuites: total(tests, 'failedSuites')
  }
  const where = base.status === 'fail' ? ` (${base.reason})` : ` in ${tests.length} packages`
  return { ...base, ...sums, reason: `${sums.passed} of ${sums.total} tests passed${where}` }
}

function sumTypecheck(packages: PackageEvidence[]): TypecheckEvidence {
  const base = combine(packages, 'typecheck')
  if (base.status === 'skipped' || base.status === 'unknown') return base
  const checks = packages.map((p) => p.typecheck).filter((t) => t.status !== 'skipped')
  const byCode: Record<string, number> = {}
  for (const check of checks)
    for (const [code, n] of Object.entries(check.byCode ?? {})) byCode[code] = (byCode[code] ?? 0) + n
  const errors = total(checks, 'errors')
  return { ...base, errors, byCode, reason: `${counted(errors, 'type error')} (${base.reason})` }
}

function sumLint(packages: PackageEvidence[]): LintEvidence {
  const base = combine(packages, 'lint')
  if (base.status === 'skipped' || base.status === 'unknown') return base
  const checks = packages.map((p) => p.lint).filter((l) => l.status !== 'skipped')
  const counted = checks.every((l) => l.errors !== undefined)
  return counted ? { ...base, errors: total(checks, 'errors'), warnings: total(checks, 'warnings') } : base
}

/** The one package whose folder's last part or unscoped name is `short` (`core` for `packages/core`, `@acme/core`). */
export function findPackageByShortName(
  packages: PackageEvidence[] | undefined,
  short: string
): PackageEvidence | undefined {
  const wanted = short.toLowerCase()
  const lastPart = (text: string | undefined) => text?.split('/').pop()?.toLowerCase()
  const named = packages?.filter((p) => lastPart(p.path) === wanted || lastPart(p.name) === wanted) ?? []
  return named.length === 1 ? named[0] : undefined
}

/** The package a claim's scope names, by folder or by package name. */
export function findPackage(packages: PackageEvidence[] | undefined, scope: string): PackageEvidence | undefined {
  const wanted = scope.toLowerCase().replace(/\/$/, '')
  return packages?.find((p) => p.path.toLowerCase() === wanted || p.name?.toLowerCase() === wanted)
}
