import { Lexer } from 'marked'
import type { Token, Tokens } from 'marked'
import { BlockTokenizer } from './block-tokenizer.js'
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

/** Columns that make a table a progression over time, whose last column is the current value. */
const PROGRESSION_COLUMN =
  /^(?:before|baseline|start|session start|initial|was|previous|old|week|hour|phase|session|day|sprint)\b/i

/** Table columns that hold the past, a target or a change rather than the current value. */
const PAST_COLUMN =
  /^(before|baseline|start|session start|initial|was|previous|old|target|goal|expected|delta|change|diff|Δ|notes?|impact|owner|eta|priority)\b/i

/**
 * Where a block's lines go: the report's lines, the segments so far, which lines are wanted, and the
 * section they are in.
 */
interface Output {
  lines: string[]
  out: Segment[]
  keep: (source: string) => boolean
  section: string
}

/**
 * Every segment is made here, with every field in one order, so the matchers see segments of one
 * shape: each new shape makes the optimizing compiler discard the code it made for them.
 */
function addSegment(
  output: Output,
  line: number,
  source: string,
  text: string,
  kind: Segment['kind'],
  fileList = false
) {
  output.out.push({ line, source: source.trim(), text, kind, fileList, section: output.section })
}

/**
 * Splits a report into located lines. The block structure comes from marked's GFM lexer, whose tokens'
 * raw text concatenates back to the source exactly, so each token's first line is known by counting.
 * `keep` sees each line's source before it is normalized: lines it turns down are left out, which spares
 * the normalizing of lines no matcher could read.
 */
export function markdownSegments(markdown: string, keep: (source: string) => boolean = () => true): Segment[] {
  const output: Output = { lines: splitLines(markdown), out: [], keep, section: '' }
  const headingIntent: boolean[] = []
  const headingFiles: boolean[] = []
  let line = 1
  let labelBefore = false
  for (const token of blockTokens(markdown)) {
    const start = line
    line += newlines(token.raw)
    const intent = headingIntent.some(Boolean)
    switch (token.type) {
      case 'heading':
        output.section = normalizeLine(token.text)
        headingIntent.length = token.depth
        headingIntent[token.depth - 1] = token.depth > 1 && INTENT_HEADING.test(output.section)
        headingFiles.length = token.depth
        headingFiles[token.depth - 1] = FILES_HEADING.test(output.section)
        if (!headingIntent.some(Boolean)) pushLines(output, start, token.raw, 'heading')
        break
      case 'paragraph':
      case 'blockquote':
        if (!intent) pushLines(output, start, token.raw, 'prose')
        break
      case 'list':
        if (!intent) pushList(output, start, token.raw, labelBefore || headingFiles.some(Boolean))
        break
      case 'table':
        if (!intent) pushTable(output, start, token as Tokens.Table)
        break
      case 'code':
        if (!intent) pushCode(output, start, token as Tokens.Code)
        break
      case 'hr':
        // A rule ends the section of a goals or next-steps heading; what follows is the report again.
        headingIntent.fill(false)
        break
    }
    if (token.type !== 'space') {
      labelBefore = (token.type === 'paragraph' || token.type === 'heading') && isFileListLabel(token.text)
    }
  }
  return output.out
}

/**
 * Block tokens only: headings, lists, tables and code keep their text at this stage, and the inline
 * pass (emphasis, links) that `lex` adds costs a third of the parse for nothing the matchers read.
 */
function blockTokens(markdown: string): Token[] {
  const unix = markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown
  return new Lexer({ gfm: true, tokenizer: new BlockTokenizer() }).blockTokens(unix)
}

function splitLines(markdown: string): string[] {
  return markdown.includes('\r') ? markdown.split(/\r?\n/) : markdown.split('\n')
}

/** Every file list label holds one of these words; most paragraphs hold none and need no normalizing. */
const FILE_LIST_WORD = /created|added|modified|changed|updated|fixed|touched|deliverables|new/i

function isFileListLabel(text: string): boolean {
  return FILE_LIST_WORD.test(text) && FILE_LIST_LABEL.test(normalizeLine(text))
}

function newlines(text: string): number {
  let count = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++
  return count
}

