import { counted, listSome } from '../errors.js'
import type { CheckBase, CheckName, Evidence, PackageEvidence, TestEvidence } from '../model.js'
import { CHECK_NAMES } from '../model.js'
import { PACKAGE_CHECKS, sumPackages } from './aggregate.js'
import type { EvidenceFile } from './evidence-file.js'

/** An evidence file and the name it arrived under, for reasons that say which job is which. */
export interface NamedEvidence {
  name: string
  file: EvidenceFile
}

const unknown = (reason: string): CheckBase => ({ status: 'unknown', reason })
const DISABLED: CheckBase = { status: 'skipped', reason: 'disabled by the checks setting' }

/**
 * Merges the evidence of a matrix's jobs into the evidence one job would have gathered. Each check must
 * come from exactly one job, except the tests, which may come from the shards of one split: all of them,
 * each once, summed. A gap or a duplicate makes that check `unknown` and says which evidence is missing
 * or repeated, so a lost shard can never pass as a smaller, green suite. Pure.
 */
export function mergeEvidence(
  files: NamedEvidence[],
  wanted: ReadonlySet<CheckName>
): { evidence: Evidence; notes: string[]; gaps: string[] } {
  const evidence = Object.fromEntries(CHECK_NAMES.map((name) => [name, DISABLED])) as unknown as Evidence
  const packages = new Map<string, PackageEvidence>()
  const gaps: string[] = []
  const notes = [`merged evidence from ${counted(files.length, 'file')}: ${listSome(files.map((f) => f.name))}`]
  for (const check of CHECK_NAMES.filter((name) => name !== 'coverage')) {
    const from = files.filter((f) => f.file.checks.includes(check))
    const merged = mergeCheck(check, from, wanted.has(check))
    if (merged.gap) gaps.push(merged.gap)
    Object.assign(evidence, { [check]: merged.root })
    for (const [path, result] of merged.packages) packageOf(packages, path, from)[check as 'tests'] = result
  }
  evidence.coverage = coverageOf(files)
  if (packages.size) {
    evidence.packages = [...packages.values()]
    Object.assign(evidence, sumPackages(evidence.packages))
  }
  return { evidence, notes, gaps }
}

interface MergedCheck {
  root: CheckBase
  /** Evidence that should be there and is not, or came twice. */
  gap?: string
  /** Package path → its result for this check. */
  packages: Map<string, CheckBase>
}

function mergeCheck(check: CheckName, from: NamedEvidence[], wanted: boolean): MergedCheck {
  const none = new Map<string, CheckBase>()
  if (!from.length) {
    if (!wanted) return { root: DISABLED, packages: none }
    const gap = `no evidence file ran the ${check} check`
    return { root: unknown(gap), packages: none, gap }
  }
  if (check === 'tests' && from.some((f) => f.file.shard)) return mergeShards(from)
  if (from.some((f) => f.file.packages) && (PACKAGE_CHECKS as readonly string[]).includes(check))
    return mergePartitions(check, from)
  if (from.length > 1) {
    const names = from.map((f) => f.name).join(', ')
    const reason = `${check} was reported by ${from.length} evidence files (${names}); each check must come from one job, or the tests from the shards of one split`
    return { root: unknown(reason), packages: withPackages(from, check, () => unknown(reason)), gap: reason }
  }
  const only = from[0] as NamedEvidence
  return {
    root: only.file.evidence[check],
    packages: withPackages(from, check, (pkg) => pkg[check as 'tests'])
  }
}

function withPackages(
  from: NamedEvidence[],
  check: CheckName,
  result: (pkg: PackageEvidence) => CheckBase
): Map<string, CheckBase> {
  const packages = new Map<string, CheckBase>()
  if (!(PACKAGE_CHECKS as readonly string[]).includes(check)) return packages
  for (const f of from) for (const pkg of f.file.evidence.packages ?? []) packages.set(pkg.path, result(pkg))
  return packages
}

/**
 * Jobs that each checked some of a workspace's packages: every package must be checked by exactly one of
 * them. The root's figure is then the sum of the packages'.
 */
function mergePartitions(check: CheckName, from: NamedEvidence[]): MergedCheck {
  const packages = new Map<string, CheckBase>()
  const problems: string[] = []
  const byPackage = new Map<string, string[]>()
  for (const f of from)
    for (const path of f.file.packages ?? (f.file.evidence.packages ?? []).map((p) => p.path))
      byPackage.set(path, [...(byPackage.get(path) ?? []), f.name])
  const workspace = new Set([...from.flatMap((f) => f.file.workspace ?? []), ...byPackage.keys()])
  for (const path of workspace) {
    const jobs = byPackage.get(path) ?? []
    if (!jobs.length) problems.push(`no evidence job checked ${path}`)
    if (jobs.length > 1) problems.push(`${path} was checked by ${jobs.length} evidence files (${jobs.join(', ')})`)
    const result =
      jobs.length === 1
        ? from.find((f) => f.name === jobs[0])?.file.evidence.packages?.find((p) => p.path === path)
        : undefined
    packages.set(path, result ? result[check as 'tests'] : unknown(problems.at(-1) ?? `no evidence for ${path}`))
  }
  const gap = problems.length ? `${check} evidence is incomplete: ${problems.join('; ')}` : undefined
  return { root: gap ? unknown(gap) : DISABLED, packages, ...(gap ? { gap } : {}) }
}

