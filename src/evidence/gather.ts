import { availableParallelism } from 'node:os'
import { ConfigurationError, listSome } from '../errors.js'
import { join } from 'node:path'
import type { CheckBase, CheckName, CoverageEvidence, Evidence, PackageEvidence } from '../model.js'
import { NOT_CLAIMED, coverageOfTestRun, readCoverage, testsDidNotRun } from './checks/coverage.js'
import type { FileSystem } from '../ports/file-system.js'
import type { Logger } from '../ports/logger.js'
import type { ProcessRunner, RunRequest, RunResult } from '../ports/process-runner.js'
import { planAudit } from './checks/audit.js'
import { planBuild } from './checks/build.js'
import type { CheckContext, PlannedCheck, Shard } from './checks/common.js'
import { CHECK_ENV, commandText, coverageDir, exitText, firstErrorLines, incompleteRun } from './checks/common.js'
import { planLint } from './checks/lint.js'
import { planTests } from './checks/tests.js'
import { planTypecheck } from './checks/typecheck.js'
import type { PackageManager, Toolchain } from './toolchain.js'
import { detectToolchain, expandWorkspaces, packageManagerCommand } from './toolchain.js'
import { PACKAGE_CHECKS, sumPackages } from './aggregate.js'
import type { Scheduled } from './schedule.js'
import { runScheduled } from './schedule.js'
import type { CheckOverrides } from './checks/overrides.js'
import { planOverrides } from './checks/overrides.js'
import type { PythonProject } from './checks/python.js'
import { coverageJsonRequest, detectPython, planMypy, planPytest, planRuff } from './checks/python.js'

export interface EvidenceOptions {
  root: string
  workDir: string
  /** Install dependencies from the lockfile when node_modules is missing. */
  install: boolean
  checks: ReadonlySet<CheckName>
  timeoutMs: number
  /** The user's own commands and earlier results, replacing detected checks of the same name. */
  overrides?: CheckOverrides
  /**
   * Whether the test run should measure coverage (only when a report claims coverage). Asked as the tests
   * start, not before: the claims that decide it are read while the checks before the tests run.
   */
  wantsCoverage?: () => Promise<boolean>
  /** Check only these workspace packages (paths or names); the others are left to other matrix jobs. */
  packages?: string[]
  /** Run only this part of the tests, in every package. */
  shard?: Shard
  /** Whether tests wait for the build: when they use its output (`auto`, the default), always, or never. */
  testsAfterBuild?: 'auto' | 'true' | 'false'
  /** How many checks may run at once; defaults to one more than the number of cores. */
  concurrency?: number
}

export interface EvidencePorts {
  runner: ProcessRunner
  fs: FileSystem
  logger: Logger
}

const INSTALL_ARGS: Record<PackageManager, { withLock: string[]; withoutLock: string[] }> = {
  npm: { withLock: ['ci'], withoutLock: ['install'] },
  pnpm: { withLock: ['install', '--frozen-lockfile'], withoutLock: ['install'] },
  yarn: { withLock: ['install', '--frozen-lockfile'], withoutLock: ['install'] },
  'yarn-berry': { withLock: ['install', '--immutable'], withoutLock: ['install'] },
  bun: { withLock: ['install', '--frozen-lockfile'], withoutLock: ['install'] }
}

/**
 * Checks run beyond one per core. Each spends part of its time starting up and waiting on files, and a
 * test runner alone leaves a core idle (vitest runs a worker per core but one), so one more keeps the
 * cores busy to the end.
 */
const EXTRA_CHECKS = 1

type Planner = (ctx: CheckContext) => PlannedCheck<CheckBase>
const PLANNERS: ReadonlyArray<[CheckName, Planner]> = [
  ['typecheck', planTypecheck],
  ['build', planBuild],
  ['tests', planTests],
  ['audit', planAudit],
  ['lint', planLint]
]

