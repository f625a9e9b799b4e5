import { counted } from '../../errors.js'
import { relative, sep } from 'node:path'
import type { AuditEvidence, CheckBase, CheckName, TestEvidence } from '../../model.js'
import type { FileSystem } from '../../ports/file-system.js'
import { walkFiles } from '../../ports/file-system.js'
import type { RunResult } from '../../ports/process-runner.js'
import { compileGlob } from '../../glob.js'
import { parseJunitXml } from '../parsers/python-reports.js'
import { ReportFormatError } from '../parsers/report-format-error.js'
import type { TestCounts } from '../parsers/test-report.js'
import { parseJestJson, parseNodeTestJunit } from '../parsers/test-report.js'
import type { PackageManager } from '../toolchain.js'
import { readAudit, readAuditRun } from './audit.js'
import { readBuild } from './build.js'
import type { PlannedCheck } from './common.js'
import { CHECK_ENV, exitText, firstErrorLines, incompleteRun } from './common.js'
import { readLint } from './lint.js'
import { readTypecheck } from './typecheck.js'

/** What the user set instead of the detected commands: their own commands, or results produced earlier. */
export interface CheckOverrides {
  commands: Partial<Record<CheckName, string>>
  /** Globs of test reports (jest/vitest JSON, JUnit XML) to read instead of running tests. */
  testResults?: string[]
  /** An audit JSON file (npm, pnpm or yarn) to read instead of running the audit. */
  auditReport?: string
  /** An istanbul coverage-summary.json made earlier, read instead of measuring coverage. */
  coverageReport?: string
}

export interface OverrideContext {
  root: string
  fs: FileSystem
  timeoutMs: number
  packageManager?: PackageManager
}

/** The checks the user's settings decide, each replacing the detected one of the same name. */
export function planOverrides(ctx: OverrideContext, overrides: CheckOverrides): PlannedCheck<CheckBase>[] {
  const plans: PlannedCheck<CheckBase>[] = []
  for (const [name, command] of Object.entries(overrides.commands) as Array<[CheckName, string]>) {
    if (name === 'tests' && overrides.testResults) continue
    if (name === 'audit' && overrides.auditReport) continue
    plans.push(planCommand(ctx, name, command))
  }
  if (overrides.testResults) plans.push(planTestResults(ctx, overrides.testResults, overrides.commands.tests))
  if (overrides.auditReport)
    plans.push({ name: 'audit', read: () => readAuditFile(ctx, overrides.auditReport as string) })
  return plans
}

function shellRequest(ctx: OverrideContext, name: CheckName, command: string) {
  return { label: name, command: 'sh', args: ['-c', command], cwd: ctx.root, env: CHECK_ENV, timeoutMs: ctx.timeoutMs }
}

/** A user's command is read the way the detected one would be; a test command alone gives pass or fail only. */
function planCommand(ctx: OverrideContext, name: CheckName, command: string): PlannedCheck<CheckBase> {
  const request = shellRequest(ctx, name, command)
  const interpret = async (result: RunResult): Promise<CheckBase> => {
    switch (name) {
      case 'typecheck':
        return readTypecheck(result, command, 'script')
      case 'build':
        return readBuild(result, command)
      case 'lint':
        return readLint(result, undefined, command)
      case 'audit':
        return readAuditRun(ctx.fs, result, ctx.packageManager ?? 'npm', command)
      case 'tests':
        return readTestCommand(result, command)
      case 'coverage':
        return { status: 'unknown', reason: 'coverage has no command of its own' }
    }
  }
  return { name, request, interpret }
}

function readTestCommand(result: RunResult, command: string): TestEvidence {
  const incomplete = incompleteRun(result, 'the test command')
  if (incomplete) return { command, ...incomplete }
  const counts = 'give test-results to read the counts'
  if (result.exitCode === 0)
    return { command, durationMs: result.durationMs, status: 'pass', reason: `the test command succeeded; ${counts}` }
  const firstErrors = firstErrorLines(`${result.stderr}\n${result.stdout}`)
  return {
    command,
    durationMs: result.durationMs,
    status: 'fail',
    firstErrors,
    reason: `the test command failed (${exitText(result)}); ${counts}`
  }
}

/** Runs the user's test command first when there is one, then reads the reports it (or an earlier step) wrote. */
function planTestResults(ctx: OverrideContext, patterns: string[], command?: string): PlannedCheck<TestEvidence> {
  if (!command) return { name: 'tests', read: () => readTestReports(ctx, patterns) }
  return {
    name: 'tests',
    request: shellRequest(ctx, 'tests', command),
    interpret: async (result) => {
      const incomplete = incompleteRun(result, 'the test command')
      if (incomplete) return { command, ...incomplete }
      return { ...(await readTestReports(ctx, patterns)), command, durationMs: result.durationMs }
    }
  }
}

