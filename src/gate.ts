import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ClaimSources } from './claims/claim-sources.js'
import { readClaimSources } from './claims/claim-sources.js'
import type { ReadClaimsResult, SegmentedReports } from './claims/read-claims.js'
import { ConfigurationError, counted, unreadableError } from './errors.js'
import type { EvidenceOptions } from './evidence/gather.js'
import { gatherEvidence } from './evidence/gather.js'
import type { EvidenceFile } from './evidence/evidence-file.js'
import { parseEvidenceFile, parseShard } from './evidence/evidence-file.js'
import { mergeEvidence } from './evidence/merge.js'
import type { CheckOverrides } from './evidence/checks/overrides.js'
import type { CheckName, Evidence, GateReport } from './model.js'
import type { CacheUse } from './evidence/cache.js'
import { evidenceCacheKey, readCachedEvidence, writeCachedEvidence } from './evidence/cache.js'
import type { GateOptions } from './options.js'
import type { FileSystem } from './ports/file-system.js'
import { expectFile, expectFolder } from './ports/file-system.js'
import type { Logger } from './ports/logger.js'
import type { ProcessRunner } from './ports/process-runner.js'
import { compareClaims, countVerdicts } from './verdict/compare.js'
import { findSelfContradictions } from './verdict/self-contradictions.js'
import { computeReadiness } from './verdict/readiness.js'
import { markStale } from './verdict/staleness.js'
import { addSuggestions } from './verdict/suggest.js'
import { compareWithBaseline, parseBaseline } from './verdict/baseline.js'
import { CONFIG_PATHS } from './claims/config-file.js'
import { failsPolicy } from './verdict/policy.js'
import { readClaimHistory } from './evidence/claim-history.js'
import { gatherRepositoryFacts } from './evidence/repository.js'

/** The user's own commands and earlier results, by the check they replace. */
function overridesOf(options: GateOptions): CheckOverrides {
  const commands: CheckOverrides['commands'] = {
    typecheck: options.typecheckCommand,
    build: options.buildCommand,
    tests: options.testCommand,
    audit: options.auditCommand,
    lint: options.lintCommand
  }
  return {
    commands: Object.fromEntries(Object.entries(commands).filter(([, command]) => command)),
    testResults: options.testResults,
    auditReport: options.auditReport,
    coverageReport: options.coverageReport
  }
}

async function readBaseline(fs: FileSystem, path: string) {
  expectFile(fs, path, `The baseline report ${path}`)
  return parseBaseline(path, await fs.readText(path))
}

function evidenceOptions(
  options: GateOptions,
  root: string,
  workDir: string,
  wantsCoverage?: () => Promise<boolean>
): EvidenceOptions {
  return {
    root,
    workDir,
    install: options.install,
    testsAfterBuild: options.testsAfterBuild,
    checks: new Set(options.checks),
    timeoutMs: options.timeoutSeconds * 1000,
    ...(options.maxParallel ? { concurrency: options.maxParallel } : {}),
    overrides: overridesOf(options),
    ...(wantsCoverage ? { wantsCoverage } : {}),
    shard: options.shard ? parseShard(options.shard) : undefined,
    packages: options.packages
  }
}

const evidencePorts = (ports: GatePorts, workDir: string) => ({
  fs: ports.fs,
  logger: ports.logger,
  runner: ports.createRunner(workDir)
})

