import type { Claim } from '../model.js'
import type { ClaimSources } from './claim-sources.js'
import type { ClaimsFile } from './config-file.js'
import { ignoredBy } from './config-file.js'
import { describeDisagreement, markDisagrees } from './mark-disagreement.js'
import { MAX_LINE_LENGTH } from './matchers.js'
import { claimsIn, readableSegments } from './parse-claims.js'
import type { Segment } from './segments.js'

export interface ReadClaimsResult {
  claims: Claim[]
  reports: string[]
  notes: string[]
}

/** The reports cut into the lines the matchers read: the part of parsing every reading of them shares. */
export interface SegmentedReports {
  sources: ClaimSources
  segments: Segment[][]
}

/** Every report cut into the lines the matchers read, held for the readings to come. */
export async function segmentReports(sources: ClaimSources): Promise<SegmentedReports> {
  const segments: Segment[][] = []
  for (const { text } of sources.reports) segments.push(await readableSegments(text))
  return { sources, segments }
}

/**
 * Whether the reports or the claims file claim a coverage figure that the file's rules keep. Only the
 * coverage matcher reads the segments, so this is known before the other matchers have run.
 */
export function claimsCoverage({ sources, segments }: SegmentedReports): boolean {
  const { config, reports } = sources
  if (config?.claims.some((claim) => claim.kind === 'coverage.percent')) return true
  return reports.some(
    (report, i) => keptByConfig(claimsIn(report.file, segments[i] ?? [], 'coverage'), config).length > 0
  )
}

/** The claims of the reports, less those the claims file ignores, and the claims it declares. Pure. */
export function claimsOfReports(segmented: SegmentedReports): ReadClaimsResult {
  const { sources, segments } = segmented
  const extracted: Claim[] = []
  sources.reports.forEach((report, i) => {
    for (const claim of claimsIn(report.file, segments[i] ?? [])) extracted.push(claim)
  })
  return resultOf(sources, extracted, longLineNotes(segmented))
}

/** A note for each line the matchers passed over as too long to hold a claim. */
function longLineNotes({ sources, segments }: SegmentedReports): string[] {
  const notes: string[] = []
  sources.reports.forEach((report, i) => {
    for (const { line, source } of segments[i] ?? []) {
      if (source.length <= MAX_LINE_LENGTH) continue
      notes.push(
        `${report.file}:${line}: a line of ${source.length} characters was not read; claims are read from lines of up to ${MAX_LINE_LENGTH}`
      )
    }
  })
  return notes
}

/** The extracted claims less those the claims file ignores, with the claims it declares, and notes. */
function resultOf(sources: ClaimSources, extracted: Claim[], readingNotes: string[]): ReadClaimsResult {
  const { config, reports } = sources
  const notes = [...sources.notes, ...readingNotes]
  const kept = keptByConfig(extracted, config)
  if (config) {
    const ignored = extracted.length - kept.length
    notes.push(
      `${config.path}: ${config.claims.length} declared claims, ${ignored} claims ignored by its rules or disabled kinds`
    )
  }
  if (!reports.length && !config?.claims.length) notes.push('no status reports were found')
  for (const claim of kept) if (markDisagrees(claim)) notes.push(describeDisagreement(claim))
  return { claims: [...kept, ...(config?.claims ?? [])], reports: reports.map((r) => r.file), notes }
}

function keptByConfig(claims: Claim[], config: ClaimsFile | undefined): Claim[] {
  if (!config) return claims
  const disabled = new Set(config.disable)
  const ignored = ignoredBy(config.ignore)
  return claims.filter((claim) => !ignored(claim) && !disabled.has(claim.kind))
}
