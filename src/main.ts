import * as core from '@actions/core'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import type { ActionSettings } from './action-settings.js'
import { ACTION_SETTING_INPUTS, parseActionSettings } from './action-settings.js'
import {
  Inputs,
  JOB_SUMMARY_MAX_BYTES,
  Outputs,
  SETTING_INPUTS,
  WORKFLOW_COMMAND_ANNOTATIONS_SHOWN
} from './constants.js'
import { ConfigurationError, getErrorMessage } from './errors.js'
import { collectEvidence, runGate } from './gate.js'
import type { GateReport } from './model.js'
import type { GateOptions } from './options.js'
import { parseSettings } from './options.js'
import { createActionsLogger } from './ports/actions-logger.js'
import { createFileSystem } from './ports/file-system.js'
import { createProcessRunner } from './ports/process-runner.js'
import { readTarget } from './publish/github/context.js'
import type { PublishResult } from './publish/github/publish.js'
import { parseReport } from './publish/read-report.js'
import { headline, isDivergent, renderMarkdown } from './publish/render-markdown.js'
import { writeEvidenceFile, writeReportFile, writeReportFiles } from './publish/report-files.js'
import { renderSarif } from './publish/sarif.js'
import { truncateUtf8 } from './publish/truncate.js'

interface RunEvent {
  name: string
  payload: Record<string, unknown>
}

/** The action: read inputs, run the gate (or read an earlier stage's report), publish. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const options = readOptions()
    const event = readEvent(settings)
    refuseUntrustedCheckout(event, options.directory, settings)
    if (settings.mode === 'evidence') return await writeMatrixEvidence(options)
    if (settings.mode === 'verdict' && !options.evidenceDir)
      throw new ConfigurationError(
        `${Inputs.EvidenceDir}: mode "verdict" needs the folder the evidence jobs' files were downloaded to`
      )
    const report =
      settings.mode === 'publish'
        ? await readEarlierReport(options)
        : await runGate(
            { fs: createFileSystem(), logger: createActionsLogger(), createRunner: createProcessRunner },
            { ...options, base: options.base ?? baseOf(event.payload) }
          )
    await publish(report, options, settings, event)
    if (report.verdict === 'fail') core.setFailed(headline(report))
  } catch (error) {
    const prefix = error instanceof ConfigurationError ? '' : 'The readiness gate could not run: '
    core.setFailed(`${prefix}${getErrorMessage(error)}`)
  }
}

/** One job of a matrix: only the checks, written to evidence-dir for the verdict job. */
async function writeMatrixEvidence(options: GateOptions): Promise<void> {
  if (!options.evidenceDir)
    throw new ConfigurationError(`${Inputs.EvidenceDir}: mode "evidence" needs a folder to write to`)
  const file = await collectEvidence(
    { fs: createFileSystem(), logger: createActionsLogger(), createRunner: createProcessRunner },
    options
  )
  const path = await writeEvidenceFile(options.evidenceDir, file)
  core.info(`Evidence written to ${path}: ${file.checks.map((c) => `${c} ${file.evidence[c].status}`).join(', ')}`)
  core.setOutput(Outputs.EvidenceFile, path)
}

function readSettings(): ActionSettings {
  const raw = Object.fromEntries(
    Object.entries(ACTION_SETTING_INPUTS).map(([setting, input]) => [setting, core.getInput(input)])
  )
  return parseActionSettings(raw)
}

function readOptions(): GateOptions {
  const reportDir = join(process.env.RUNNER_TEMP || tmpdir(), 'readiness-gate')
  const raw = Object.fromEntries(
    Object.entries(SETTING_INPUTS).map(([setting, input]) => [setting, core.getInput(input)])
  )
  const options = parseSettings(raw, SETTING_INPUTS)
  return {
    ...options,
    reportJson: options.reportJson ?? join(reportDir, 'report.json'),
    reportMarkdown: options.reportMarkdown ?? join(reportDir, 'report.md')
  }
}