/** Runs the repository's own tools and reads their results into typed evidence. */
export async function gatherEvidence(
  ports: EvidencePorts,
  options: EvidenceOptions
): Promise<{ evidence: Evidence; notes: string[]; workspace?: string[] }> {
  const notes: string[] = []
  const wantsCoverage = options.wantsCoverage ?? (async () => false)
  const toolchain = await detectToolchain(ports.fs, options.root)
  const python = await detectPython(ports.fs, options.root)
  const overridden = planOverrides(
    { root: options.root, fs: ports.fs, timeoutMs: options.timeoutMs, packageManager: toolchain?.packageManager },
    options.overrides ?? { commands: {} }
  ).filter((plan) => options.checks.has(plan.name))
  if (!toolchain && !python && !overridden.length) {
    notes.push('no package.json and no Python project: no toolchain to run')
    return {
      evidence: uniformEvidence({ status: 'skipped', reason: 'no package.json or Python project in the repository' }),
      notes
    }
  }
  const notRun = toolchain
    ? 'disabled by the checks setting'
    : 'no JavaScript toolchain, and no Python tool for this check'
  const evidence = uniformEvidence({ status: 'skipped', reason: notRun })
  evidence.coverage = NOT_CLAIMED
  let jsPlans: PlannedCheck<CheckBase>[] = []
  let packagePlans: PackagePlan[] = []
  let packages: PackageEvidence[] = []
  let workspace: string[] = []
  let installFailure: CheckBase | undefined
  let jsTestsWithCoverage: PlannedCheck<CheckBase> | undefined
  if (toolchain) {
    notes.push(`package manager: ${toolchain.packageManager} (${toolchain.detectedFrom})`)
    installFailure = await installIfNeeded(ports, options, toolchain, notes)
    const ctx: CheckContext = {
      toolchain,
      fs: ports.fs,
      workDir: options.workDir,
      timeoutMs: options.timeoutMs,
      shard: options.shard
    }
    jsPlans = PLANNERS.filter(([name]) => options.checks.has(name)).map(([, plan]) => plan(ctx))
    if (options.wantsCoverage && options.checks.has('tests'))
      jsTestsWithCoverage = planTests({ ...ctx, collectCoverage: true })
    ;({ packages, plans: packagePlans, workspace } = await planWorkspace(ports, options, toolchain, notes))
    // In a workspace, packages run their own checks; the root's scripts for them usually just delegate.
    if (packages.length) jsPlans = jsPlans.filter((plan) => !(PACKAGE_CHECKS as readonly string[]).includes(plan.name))
  }
  const pyPlans = python && !packages.length ? planPython(ports, options, python, jsPlans, notes) : []
  const replaced = (plan: PlannedCheck<CheckBase>) => overridden.some((o) => o.name === plan.name)
  jsPlans = jsPlans.filter((plan) => !pyPlans.some((py) => py.plan.name === plan.name) && !replaced(plan))
  const planned: PackagePlan[] = [
    ...jsPlans.map((plan) => ({
      plan,
      js: true,
      needsBuild: plan.name === 'tests' && waitsForBuild(options, toolchain),
      ...(plan.name === 'tests' && jsTestsWithCoverage ? { withCoverage: jsTestsWithCoverage } : {})
    })),
    ...packagePlans.filter(({ plan }) => !replaced(plan)),
    ...pyPlans.filter(({ plan }) => !replaced(plan)),
    ...overridden.map((plan) => ({ plan, js: false }))
  ]
  noteBuildOrder(planned, options, notes)
  await runScheduled(
    buildOrder(planned),
    options.concurrency ?? availableParallelism() + EXTRA_CHECKS,
    async (item) => {
      const { js, into } = item
      const plan = item.withCoverage && (await wantsCoverage()) ? item.withCoverage : item.plan
      const target = into ?? evidence
      const result =
        js && installFailure && 'request' in plan
          ? installFailure
          : (blockedByBuild(item, target.build) ?? (await runCheck(ports, plan, into?.path)))
      Object.assign(target, { [plan.name]: result })
    }
  )
  if (await wantsCoverage())
    evidence.coverage = await coverageEvidence(ports, options, evidence, {
      toolchain,
      python,
      workspace: packages.length > 0
    })
  if (packages.length) {
    const summed = sumPackages(packages)
    for (const name of PACKAGE_CHECKS)
      if (!overridden.some((o) => o.name === name)) Object.assign(evidence, { [name]: summed[name] })
    evidence.packages = packages
  }
  return { evidence, notes, ...(workspace.length ? { workspace } : {}) }
}

