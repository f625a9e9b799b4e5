import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Code, Heading, List, Nodes, Parent, Root, Table } from 'mdast'
import { normalizeLine } from './normalize.js'

/** One line of a report as the matchers see it, with where it came from. */
export interface Segment {
  line: number
  /** The source line, trimmed, as the report shows it. */
  source: string
  /** Normalized words for matching. */
  text: string
  kind: 'prose' | 'heading' | 'table' | 'output'
  /** The line is an item of a list introduced by `Created:`, `Files modified:` and the like. */
  fileList?: boolean
  /** The text of the nearest heading above the line. */
  section?: string
}

/** A label that introduces a list of files the work created or changed. */
export const FILE_LIST_LABEL =
  /^(?:new\s+)?(?:files?\s+)?(?:created|added|modified|changed|updated|fixed|touched|deliverables|new files?)(?:\s+files?)?\s*(?:\(\d+\))?\s*:?\s*$/i

/** Headings under which lines state intent or history, not the current state. */
const INTENT_HEADING =
  /\b(goals?|targets?|next steps?|next session|plan(?:ned|s)?|todo|to do|roadmap|acceptance criteria|expected|success criteria(?!\s+(?:met|achieved|completed|reached))|what'?s needed|what is left|left to do|remaining work|open items|future|recommendations?|lessons|blockers? to|how to|instructions?)\b/i

/** A heading over lists of files the work created or changed (`## FILES MODIFIED (Phase 3)`). */
const FILES_HEADING =
  /\b(?:files?\s+(?:created|modified|changed|added|touched|fixed|updated)|(?:created|modified|changed|new)\s+files|file inventory)\b/i

/** Code fences in these languages hold source, not pasted tool output. */
const SOURCE_LANGUAGES = new Set([
  'ts',
  'typescript',
  'js',
  'javascript',
  'tsx',
  'jsx',
  'json',
  'jsonc',
  'yaml',
  'yml',
  'sql',
  'python',
  'py',
  'go',
  'rust',
  'toml',
  'html',
  'css',
  'diff',
  'mermaid',
  'dockerfile',
  'ini',
  'xml'
])

/** Table columns that hold the past, a target or a change rather than the current value. */
/** Columns that make a table a progression over time, whose last column is the current value. */
const PROGRESSION_COLUMN =
  /^(?:before|baseline|start|session start|initial|was|previous|old|week|hour|phase|session|day|sprint)\b/i

const PAST_COLUMN =
  /^(before|baseline|start|session start|initial|was|previous|old|target|goal|expected|delta|change|diff|Δ|notes?|impact|owner|eta|priority)\b/i

export function markdownSegments(markdown: string): Segment[] {
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const lines = markdown.split(/\r?\n/)
  const out: Segment[] = []
  const headingIntent: boolean[] = []
  const headingFiles: boolean[] = []
  let section = ''
  const visit = (node: Nodes, intent: boolean, fileList: boolean): void => {
    switch (node.type) {
      case 'heading':
        section = normalizeLine(plainText(node))
        headingIntent.length = node.depth
        headingIntent[node.depth - 1] = node.depth > 1 && INTENT_HEADING.test(section)
        headingFiles.length = node.depth
        headingFiles[node.depth - 1] = FILES_HEADING.test(section)
        if (!headingIntent.some(Boolean)) pushLines(out, lines, node, 'heading')
        return
      case 'paragraph':
        if (!intent) pushLines(out, lines, node, 'prose', fileList)
        return
      case 'listItem':
        // An unchecked box is something still to do, never a claim.
        if (node.checked === false) return
        visitChildren(node, intent, fileList)
        return
      case 'table':
        if (!intent) pushTable(out, lines, node)
        return
      case 'code':
        if (!intent) pushCode(out, lines, node)
        return
      case 'html':
        return
      case 'thematicBreak':
        // A rule ends the section of a goals or next-steps heading; what follows is the report again.
        headingIntent.fill(false)
        return
      default:
        if ('children' in node) visitChildren(node as Parent, intent, fileList)
    }
  }
  /** Walks siblings in order, so a `Created:` label can mark the list that follows it. */
  const visitChildren = (parent: Parent, intent: boolean, fileList: boolean): void => {
    let listFollows = false
    for (const child of parent.children as Nodes[]) {
      const atRoot = parent.type === 'root'
      // Only an item's own line names its file; lists nested in it describe the change.
      const inherited = fileList && !(parent.type === 'listItem' && child.type === 'list')
      const underFilesHeading = atRoot && child.type === 'list' && headingFiles.some(Boolean)
      const first = out.length
      visit(
        child,
        atRoot ? headingIntent.some(Boolean) : intent,
        inherited || underFilesHeading || (listFollows && child.type === 'list')
      )
      if (atRoot && section) for (let i = first; i < out.length; i++) out[i] = { ...(out[i] as Segment), section }
      listFollows =
        (child.type === 'paragraph' || child.type === 'heading') &&
        FILE_LIST_LABEL.test(normalizeLine(plainText(child)))
    }
  }
  visitChildren(tree, false, false)
  return out
}

function pushLines(out: Segment[], lines: string[], node: Nodes, kind: Segment['kind'], fileList = false): void {
  const start = node.position?.start.line
  const end = node.position?.end.line
  if (!start || !end) return
  for (let line = start; line <= end; line++) {
    const source = (lines[line - 1] ?? '').trim()
    if (source) out.push({ line, source, text: normalizeLine(source), kind, ...(fileList ? { fileList } : {}) })
  }
}

function pushCode(out: Segment[], lines: string[], node: Code): void {
  if (node.lang && SOURCE_LANGUAGES.has(node.lang.toLowerCase())) return
  const start = node.position?.start.line ?? 1
  // A fenced block's text starts on the line after its fence; an indented block's on its first line.
  const fenced = /^\s*(?:```|~~~)/.test(lines[start - 1] ?? '')
  const first = fenced ? start + 1 : start
  node.value.split(/\r?\n/).forEach((source, i) => {
    if (source.trim()) out.push({ line: first + i, source: source.trim(), text: normalizeLine(source), kind: 'output' })
  })
}

/**
 * A row becomes `label: value | value`, so matchers read tables as key-value lines. Columns that
 * hold history, targets or deltas are left out; with a before/after layout the last remaining column
 * is the claim.
 */
function pushTable(out: Segment[], lines: string[], table: Table): void {
  const [header, ...rows] = table.children
  if (!header) return
  const titles = header.children.map((cell) => plainText(cell).trim())
  const keep = titles.map((title, i) => i === 0 || !PAST_COLUMN.test(title))
  const progression = titles.length > 2 && titles.some((t, i) => i > 0 && PROGRESSION_COLUMN.test(t))
  for (const row of rows) {
    const cells = row.children.map((cell) => normalizeLine(sourceOf(lines, cell)))
    const values = cells.slice(1).filter((_, i) => keep[i + 1] !== false && cells[i + 1])
    const shown = progression ? values.slice(-1) : values
    const line = row.position?.start.line
    if (!line || !cells[0]) continue
    const text = shown.length ? `${cells[0]}: ${shown.join(' | ')}` : cells[0]
    out.push({ line, source: (lines[line - 1] ?? '').trim(), text, kind: 'table' })
  }
}

function sourceOf(lines: string[], node: Nodes): string {
  const start = node.position?.start
  const end = node.position?.end
  if (!start || !end || start.line !== end.line) return plainText(node)
  return (lines[start.line - 1] ?? '')
    .slice(start.column - 1, end.column - 1)
    .replace(/^\|/, '')
    .replace(/\|$/, '')
}

function plainText(node: Nodes | Heading | List): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('')
  return ''
}