/** The event this run is about: its own, or in `publish` mode the one the first stage uploaded. */
function readEvent(settings: ActionSettings): RunEvent {
  const name = process.env.GITHUB_EVENT_NAME ?? ''
  const path = settings.mode === 'publish' ? settings.eventFile : process.env.GITHUB_EVENT_PATH
  if (settings.mode === 'publish' && !path)
    throw new ConfigurationError(
      `${ACTION_SETTING_INPUTS.eventFile}: mode "publish" needs the event file of the run that made the report`
    )
  if (!path || !existsSync(path)) {
    if (settings.mode === 'publish') throw new ConfigurationError(`The event file ${path} does not exist`)
    return { name, payload: {} }
  }
  const payload = readJson(path, 'The event file')
  if (settings.mode === 'publish') checkUploadedEvent(payload)
  return { name, payload }
}

function readJson(path: string, what: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(`${what} ${path} is not valid JSON: ${getErrorMessage(error)}`)
  }
}

/**
 * The first stage ran the pull request's code, which could rewrite the event it uploads to make the
 * second stage comment elsewhere. The workflow_run event itself comes from GitHub: its head must match.
 */
function checkUploadedEvent(uploaded: Record<string, unknown>): void {
  const live = process.env.GITHUB_EVENT_PATH
  if (!live || !existsSync(live)) return
  const trusted = (readJson(live, 'The event file') as { workflow_run?: { head_sha?: string } }).workflow_run?.head_sha
  const claimed = (uploaded as { pull_request?: { head?: { sha?: string } } }).pull_request?.head?.sha
  if (trusted && claimed && trusted !== claimed)
    throw new ConfigurationError(
      `The uploaded event is about commit ${claimed}, but the workflow run that uploaded it ran on ${trusted}: refusing to publish it`
    )
}

/** The base a pull request or merge-queue entry is compared with. */
function baseOf(payload: Record<string, unknown>): string | undefined {
  const data = payload as { pull_request?: { base?: { sha?: string } }; merge_group?: { base_sha?: string } }
  return data.pull_request?.base?.sha ?? data.merge_group?.base_sha
}

/**
 * `pull_request_target` runs with a write token and secrets. The gate runs the repository's install,
 * build and test scripts, so with the pull request's code checked out anyone could run code with them.
 * The event checks out the base branch's commit (GITHUB_SHA); anything else is refused unless allowed.
 */
function refuseUntrustedCheckout(event: RunEvent, directory: string, settings: ActionSettings): void {
  if (event.name !== 'pull_request_target' || settings.mode === 'publish') return
  const head = checkedOutCommit(directory)
  const trusted = head === process.env.GITHUB_SHA
  core.warning(
    'readiness-gate is running on pull_request_target, which has a write token and secrets. It runs the checked-out code\'s scripts: use the two-workflow setup (pull_request, then workflow_run with mode "publish") instead.'
  )
  if (!trusted && !settings.allowPullRequestTarget)
    throw new ConfigurationError(
      `Refusing to run the scripts of ${head} on pull_request_target: it is not the base commit ${process.env.GITHUB_SHA ?? '(unknown)'}, so it may be the pull request's code, which would run with a write token. Use the two-workflow setup, or set ${ACTION_SETTING_INPUTS.allowPullRequestTarget}: true if the code is trusted.`
    )
}

function checkedOutCommit(directory: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: directory, encoding: 'utf8' }).trim()
  } catch {
    return '(unknown)'
  }
}

async function readEarlierReport(options: GateOptions): Promise<GateReport> {
  const path = options.reportJson ?? ''
  if (!existsSync(path))
    throw new ConfigurationError(
      `mode "publish" reads the report of an earlier run from report-json, and ${path} does not exist`
    )
  return parseReport(path, readFileSync(path, 'utf8'))
}

/** The gate's directory relative to the repository root, where GitHub's file paths start. */
function pathPrefixOf(directory: string): string {
  const root = process.env.GITHUB_WORKSPACE || process.cwd()
  return relative(root, resolve(directory)).split(sep).join('/')
}