/** Which shards of an `n`-way split are missing or repeated; empty when the split is complete. */
export function shardProblems(from: NamedEvidence[]): string[] {
  const totals = [...new Set(from.map((f) => f.file.shard?.total ?? 1))]
  if (totals.length > 1)
    return [`the test evidence mixes splits (${from.map((f) => `${f.name}: ${shardText(f)}`).join(', ')})`]
  const total = totals[0] ?? 1
  const problems: string[] = []
  for (let index = 1; index <= total; index++) {
    const copies = from.filter((f) => f.file.shard?.index === index)
    if (!copies.length) problems.push(`shard ${index}/${total} is missing`)
    if (copies.length > 1)
      problems.push(`shard ${index}/${total} came ${copies.length} times (${copies.map((f) => f.name).join(', ')})`)
  }
  return problems
}

const shardText = (f: NamedEvidence) =>
  f.file.shard ? `shard ${f.file.shard.index}/${f.file.shard.total}` : 'not sharded'

function mergeShards(from: NamedEvidence[]): MergedCheck {
  const problems = shardProblems(from)
  if (problems.length) {
    const reason = `test evidence is incomplete: ${problems.join('; ')}`
    return { root: unknown(reason), packages: withPackages(from, 'tests', () => unknown(reason)), gap: reason }
  }
  const packages = new Map<string, CheckBase>()
  const paths = new Set(from.flatMap((f) => (f.file.evidence.packages ?? []).map((p) => p.path)))
  for (const path of paths) {
    const parts = from.map((f) => f.file.evidence.packages?.find((p) => p.path === path)?.tests)
    packages.set(
      path,
      parts.some((t) => !t) ? unknown(`a shard has no evidence for ${path}`) : sumShards(parts as TestEvidence[])
    )
  }
  return { root: sumShards(from.map((f) => f.file.evidence.tests)), packages }
}

/** The tests of a split, summed: one shard that could not be read makes the whole unknown. */
export function sumShards(shards: TestEvidence[]): TestEvidence {
  const ran = shards.filter((t) => t.status !== 'skipped')
  if (!ran.length) return shards[0] ?? DISABLED
  const broken = ran.find((t) => t.status === 'unknown')
  if (broken) return { ...broken, reason: `a shard could not be read: ${broken.reason}` }
  const sum = (key: 'total' | 'passed' | 'failed' | 'skipped' | 'failedSuites') =>
    ran.reduce((n, t) => n + (t[key] ?? 0), 0)
  const counts = {
    total: sum('total'),
    passed: sum('passed'),
    failed: sum('failed'),
    skipped: sum('skipped'),
    failedSuites: sum('failedSuites')
  }
  const failing = ran.some((t) => t.status === 'fail')
  return {
    status: failing ? 'fail' : 'pass',
    ...(ran[0]?.runner ? { runner: ran[0].runner } : {}),
    ...counts,
    durationMs: Math.max(...ran.map((t) => t.durationMs ?? 0)),
    firstErrors: ran.flatMap((t) => t.firstErrors ?? []).slice(0, 10),
    reason: `${counts.passed} of ${counts.total} tests passed in ${shards.length} shards${counts.failedSuites ? `, ${counts.failedSuites} test files failed to run` : ''}`
  }
}

/** Coverage comes with the tests; a split's shards each saw part of the code, so it cannot be summed. */
function coverageOf(files: NamedEvidence[]): CheckBase {
  const testers = files.filter((f) => f.file.checks.includes('tests'))
  if (testers.length === 1) return (testers[0] as NamedEvidence).file.evidence.coverage
  if (testers.some((f) => f.file.shard))
    return unknown('coverage is not summed across test shards; give coverage-report')
  return { status: 'skipped', reason: 'no single evidence file measured coverage' }
}

function packageOf(packages: Map<string, PackageEvidence>, path: string, from: NamedEvidence[]): PackageEvidence {
  let pkg = packages.get(path)
  if (!pkg) {
    const name = from.flatMap((f) => f.file.evidence.packages ?? []).find((p) => p.path === path)?.name
    pkg = { path, ...(name ? { name } : {}), typecheck: DISABLED, build: DISABLED, tests: DISABLED, lint: DISABLED }
    packages.set(path, pkg)
  }
  return pkg
}
