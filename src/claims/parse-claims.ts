import type { Claim } from '../model.js'
import type { Reading } from './matchers.js'
import { matchClaims, mayClaim } from './matchers.js'
import type { Segment } from './segments.js'
import { markdownSegments } from './segments.js'

/** Written on a line, or alone on the line above it, this silences the claims of that line. */
export const IGNORE_MARKER = /<!--\s*readiness-gate:\s*ignore\s*-->/i

/** Longest claim text kept in the report; the file and line point at the rest. */
const MAX_CLAIM_TEXT = 300

/** Finds the readiness claims in one markdown report. Pure: text in, claims out. */
export async function parseClaims(file: string, markdown: string): Promise<Claim[]> {
  return claimsIn(file, await readableSegments(markdown))
}

/** The lines of a report that some matcher could read, less those an ignore marker silences. */
export async function readableSegments(markdown: string): Promise<Segment[]> {
  const ignored = ignoredLines(markdown)
  const segments = await markdownSegments(boundIndentation(markdown), mayClaim)
  return ignored.size ? segments.filter((segment) => !ignored.has(segment.line)) : segments
}

/** The claims a report's segments make, or with `coverage` only its coverage claims. */
export function claimsIn(file: string, segments: Segment[], reading: Reading = 'every claim'): Claim[] {
  const claims: Claim[] = []
  for (const segment of segments) {
    for (const draft of matchClaims(segment, reading)) {
      if (!holdsFiniteNumbers(draft)) continue
      claims.push({ file, line: segment.line, text: segment.source.slice(0, MAX_CLAIM_TEXT), ...draft })
    }
  }
  return claims
}

/**
 * Deeply nested lists make the markdown lexer's work grow faster than the square of their depth (2,000
 * levels exhaust the heap). Claims need only each line's trimmed text and its number, so indentation
 * beyond this many columns is cut; lines keep their numbers.
 */
const MAX_INDENT = 32

/** A count of 400 digits reads as Infinity, which no evidence can verify and JSON cannot hold. */
function holdsFiniteNumbers(draft: ReturnType<typeof matchClaims>[number]): boolean {
  if (typeof draft.claimed === 'number' && !Number.isFinite(draft.claimed)) return false
  return draft.upper === undefined || Number.isFinite(draft.upper)
}

function boundIndentation(markdown: string): string {
  // A run of 33 spaces or tabs holds a tab or 33 spaces; most reports hold neither.
  if (!markdown.includes('\t') && !markdown.includes(' '.repeat(MAX_INDENT + 1))) return markdown
  return markdown.replace(/^[ \t]{33,}/gm, ' '.repeat(MAX_INDENT))
}

function ignoredLines(markdown: string): Set<number> {
  const ignored = new Set<number>()
  // Every marker is an HTML comment: most reports hold none.
  if (!markdown.includes('<!--')) return ignored
  markdown.split(/\r?\n/).forEach((line, i) => {
    if (!IGNORE_MARKER.test(line)) return
    ignored.add(i + 1)
    if (line.replace(IGNORE_MARKER, '').trim() === '') ignored.add(i + 2)
  })
  return ignored
}
