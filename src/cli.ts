import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { realpathSync } from 'node:fs'
import { ConfigurationError, counted, getErrorMessage } from './errors.js'
import type { GatePorts } from './gate.js'
import { collectEvidence, runGate } from './gate.js'
import type { GateOptions } from './options.js'
import { DEFAULT_TIMEOUT_SECONDS, RUNNABLE_CHECKS, parseSettings } from './options.js'
import { createFileSystem } from './ports/file-system.js'
import { createConsoleLogger, silentLogger } from './ports/logger.js'
import { createProcessRunner, stopOnInterrupt, stopRunningCommands } from './ports/process-runner.js'
import { renderText } from './publish/render-text.js'
import { writeEvidenceFile, writeReportFiles } from './publish/report-files.js'
import { applyFixes } from './publish/apply-fixes.js'
import { VERSION } from './version.js'

/** Exit codes: the gate passed, a claim is contradicted, or the gate itself could not run. */
export const ExitCode = { Pass: 0, Contradicted: 1, CouldNotRun: 2 } as const

export const USAGE = `Usage: readiness-gate [DIR] [options]
       readiness-gate evidence [DIR] --out OUT [--shard I/N] [options]
       readiness-gate verdict [DIR] --evidence OUT [options]

Checks the readiness claims in DIR's status reports against its real typecheck, build, tests,
audit and lint results. \`evidence\` only runs the checks (one test shard with --shard) and writes
the evidence to OUT; \`verdict\` merges every evidence file in OUT instead of running checks, and
says which shard or check is missing.

Options:
  --json FILE         write the JSON report (schemaVersion 1) to FILE
  --markdown FILE     write the markdown report to FILE
  --no-install        do not install dependencies when node_modules is missing
  --checks LIST       comma-separated checks to run (default: ${RUNNABLE_CHECKS.join(',')})
  --reports GLOBS     comma-separated globs of the reports to read (default: report-like *.md names)
  --claims-file FILE  the structured claims file (default: .github/readiness.yml or .json, if present)
  --CHECK-command CMD run CMD (in a shell) for typecheck, build, test, audit or lint instead of
                      the detected command, e.g. --test-command 'make test'
  --test-results GLOBS  read test reports (jest/vitest JSON, JUnit XML) instead of running tests
  --audit-report FILE read an npm, pnpm, yarn (classic or berry) or bun audit JSON file instead of
                      running the audit
  --coverage-report FILE  read an istanbul coverage-summary.json or coverage.py JSON instead of
                      measuring coverage
  --shard I/N         run only part I of N of the jest or vitest tests (with evidence)
  --packages LIST     check only these workspace packages, by folder or name (with evidence)
  --out DIR           where evidence writes its file
  --evidence DIR      where verdict reads the evidence files
  --cache DIR         reuse the evidence of an earlier run on the same committed tree (kept in DIR)
  --tests-after-build auto|true|false  whether the tests wait for the build (default: auto, when
                      they use its output)
  --timeout SECONDS   time limit for each check (default: ${DEFAULT_TIMEOUT_SECONDS})
  --max-parallel N    how many checks run at once (default: one more than the cores; an audit
                      runs beside them)
  --fail-on LIST      what fails the run: contradicted (default), stale, self-contradiction,
                      unverifiable-readiness; or never
  --base REV          the revision a change is compared with: contradicted claims whose line is
                      already in REV are reported as stale
  --baseline FILE     a JSON report of the base branch: the report shows what changed since
  --fix               rewrite the reports' false claims to what the evidence shows
  --quiet             print only the report, not the progress of each check
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 no claim contradicted, 1 a claim is contradicted, 2 the gate could not run.
`

const SUBCOMMANDS = ['evidence', 'verdict'] as const
type CliOptions = GateOptions & {
  command: 'check' | (typeof SUBCOMMANDS)[number]
  out?: string
  quiet: boolean
  fix: boolean
}

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Set when stderr is a terminal: the log then keeps a live status line of the running checks. */
  terminalColumns?: number
}

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  ...(process.stderr.isTTY && !process.env.CI ? { terminalColumns: process.stderr.columns || 80 } : {})
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let options: CliOptions
  try {
    const parsed = parseCommandLine(argv)
    if (parsed === 'help') return (io.stdout(USAGE), ExitCode.Pass)
    if (parsed === 'version') return (io.stdout(`${VERSION}\n`), ExitCode.Pass)
    options = parsed
  } catch (error) {
    io.stderr(`readiness-gate: ${getErrorMessage(error)}\n\n${USAGE}`)
    return ExitCode.CouldNotRun
  }
  try {
    const terminal = io.terminalColumns ? { write: io.stderr, columns: io.terminalColumns } : undefined
    const logger = options.quiet ? silentLogger : createConsoleLogger((line) => io.stderr(line + '\n'), terminal)
    const ports = { fs: createFileSystem(), logger, createRunner: createProcessRunner }
    if (options.command === 'evidence') return await writeEvidence(ports, options, io)
    const report = await runGate(ports, options)
    await writeReportFiles(report, { json: options.reportJson, markdown: options.reportMarkdown })
    io.stdout(renderText(report))
    if (options.fix) {
      const fixed = await applyFixes(report.repository, report.claims)
      io.stdout(
        `fixed ${counted(fixed.lines, 'line')} in ${counted(fixed.files.length, 'report')}${fixed.files.length ? `: ${fixed.files.join(', ')}` : ''}\n`
      )
    }
    return report.verdict === 'fail' ? ExitCode.Contradicted : ExitCode.Pass
  } catch (error) {
    const kind = error instanceof ConfigurationError ? '' : 'internal error: '
    io.stderr(`readiness-gate: ${kind}${getErrorMessage(error)}\n`)
    return ExitCode.CouldNotRun
  }
}