async function publish(report: GateReport, options: GateOptions, settings: ActionSettings, event: RunEvent) {
  const pathPrefix = pathPrefixOf(options.directory)
  await writeReportFiles(report, {
    json: settings.mode === 'publish' ? undefined : options.reportJson,
    markdown: options.reportMarkdown
  })
  // Runners always give a summary file; local runners such as act may not, and that costs the report nothing.
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(truncateUtf8(renderMarkdown(report), JOB_SUMMARY_MAX_BYTES)).write()
  else core.info('No job summary file (GITHUB_STEP_SUMMARY is not set): the report is in the log only.')
  if (settings.sarifFile) {
    await writeReportFile(settings.sarifFile, renderSarif(report, pathPrefix))
    core.setOutput(Outputs.Sarif, settings.sarifFile)
  }
  const github = settings.mode === 'check' ? undefined : await publishOnGitHub(report, settings, event, pathPrefix)
  if (!github?.checkRun) annotateInLog(report, pathPrefix)
  setOutputs(report, options, github)
}

async function publishOnGitHub(
  report: GateReport,
  settings: ActionSettings,
  event: RunEvent,
  pathPrefix: string
): Promise<PublishResult | undefined> {
  if (!settings.token) {
    core.warning(`No ${ACTION_SETTING_INPUTS.token}: the report is in the job summary and log annotations only.`)
    return undefined
  }
  const target = readTarget(process.env, event.payload, event.name)
  if (target.fromFork) core.info('This pull request comes from a fork: its token is usually read-only.')
  const logger = createActionsLogger()
  // Octokit, its HTTP stack and the publishing code are loaded only here: they cost the checks no start-up time.
  const [{ createGitHubApi, createOctokit }, { publishToGitHub }] = await Promise.all([
    import('./ports/github-api.js'),
    import('./publish/github/publish.js')
  ])
  const api = createGitHubApi(createOctokit(settings.token, logger), target.owner, target.repo)
  return logger.group('Publishing to GitHub', () =>
    publishToGitHub(api, target, report, { ...settings, pathPrefix }, logger)
  )
}

/** Without a check run, workflow commands put the claims that do not hold on their lines. */
function annotateInLog(report: GateReport, pathPrefix: string): void {
  const divergent = report.claims.filter((c) => isDivergent(c.verdict))
  for (const claim of divergent.slice(0, WORKFLOW_COMMAND_ANNOTATIONS_SHOWN)) {
    const annotate = claim.verdict === 'stale' ? core.warning : core.error
    annotate(claim.reason, {
      file: join(pathPrefix, claim.file),
      startLine: claim.line,
      title: `${claim.verdict === 'stale' ? 'Stale' : 'Contradicted'} claim: ${claim.text.slice(0, 200)}`
    })
  }
  if (divergent.length > WORKFLOW_COMMAND_ANNOTATIONS_SHOWN)
    core.info(
      `${divergent.length - WORKFLOW_COMMAND_ANNOTATIONS_SHOWN} more claims that do not hold are in the job summary.`
    )
}

function setOutputs(report: GateReport, options: GateOptions, github: PublishResult | undefined): void {
  core.setOutput(Outputs.Verdict, report.verdict)
  core.setOutput(Outputs.Claims, report.claims.length)
  core.setOutput(Outputs.Verified, report.counts.verified)
  core.setOutput(Outputs.Contradicted, report.counts.contradicted)
  core.setOutput(Outputs.Stale, report.counts.stale)
  core.setOutput(Outputs.Unverifiable, report.counts.unverifiable)
  core.setOutput(Outputs.ReportJson, options.reportJson)
  core.setOutput(Outputs.ReportMarkdown, options.reportMarkdown)
  if (report.cache) core.setOutput(Outputs.CacheHit, report.cache.hit)
  if (github?.checkRun) core.setOutput(Outputs.CheckRunUrl, github.checkRun.url)
  if (github?.comment?.url) core.setOutput(Outputs.CommentUrl, github.comment.url)
  if (github?.issue?.url) core.setOutput(Outputs.IssueUrl, github.issue.url)
}