/** The evidence files a matrix's evidence jobs wrote, merged (see merge.ts). */
async function readEvidenceDir(fs: FileSystem, dir: string, checks: ReadonlySet<CheckName>) {
  expectFolder(fs, dir, `The evidence directory ${dir}`)
  const entries = await fs.list(dir).catch((error: unknown) => {
    throw unreadableError(`The evidence directory ${dir}`, error)
  })
  const names = entries
    .filter((entry) => entry.isFile && /^evidence.*\.json$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
  if (!names.length) throw new ConfigurationError(`The evidence directory ${dir} has no evidence*.json file`)
  const files = await Promise.all(
    names.map(async (name) => ({ name, file: parseEvidenceFile(join(dir, name), await fs.readText(join(dir, name))) }))
  )
  return mergeEvidence(files, checks)
}

/**
 * Only the evidence stage of a matrix job: runs the checks (one test shard, when given) and returns
 * the evidence file for the verdict job. No claims are read, so coverage is measured only on request.
 */
export async function collectEvidence(ports: GatePorts, options: GateOptions): Promise<EvidenceFile> {
  const root = resolve(options.directory)
  expectFolder(ports.fs, root, `The directory ${root}`)
  const workDir = await mkdtemp(join(tmpdir(), 'readiness-gate-'))
  try {
    const settings = evidenceOptions(options, root, workDir)
    return toEvidenceFile(options, settings, await gatherEvidence(evidencePorts(ports, workDir), settings))
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

function toEvidenceFile(
  options: GateOptions,
  settings: EvidenceOptions,
  gathered: Awaited<ReturnType<typeof gatherEvidence>>
): EvidenceFile {
  const { evidence, notes, workspace } = gathered
  return {
    format: 'readiness-gate-evidence',
    schemaVersion: 1,
    checks: [...options.checks],
    ...(settings.shard ? { shard: settings.shard } : {}),
    ...(options.packages ? { packages: (evidence.packages ?? []).map((p) => p.path) } : {}),
    ...(workspace ? { workspace } : {}),
    evidence,
    notes
  }
}

/**
 * Gathers evidence, or with a cache folder reuses what an earlier run gathered on the same committed
 * tree with the same settings. Results read from files the tree may not hold never come from the cache.
 */
async function gatherOrReuse(ports: GatePorts, options: GateOptions, settings: EvidenceOptions) {
  const gather = async () => gatherEvidence(evidencePorts(ports, settings.workDir), settings)
  if (!options.cacheDir) return { ...(await gather()), gaps: [] }
  // What decides the evidence: not the per-run temporary folder, the machine's path, or how many checks run at once.
  const keyed = {
    ...settings,
    workDir: undefined,
    root: undefined,
    concurrency: undefined,
    wantsCoverage: undefined,
    collectCoverage: (await settings.wantsCoverage?.()) ?? false,
    checks: [...settings.checks]
  }
  const fromFiles = options.testResults || options.auditReport || options.coverageReport
  const { key, reason } = fromFiles
    ? { key: undefined, reason: 'results are read from files' }
    : await evidenceCacheKey(ports.createRunner(settings.workDir), settings.root, keyed)
  const dir = resolve(options.cacheDir)
  const cached = key ? await readCachedEvidence(ports.fs, dir, key) : undefined
  if (cached && key) {
    const notes = [
      ...cached.notes,
      `evidence reused from the cache (key ${key.slice(0, 12)}): the tree and settings are unchanged`
    ]
    return { evidence: cached.evidence, notes, gaps: [], cache: { key, hit: true } }
  }
  const fresh = await gather()
  if (key) await writeCachedEvidence(dir, key, toEvidenceFile(options, settings, fresh))
  const notes = key ? fresh.notes : [...fresh.notes, `evidence cache not used: ${reason}`]
  return { ...fresh, notes, gaps: [], cache: { ...(key ? { key } : {}), hit: false, ...(reason ? { reason } : {}) } }
}

/**
 * The reports are parsed in two steps, each when first asked for. The tests ask first, as they start,
 * whether a claim is of coverage (it decides whether they measure it): that needs the reports cut into
 * lines and the coverage matcher alone. The other matchers run once the tests have been started, alongside
 * the checks; without tests, when the evidence is in. The parser loads asynchronously, so the scheduler
 * has started every check it can before parsing holds the thread.
 */
function parseInStages(sources: ClaimSources) {
  const parser = () => import('./claims/read-claims.js')
  let segmented: Promise<SegmentedReports> | undefined
  let parsed: Promise<ReadClaimsResult> | undefined
  const segments = () => (segmented ??= parser().then(({ segmentReports }) => segmentReports(sources)))
  const claims = () => (parsed ??= Promise.all([parser(), segments()]).then(([p, s]) => p.claimsOfReports(s)))
  let coverage: Promise<boolean> | undefined
  const wantsCoverage = () =>
    (coverage ??= Promise.all([parser(), segments()]).then(([p, s]) => {
      // The other matchers wait for the next turn of the event loop, by which the tests have been started.
      // A failure is caught here only so that it is reported where the claims are awaited.
      setImmediate(() => claims().catch(() => undefined))
      return p.claimsCoverage(s)
    }))
  return { claims, wantsCoverage }
}

export interface GatePorts {
  fs: FileSystem
  logger: Logger
  /** Creates the runner once the gate knows where tool output goes. */
  createRunner(logDir: string): ProcessRunner
}

/**
 * The whole gate, top-down:
 * 1. read the claims the repository's reports make (parsed while the first checks run, see parseInStages);
 * 2. gather evidence by running the repository's own tools;
 * 3. compare each claim with the evidence;
 * 4. return the report, which the caller publishes.
 */
export async function runGate(ports: GatePorts, options: GateOptions): Promise<GateReport> {
  const root = resolve(options.directory)
  expectFolder(ports.fs, root, `The directory ${root}`)
  const baseline = options.baseline ? await readBaseline(ports.fs, options.baseline) : undefined
  const workDir = await mkdtemp(join(tmpdir(), 'readiness-gate-'))
  try {
    const sources = await ports.logger.group('Reading the reports', async () => {
      const read = await readClaimSources(ports.fs, root, { reports: options.reports, claimsFile: options.claimsFile })
      ports.logger.info(`${counted(read.reports.length, 'report')}${read.config ? `, and ${read.config.path}` : ''}`)
      return read
    })
    const { claims: claimsOf, wantsCoverage } = parseInStages(sources)
    const gathered: { evidence: Evidence; notes: string[]; gaps: string[]; cache?: CacheUse } = options.evidenceDir
      ? await readEvidenceDir(ports.fs, resolve(options.evidenceDir), new Set(options.checks))
      : await gatherOrReuse(ports, options, evidenceOptions(options, root, workDir, wantsCoverage))
    const found = await claimsOf()
    ports.logger.info(`${counted(found.claims.length, 'claim')} in ${counted(found.reports.length, 'report')}`)
    const { evidence, notes, gaps } = gathered
    evidence.repository = await gatherRepositoryFacts(
      { fs: ports.fs, runner: ports.createRunner(workDir) },
      root,
      found.claims
    )
    const compared = compareClaims(found.claims, evidence)
    const history = await readClaimHistory(
      ports.createRunner(workDir),
      root,
      compared.filter((c) => c.verdict === 'contradicted'),
      options.base
    )
    const declared = new Set([...CONFIG_PATHS, ...(options.claimsFile ? [options.claimsFile] : [])])
    const claims = addSuggestions(markStale(compared, history), evidence, declared)
    const counts = countVerdicts(claims)
    const readiness = computeReadiness(evidence)
    const selfContradictions = findSelfContradictions(found.claims)
    // Incomplete evidence fails whatever fail-on says: a lost shard must not pass as a smaller suite.
    const failed = gaps.length > 0 || failsPolicy(options.failOn, claims, selfContradictions.length)
    return {
      schemaVersion: 1,
      verdict: failed ? 'fail' : 'pass',
      repository: root,
      evidence,
      claims,
      counts,
      selfContradictions,
      readiness,
      ...(gaps.length ? { evidenceGaps: gaps } : {}),
      ...(gathered.cache ? { cache: gathered.cache } : {}),
      ...(baseline ? { sinceBase: compareWithBaseline(evidence, readiness.score, baseline) } : {}),
      reports: found.reports,
      notes: [...found.notes, ...notes, ...history.notes]
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}