/** `readiness-gate evidence`: one matrix job's checks, written for the verdict job; never fails on results. */
async function writeEvidence(ports: GatePorts, options: CliOptions, io: CliIo): Promise<number> {
  const file = await collectEvidence(ports, options)
  const path = await writeEvidenceFile(options.out ?? '.', file)
  const ran = file.checks.map((check) => `${check} ${file.evidence[check].status}`).join(', ')
  io.stdout(`readiness-gate: wrote ${path} (${ran})\n`)
  return ExitCode.Pass
}

function parseCommandLine(argv: string[]): CliOptions | 'help' | 'version' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        markdown: { type: 'string' },
        'no-install': { type: 'boolean' },
        checks: { type: 'string' },
        reports: { type: 'string' },
        'claims-file': { type: 'string' },
        timeout: { type: 'string' },
        'max-parallel': { type: 'string' },
        'fail-on': { type: 'string' },
        base: { type: 'string' },
        baseline: { type: 'string' },
        'typecheck-command': { type: 'string' },
        'build-command': { type: 'string' },
        'test-command': { type: 'string' },
        'audit-command': { type: 'string' },
        'lint-command': { type: 'string' },
        'test-results': { type: 'string' },
        'audit-report': { type: 'string' },
        'coverage-report': { type: 'string' },
        shard: { type: 'string' },
        'tests-after-build': { type: 'string' },
        packages: { type: 'string' },
        cache: { type: 'string' },
        out: { type: 'string' },
        evidence: { type: 'string' },
        quiet: { type: 'boolean' },
        fix: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (error) {
    throw new ConfigurationError(getErrorMessage(error), { cause: error })
  }
  const { values } = parsed
  const command = SUBCOMMANDS.find((name) => name === parsed.positionals[0]) ?? 'check'
  const positionals = command === 'check' ? parsed.positionals : parsed.positionals.slice(1)
  if (values.help) return 'help'
  if (values.version) return 'version'
  if (positionals.length > 1) {
    throw new ConfigurationError(
      `expected at most one directory, received ${positionals.length}: ${positionals.join(' ')}`
    )
  }
  const options = parseSettings(
    {
      directory: positionals[0],
      reports: values.reports,
      claimsFile: values['claims-file'],
      install: values['no-install'] ? 'false' : undefined,
      testsAfterBuild: values['tests-after-build'],
      checks: values.checks,
      timeoutSeconds: values.timeout,
      maxParallel: values['max-parallel'],
      reportJson: values.json,
      reportMarkdown: values.markdown,
      failOn: values['fail-on'],
      base: values.base,
      baseline: values.baseline,
      typecheckCommand: values['typecheck-command'],
      buildCommand: values['build-command'],
      testCommand: values['test-command'],
      auditCommand: values['audit-command'],
      lintCommand: values['lint-command'],
      testResults: values['test-results'],
      auditReport: values['audit-report'],
      coverageReport: values['coverage-report'],
      shard: values.shard,
      packages: values.packages,
      cacheDir: values.cache,
      evidenceDir: values.evidence
    },
    {
      directory: 'DIR',
      reports: '--reports',
      claimsFile: '--claims-file',
      install: '--no-install',
      testsAfterBuild: '--tests-after-build',
      checks: '--checks',
      timeoutSeconds: '--timeout',
      maxParallel: '--max-parallel',
      reportJson: '--json',
      reportMarkdown: '--markdown',
      failOn: '--fail-on',
      base: '--base',
      baseline: '--baseline',
      typecheckCommand: '--typecheck-command',
      buildCommand: '--build-command',
      testCommand: '--test-command',
      auditCommand: '--audit-command',
      lintCommand: '--lint-command',
      testResults: '--test-results',
      auditReport: '--audit-report',
      coverageReport: '--coverage-report',
      shard: '--shard',
      packages: '--packages',
      cacheDir: '--cache',
      evidenceDir: '--evidence'
    }
  )
  if (command === 'evidence' && !values.out)
    throw new ConfigurationError('evidence needs --out DIR, where the evidence file goes')
  if (command === 'verdict' && !values.evidence)
    throw new ConfigurationError('verdict needs --evidence DIR, where the evidence jobs put their files')
  return { ...options, command, out: values.out, quiet: values.quiet ?? false, fix: values.fix ?? false }
}

/** True when this module is the program being run (also through the npm bin link). */
function isMain(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href
  } catch {
    return false
  }
}

if (isMain()) {
  stopOnInterrupt()
  process.exitCode = await runCli(process.argv.slice(2))
  // Only a run that failed midway can leave checks running; it reports, and they go with it.
  stopRunningCommands()
}