/** Sums the counts of every report the globs match; none matching is `unknown`, never zero tests. */
export async function readTestReports(
  ctx: Pick<OverrideContext, 'root' | 'fs'>,
  patterns: string[]
): Promise<TestEvidence> {
  const { files, unreadable } = await matchFiles(ctx.fs, ctx.root, patterns)
  const command = `read ${patterns.join(', ')}`
  if (!files.length) {
    const reason = `no file matches test-results (${patterns.join(', ')})${unreadableNote(unreadable)}`
    return { command, status: 'unknown', reason }
  }
  const counts: TestCounts[] = []
  for (const file of files) {
    try {
      counts.push(parseTestReport(await ctx.fs.readText(file)))
    } catch (error) {
      if (!(error instanceof ReportFormatError)) throw error
      return { command, status: 'unknown', reason: `${relative(ctx.root, file)}: ${error.message}` }
    }
  }
  const sum = (field: 'total' | 'passed' | 'failed' | 'skipped' | 'failedSuites') =>
    counts.reduce((n, c) => n + c[field], 0)
  const [total, passed, failed, skipped, failedSuites] = [
    sum('total'),
    sum('passed'),
    sum('failed'),
    sum('skipped'),
    sum('failedSuites')
  ]
  const numbers = {
    command,
    total,
    passed,
    failed,
    skipped,
    failedSuites,
    firstErrors: counts.flatMap((c) => c.failures).slice(0, 5)
  }
  const read = `${counted(files.length, 'report')}${unreadableNote(unreadable)}`
  if (failed || failedSuites)
    return { ...numbers, status: 'fail', reason: `${failed} of ${total} tests failed (${read})` }
  if (!total) return { ...numbers, status: 'fail', reason: `the reports hold no tests (${read})` }
  return { ...numbers, status: 'pass', reason: `${passed} of ${total} tests passed (${read})` }
}

function parseTestReport(text: string): TestCounts {
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{')) return parseJestJson(text)
  if (/<!--\s*tests\s+\d+\s*-->/.test(text)) return parseNodeTestJunit(text)
  if (trimmed.startsWith('<')) return parseJunitXml(text)
  throw new ReportFormatError('it is neither a jest/vitest JSON report nor JUnit XML')
}

async function readAuditFile(ctx: OverrideContext, path: string): Promise<AuditEvidence> {
  const { files, unreadable } = await matchFiles(ctx.fs, ctx.root, [path])
  const [file] = files
  if (!file)
    return { status: 'unknown', reason: `the audit-report ${path} does not exist${unreadableNote(unreadable)}` }
  const text = await ctx.fs.readText(file)
  const tool = auditReportTool(text)
  const result: RunResult = {
    exitCode: 0,
    signal: null,
    timedOut: false,
    durationMs: 0,
    stdoutPath: file,
    stderrPath: '',
    stdout: text,
    stderr: '',
    truncated: false
  }
  return readAudit(result, tool, `read ${path}`)
}

/** Which audit wrote a saved report, from the shape each one has. */
function auditReportTool(text: string): NonNullable<AuditEvidence['tool']> {
  if (/"type"\s*:\s*"auditSummary"/.test(text)) return 'yarn'
  if (/^\{"value":.*"children":\{/m.test(text)) return 'yarn-berry'
  if (/"auditReportVersion"/.test(text)) return 'npm'
  if (/"advisories"/.test(text)) return 'pnpm'
  if (/^\s*\{\s*(?:\}|"[^"]+"\s*:\s*\[)/.test(text)) return 'bun'
  return 'npm'
}

/**
 * Files below the root whose repository-relative path a glob matches; dependencies are not searched.
 * Folders that could not be listed are named, so that a file missing from them is not taken for absent.
 */
async function matchFiles(
  fs: FileSystem,
  root: string,
  patterns: string[]
): Promise<{ files: string[]; unreadable: string[] }> {
  const matchers = patterns.map(compileGlob)
  const relativeTo = (path: string) => relative(root, path).split(sep).join('/')
  const files: string[] = []
  const unreadable: string[] = []
  await walkFiles(fs, root, {
    visit: async (path) => {
      if (matchers.some((m) => m.test(relativeTo(path)))) files.push(path)
    },
    enter: (name) => name !== 'node_modules' && name !== '.git',
    unreadable: (path) => unreadable.push(`${relativeTo(path)}/`)
  })
  return { files: files.sort(), unreadable }
}

/** `; the folders x/, y/ could not be read`, or nothing. */
function unreadableNote(folders: string[]): string {
  if (!folders.length) return ''
  return `; ${folders.length === 1 ? 'the folder' : 'the folders'} ${folders.join(', ')} could not be read`
}