/** pytest, mypy and ruff run where the JavaScript side has no test, typecheck or lint of its own. */
function planPython(
  ports: EvidencePorts,
  options: EvidenceOptions,
  project: PythonProject,
  jsPlans: PlannedCheck<CheckBase>[],
  notes: string[]
): PackagePlan[] {
  const ctx = { project, fs: ports.fs, workDir: options.workDir, timeoutMs: options.timeoutMs }
  const free = (name: CheckName) => {
    const js = jsPlans.find((plan) => plan.name === name)
    return options.checks.has(name) && (!js || ('result' in js && js.result.status === 'skipped'))
  }
  const plans: PackagePlan[] = []
  if (project.pytest && free('tests')) {
    const withCoverage = options.wantsCoverage ? { withCoverage: planPytest(ctx, true) } : {}
    plans.push({ plan: planPytest(ctx), js: false, ...withCoverage })
  }
  if (project.mypy && free('typecheck')) plans.push({ plan: planMypy(ctx), js: false })
  if (project.ruff && free('lint')) plans.push({ plan: planRuff(ctx), js: false })
  notes.push(
    `Python project: ${project.python}${plans.length ? `, running ${plans.map((p) => p.plan.name).join(', ')}` : ''}`
  )
  return plans
}

async function coverageEvidence(
  ports: EvidencePorts,
  options: EvidenceOptions,
  evidence: Evidence,
  project: { toolchain?: Toolchain; python?: PythonProject; workspace: boolean }
): Promise<CoverageEvidence> {
  const { toolchain, python, workspace } = project
  const report = options.overrides?.coverageReport
  if (report) return readCoverage(ports.fs, join(options.root, report), `the coverage-report ${report}`)
  if (workspace)
    return { status: 'unknown', reason: 'coverage is not summed across workspace packages; give coverage-report' }
  const runner = evidence.tests.runner
  if (runner === 'pytest' && python?.coverage) return pythonCoverage(ports, options, python, evidence.tests)
  const measured =
    runner === 'jest' ||
    (runner === 'vitest' &&
      ['@vitest/coverage-v8', '@vitest/coverage-istanbul'].some((d) => toolchain?.dependencies.has(d)))
  return coverageOfTestRun(ports.fs, coverageDir({ workDir: options.workDir }), evidence.tests, measured)
}

/** A planned check, where its result goes (a workspace package, or the repository), and whether it needs the install. */
interface PackagePlan {
  plan: PlannedCheck<CheckBase>
  js: boolean
  into?: PackageEvidence
  /** Tests that run the build's output start after the build of the same package. */
  needsBuild?: boolean
  /** The same tests measuring coverage, run instead of `plan` when the claims ask for coverage. */
  withCoverage?: PlannedCheck<CheckBase>
}

/** The user's setting decides; `auto` goes by what the tests use. Without a build script there is nothing to wait for. */
function waitsForBuild(options: EvidenceOptions, toolchain: Toolchain | undefined): boolean {
  if (!toolchain?.scripts.build || options.testsAfterBuild === 'false') return false
  return options.testsAfterBuild === 'true' || toolchain.testsNeedBuild
}

function buildOrder(planned: PackagePlan[]): Array<Scheduled<PackagePlan>> {
  const key = (p: PackagePlan, name: string) => `${p.into?.path ?? '.'}:${name}`
  return planned.map((p) => ({
    item: p,
    key: key(p, p.plan.name),
    ...(p.needsBuild ? { after: key(p, 'build') } : {}),
    // An audit waits on the advisory service, not on the processor.
    ...(p.plan.name === 'audit' ? { light: true } : {})
  }))
}

