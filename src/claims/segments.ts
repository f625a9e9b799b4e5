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
}

/** A label that introduces a list of files the work created or changed. */
export const FILE_LIST_LABEL =
  /^(?:new\s+)?(?:files?\s+)?(?:created|added|modified|changed|updated|fixed|touched|deliverables|new files?)(?:\s+files?)?\s*(?:\(\d+\))?\s*:?\s*$/i

/** Headings under which lines state intent or history, not the current state. */
const INTENT_HEADING =
  /\b(goals?|targets?|next steps?|next session|plan(?:ned|s)?|todo|to do|roadmap|acceptance criteria|expected|success criteria|what'?s needed|future|recommendations?|lessons|risks?|blockers? to|how to|instructions?|checklist)\b/i

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
const PAST_COLUMN =
  /^(before|baseline|start|session start|initial|was|previous|old|target|goal|expected|delta|change|diff|Δ|notes?|impact|owner|eta|priority)\b/i

export function markdownSegments(markdown: string): Segment[] {
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const lines = markdown.split(/\r?\n/)
  const out: Segment[] = []
  const headingIntent: boolean[] = []
  const visit = (node: Nodes, intent: boolean, fileList: boolean): void => {
    switch (node.type) {
      case 'heading':
        headingIntent.length = node.depth
        headingIntent[node.depth - 1] = node.depth > 1 && INTENT_HEADING.test(plainText(node))
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
        if (!intent) pushCode(out, node)
        return
      case 'html':
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
      visit(child, atRoot ? headingIntent.some(Boolean) : intent, inherited || (listFollows && child.type === 'list'))
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

function pushCode(out: Segment[], node: Code): void {
  if (node.lang && SOURCE_LANGUAGES.has(node.lang.toLowerCase())) return
  const first = (node.position?.start.line ?? 0) + 1
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
  const progression = titles.length > 2 && titles.some((t, i) => i > 0 && PAST_COLUMN.test(t))
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
