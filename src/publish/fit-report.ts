import type { GateReport } from '../model.js'
import type { Detail } from './render-markdown.js'
import { renderMarkdown } from './render-markdown.js'
import { truncateUtf8 } from './truncate.js'

const LEVELS: Detail[] = ['full', 'divergent', 'counts']

/**
 * The report as markdown within a byte budget: the whole report when it fits, else only the claims
 * that do not hold, else the counts; a cut is the last resort. `frame` wraps the body (a marker, a
 * footer) and counts against the budget.
 */
export function fitReport(report: GateReport, maxBytes: number, frame = (body: string) => body): string {
  for (const level of LEVELS) {
    const text = frame(renderMarkdown(report, level))
    if (Buffer.byteLength(text) <= maxBytes) return text
  }
  const framing = Buffer.byteLength(frame(''))
  return frame(truncateUtf8(renderMarkdown(report, 'counts'), Math.max(0, maxBytes - framing)))
}