/** How many lines a token's raw text spans, not counting the blank lines it ends with. */
function lineCount(raw: string): number {
  let end = raw.length
  while (end > 0 && raw.charCodeAt(end - 1) === 10) end--
  let count = 1
  for (let i = raw.indexOf('\n'); i >= 0 && i < end; i = raw.indexOf('\n', i + 1)) count++
  return count
}

function pushLines(output: Output, start: number, raw: string, kind: Segment['kind']): void {
  const { lines, keep } = output
  const count = lineCount(raw)
  for (let line = start; line < start + count; line++) {
    const source = lines[line - 1] ?? ''
    if (isBlank(source) || !keep(source)) continue
    addSegment(output, line, source, normalizeLine(source), kind)
  }
}

function isBlank(source: string): boolean {
  return source.length === 0 || !source.trim()
}

const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/
const UNCHECKED = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]/

/**
 * A list, line by line: an unchecked box is something still to do, never a claim, so it silences its
 * item down to the next bullet at or above its indentation. In a file list only the top-level items
 * name files; deeper ones describe the change.
 */
function pushList(output: Output, start: number, raw: string, fileList: boolean): void {
  const { lines, keep } = output
  let silencedAbove: number | undefined
  let topIndent: number | undefined
  let itemIndent = 0
  const count = lineCount(raw)
  for (let line = start; line < start + count; line++) {
    const source = lines[line - 1] ?? ''
    if (isBlank(source)) continue
    const indent = source.length - source.trimStart().length
    const bullet = BULLET.test(source)
    if (silencedAbove !== undefined) {
      if (!bullet || indent > silencedAbove) continue
      silencedAbove = undefined
    }
    if (UNCHECKED.test(source)) {
      silencedAbove = indent
      continue
    }
    if (bullet) itemIndent = indent
    topIndent ??= itemIndent
    const inFileList = fileList && itemIndent <= topIndent
    if (!inFileList && !keep(source)) continue
    addSegment(output, line, source, normalizeLine(source), 'prose', inFileList)
  }
}

function pushCode(output: Output, start: number, code: Tokens.Code): void {
  const { lines, keep } = output
  if (code.lang && SOURCE_LANGUAGES.has(code.lang.toLowerCase())) return
  // A fenced block's text starts on the line after its fence; an indented block's on its first line.
  const first = code.codeBlockStyle === 'indented' ? start : start + 1
  const count = newlines(code.text) + 1
  for (let line = first; line < first + count; line++) {
    const source = lines[line - 1] ?? ''
    if (isBlank(source) || !keep(source)) continue
    addSegment(output, line, source, normalizeLine(source), 'output')
  }
}

/**
 * A row becomes `label: value | value`, so matchers read tables as key-value lines. Columns that
 * hold history, targets or deltas are left out; with a before/after layout the last remaining column
 * is the claim.
 */
function pushTable(output: Output, start: number, table: Tokens.Table): void {
  const { lines, keep } = output
  let columns: { keep: boolean[]; progression: boolean } | undefined
  table.rows.forEach((row, r) => {
    const line = start + 2 + r
    const source = lines[line - 1] ?? ''
    if (!keep(source)) return
    // The header is read only for a table with a row some matcher could read.
    columns ??= tableColumns(table)
    const label = normalizeLine(row[0]?.text ?? '')
    if (!label) return
    const shown = rowValues(row, columns)
    const text = shown.length ? `${label}: ${shown.join(' | ')}` : label
    addSegment(output, line, source, text, 'table')
  })
}

/**
 * A row's values from the columns that hold the current value, without empty cells; of a progression,
 * only the last. Only those cells are normalized: the others are never shown.
 */
function rowValues(row: Tokens.TableCell[], columns: { keep: boolean[]; progression: boolean }): string[] {
  const values: string[] = []
  for (let i = row.length - 1; i >= 1; i--) {
    if (columns.keep[i] === false) continue
    const value = normalizeLine((row[i] as Tokens.TableCell).text)
    if (!value) continue
    values.unshift(value)
    if (columns.progression) break
  }
  return values
}

/** Which columns hold the current value, and whether the table is a progression over time. */
function tableColumns(table: Tokens.Table): { keep: boolean[]; progression: boolean } {
  const titles = table.header.map((cell) => normalizeLine(cell.text))
  return {
    keep: titles.map((title, i) => i === 0 || !PAST_COLUMN.test(title)),
    progression: titles.length > 2 && titles.some((t, i) => i > 0 && PROGRESSION_COLUMN.test(t))
  }
}
