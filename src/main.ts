import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { JOB_SUMMARY_MAX_BYTES, Outputs, SETTING_INPUTS } from './constants.js'
import { ConfigurationError, getErrorMessage } from './errors.js'
import { runGate } from './gate.js'
import type { GateReport } from './model.js'
import type { GateOptions } from './options.js'
import { parseSettings } from './options.js'
import { createActionsLogger } from './ports/actions-logger.js'
import { createFileSystem } from './ports/file-system.js'
import { createProcessRunner } from './ports/process-runner.js'
import { headline, renderMarkdown } from './publish/render-markdown.js'
import { writeReportFiles } from './publish/report-files.js'
import { truncateUtf8 } from './publish/truncate.js'

/** The action: read inputs, run the gate, publish. The only place that fails the job. */
export async function run(): Promise<void> {
  try {
    const options = readInputs()
    const report = await runGate(
      { fs: createFileSystem(), logger: createActionsLogger(), createRunner: createProcessRunner },
      options
    )
    await publish(report, options)
    if (report.verdict === 'fail') core.setFailed(headline(report))
  } catch (error) {
    const prefix = error instanceof ConfigurationError ? '' : 'The readiness gate could not run: '
    core.setFailed(`${prefix}${getErrorMessage(error)}`)
  }
}

function readInputs(): GateOptions {
  const reportDir = join(process.env.RUNNER_TEMP || tmpdir(), 'readiness-gate')
  const raw = Object.fromEntries(
    Object.entries(SETTING_INPUTS).map(([setting, input]) => [setting, core.getInput(input)])
  )
  const options = parseSettings(raw, SETTING_INPUTS)
  return {
    ...options,
    base: options.base ?? baseOfEvent(),
    reportJson: options.reportJson ?? join(reportDir, 'report.json'),
    reportMarkdown: options.reportMarkdown ?? join(reportDir, 'report.md')
  }
}

/** The base a pull request or merge-queue entry is compared with, from the event payload. */
function baseOfEvent(): string | undefined {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return undefined
  const payload = JSON.parse(readFileSync(path, 'utf8')) as {
    pull_request?: { base?: { sha?: string } }
    merge_group?: { base_sha?: string }
  }
  return payload.pull_request?.base?.sha ?? payload.merge_group?.base_sha
}

async function publish(report: GateReport, options: GateOptions): Promise<void> {
  await writeReportFiles(report, { json: options.reportJson, markdown: options.reportMarkdown })
  const markdown = renderMarkdown(report)
  await core.summary.addRaw(truncateUtf8(markdown, JOB_SUMMARY_MAX_BYTES)).write()
  for (const claim of report.claims.filter((c) => c.verdict === 'contradicted')) {
    core.error(claim.reason, {
      file: join(options.directory, claim.file),
      startLine: claim.line,
      title: `Contradicted claim: ${claim.text.slice(0, 200)}`
    })
  }
  core.setOutput(Outputs.Verdict, report.verdict)
  core.setOutput(Outputs.Claims, report.claims.length)
  core.setOutput(Outputs.Verified, report.counts.verified)
  core.setOutput(Outputs.Contradicted, report.counts.contradicted)
  core.setOutput(Outputs.Stale, report.counts.stale)
  core.setOutput(Outputs.Unverifiable, report.counts.unverifiable)
  core.setOutput(Outputs.ReportJson, options.reportJson)
  core.setOutput(Outputs.ReportMarkdown, options.reportMarkdown)
}