/** Tests of a build that failed or could not run would test stale or missing output: their result is unknown. */
function blockedByBuild(item: PackagePlan, build: CheckBase): CheckBase | undefined {
  if (!item.needsBuild || (build.status !== 'fail' && build.status !== 'unknown')) return undefined
  return {
    status: 'unknown',
    reason: `the tests run the build's output, and the build did not succeed: ${build.reason}`
  }
}

function noteBuildOrder(planned: PackagePlan[], options: EvidenceOptions, notes: string[]): void {
  const waiting = planned.filter((p) => p.needsBuild).map((p) => p.into?.path ?? 'the repository')
  if (!waiting.length) return
  const why = options.testsAfterBuild === 'true' ? 'as tests-after-build asks' : 'whose output they use'
  notes.push(
    options.checks.has('build')
      ? `tests run after the build, ${why}: ${listSome(waiting)}`
      : `tests use the build's output, but the build is not among the checks: they run on whatever output is there (${listSome(waiting)})`
  )
}

/** One set of typecheck, build, test and lint checks per workspace package, run with the root's package manager. */
async function planWorkspace(
  ports: EvidencePorts,
  options: EvidenceOptions,
  root: Toolchain,
  notes: string[]
): Promise<{ packages: PackageEvidence[]; plans: PackagePlan[]; workspace: string[] }> {
  const paths = root.workspaces.length ? await expandWorkspaces(ports.fs, root.root, root.workspaces) : []
  const packages: PackageEvidence[] = []
  const found = new Set<string>()
  const plans: PackagePlan[] = []
  for (const [index, path] of paths.entries()) {
    const own = await detectToolchain(ports.fs, join(root.root, path))
    if (!own) continue
    const selected = options.packages?.filter((wanted) => wanted === path || wanted === own.name)
    if (selected && !selected.length) continue
    selected?.forEach((wanted) => found.add(wanted))
    const toolchain = {
      ...own,
      packageManager: root.packageManager,
      lockfile: root.lockfile,
      ...(root.yarnPath ? { yarnPath: root.yarnPath } : {}),
      hasNodeModules: root.hasNodeModules
    }
    const ctx: CheckContext = {
      toolchain,
      fs: ports.fs,
      workDir: options.workDir,
      timeoutMs: options.timeoutMs,
      tag: `package-${index}-`,
      shard: options.shard
    }
    const notRun = { status: 'skipped' as const, reason: 'disabled by the checks setting' }
    const pkg: PackageEvidence = {
      path,
      ...(own.name ? { name: own.name } : {}),
      typecheck: notRun,
      build: notRun,
      tests: notRun,
      lint: notRun
    }
    packages.push(pkg)
    for (const [name, plan] of PLANNERS) {
      if ((PACKAGE_CHECKS as readonly string[]).includes(name) && options.checks.has(name))
        plans.push({
          plan: plan(ctx),
          js: true,
          into: pkg,
          needsBuild: name === 'tests' && waitsForBuild(options, own)
        })
    }
  }
  const unmatched = options.packages?.filter((wanted) => !found.has(wanted)) ?? []
  if (unmatched.length)
    throw new ConfigurationError(
      `packages: ${unmatched.join(', ')} is no package of the workspace (${listSome(paths, 20) || 'none'})`
    )
  if (packages.length) notes.push(`workspace of ${packages.length} packages: ${listSome(packages.map((p) => p.path))}`)
  return { packages, plans, workspace: paths }
}

async function runCheck(ports: EvidencePorts, check: PlannedCheck<CheckBase>, where?: string): Promise<CheckBase> {
  if ('read' in check) return check.read()
  if (!('request' in check)) return check.result
  return ports.logger.group(`${where ? `${where} ` : ''}${check.name}: ${commandText(check.request)}`, async () => {
    const result = await ports.runner.run(check.request)
    const evidence = await check.interpret(result)
    ports.logger.info(`${check.name}: ${evidence.status} — ${evidence.reason}`)
    for (const line of evidence.firstErrors ?? []) ports.logger.info(`  ${line}`)
    // The tool's log files go with the run's temporary folder; the end of its output stays in the job log.
    if (evidence.status === 'fail' || evidence.status === 'unknown') logOutputTail(ports.logger, result)
    return evidence
  })
}

