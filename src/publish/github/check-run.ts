import { posix } from 'node:path'
import { GitHubLimits } from '../../constants.js'
import type { ClaimVerdict, GateReport } from '../../model.js'
import { fitReport } from '../fit-report.js'
import { headline, isDivergent } from '../render-markdown.js'
import { truncateUtf8 } from '../truncate.js'
import type { CheckRunAnnotation, CheckRunRequest, GitHubApi } from './api.js'
import type { GitHubTarget } from './context.js'
import { chunk } from '../../lists.js'

export interface CheckRunSettings {
  name: string
  /** Tells several gates in one repository apart. */
  gateId: string
  /** The gate's directory relative to the repository root, where annotation paths start. */
  pathPrefix: string
}

/** The nightly audit reports under its own name, so it never satisfies or blocks a pull request's check. */
export function checkRunName(name: string, target: GitHubTarget): string {
  return target.kind === 'scheduled' ? `${name} (nightly audit)` : name
}

/** `failure` for divergence (a required check must block); `neutral` only when there was nothing to check. */
export function conclusionOf(report: GateReport): CheckRunRequest['conclusion'] {
  if (report.verdict === 'fail') return 'failure'
  return report.claims.length ? 'success' : 'neutral'
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function annotationOf(claim: ClaimVerdict, pathPrefix: string): CheckRunAnnotation {
  const label = claim.verdict === 'stale' ? 'Stale claim' : 'Contradicted claim'
  const suggestion = claim.suggestion ? `\nThe evidence supports: ${claim.suggestion.trim()}` : ''
  return {
    path: posix.join(pathPrefix, claim.file),
    start_line: claim.line,
    end_line: claim.line,
    annotation_level: claim.verdict === 'stale' ? 'warning' : 'failure',
    title: clip(`${label}: ${claim.text}`, GitHubLimits.ANNOTATION_TITLE_MAX),
    message: truncateUtf8(`${claim.reason}${suggestion}`, GitHubLimits.ANNOTATION_MESSAGE_MAX)
  }
}

/** One annotation per claim that does not hold, at its report's file and line. */
export function annotationsOf(report: GateReport, pathPrefix: string): CheckRunAnnotation[] {
  return report.claims.filter((c) => isDivergent(c.verdict)).map((c) => annotationOf(c, pathPrefix))
}

/**
 * Creates the check run on the commit the evidence is about, with the first batch of annotations, then
 * sends the rest in further updates: GitHub takes 50 per request and none may be dropped.
 */
export async function publishCheckRun(
  api: GitHubApi,
  target: GitHubTarget,
  report: GateReport,
  settings: CheckRunSettings
): Promise<{ id: number; url: string }> {
  const title = clip(headline(report), GitHubLimits.ANNOTATION_TITLE_MAX)
  const summary = fitReport(report, GitHubLimits.CHECK_SUMMARY_MAX)
  const [first = [], ...rest] = chunk(annotationsOf(report, settings.pathPrefix), GitHubLimits.ANNOTATIONS_PER_REQUEST)
  const created = await api.createCheckRun({
    name: checkRunName(settings.name, target),
    head_sha: target.headSha,
    external_id: settings.gateId,
    ...(target.runUrl ? { details_url: target.runUrl } : {}),
    conclusion: conclusionOf(report),
    output: { title, summary, ...(first.length ? { annotations: first } : {}) }
  })
  for (const annotations of rest) await api.updateCheckRun(created.id, { title, summary, annotations })
  return created
}