/** coverage.py measured the pytest run; `coverage json` turns its data into the report that is read. */
async function pythonCoverage(
  ports: EvidencePorts,
  options: EvidenceOptions,
  python: PythonProject,
  tests: Evidence['tests']
): Promise<CoverageEvidence> {
  const notRun = testsDidNotRun(tests)
  if (notRun) return notRun
  const outFile = join(options.workDir, 'coverage.json')
  const ctx = { project: python, fs: ports.fs, workDir: options.workDir, timeoutMs: options.timeoutMs }
  const request = coverageJsonRequest(ctx, outFile)
  const result = await ports.logger.group(`coverage: ${commandText(request)}`, () => ports.runner.run(request))
  const incomplete = incompleteRun(result, 'coverage json')
  if (incomplete) return incomplete
  if (result.exitCode !== 0)
    return {
      status: 'unknown',
      reason: `coverage json failed (${exitText(result)}): ${firstErrorLines(result.stdout + result.stderr, 1).join('')}`
    }
  return readCoverage(ports.fs, outFile, 'coverage json')
}

/** How many of the last lines of each stream a failing check leaves in the log. */
const OUTPUT_TAIL_LINES = 25

function logOutputTail(logger: Logger, result: RunResult): void {
  for (const [stream, text] of [
    ['stdout', result.stdout],
    ['stderr', result.stderr]
  ] as const) {
    const lines = text
      .replace(/\x1b\[[0-9;]*m/g, '')
      .replace(/^(?:[ \t]*\r?\n)+/, '')
      .trimEnd()
      .split(/\r?\n/)
    if (!lines.some((line) => line.trim())) continue
    const tail = lines.slice(-OUTPUT_TAIL_LINES)
    const cut = lines.length - tail.length
    logger.info(`${stream}${cut ? ` (last ${tail.length} of ${lines.length} lines)` : ''}:`)
    for (const line of tail) logger.info(`  ${line.slice(0, 500)}`)
  }
}

/** Returns the evidence every check gets when the install failed, or undefined when it did not. */
async function installIfNeeded(
  ports: EvidencePorts,
  options: EvidenceOptions,
  toolchain: Toolchain,
  notes: string[]
): Promise<CheckBase | undefined> {
  if (toolchain.hasNodeModules) return undefined
  if (!options.install) {
    notes.push('node_modules is missing and installing is turned off; checks use whatever tools can be found')
    return undefined
  }
  const installArgs = INSTALL_ARGS[toolchain.packageManager]
  const request: RunRequest = {
    label: 'install',
    ...packageManagerCommand(toolchain, toolchain.lockfile ? installArgs.withLock : installArgs.withoutLock),
    cwd: toolchain.root,
    env: CHECK_ENV,
    timeoutMs: options.timeoutMs
  }
  const result = await ports.logger.group(`install: ${commandText(request)}`, () => ports.runner.run(request))
  const incomplete = incompleteRun(result, 'the install')
  if (!incomplete && result.exitCode === 0) {
    notes.push(`installed dependencies with ${commandText(request)} in ${(result.durationMs / 1000).toFixed(1)} s`)
    return undefined
  }
  const reason = incomplete?.reason ?? `${commandText(request)} failed (${exitText(result)})`
  notes.push(reason)
  return {
    status: 'unknown',
    reason: `dependencies could not be installed: ${reason}`,
    firstErrors: firstErrorLines(result.stderr)
  }
}

function uniformEvidence(base: CheckBase): Evidence {
  return {
    typecheck: { ...base },
    build: { ...base },
    tests: { ...base },
    audit: { ...base },
    lint: { ...base },
    coverage: { ...base }
  }
}
