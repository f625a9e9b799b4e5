import type { Block } from './block-scanner.js'
import { scanBlocks, tableCells } from './block-scanner.js'
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
  /** The nearest heading above the line, as written: the matchers normalize it when they need it. */
  section?: string
  /** The part a table row names, in a table of parts and checks (`| Package | Tests |`) or of test suites. */
  scope?: string
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

/** A word that PROGRESSION_COLUMN or PAST_COLUMN needs. */
const COLUMN_WORD =
  /before|baseline|start|initial|was|previous|old|week|hour|phase|session|day|sprint|target|goal|expected|delta|change|diff|Δ|note|impact|owner|eta|priority/i

/**
 * Whether a column title could name the past, a target or a step once normalized. The column words are
 * single words, so an aside that normalizing removes brings none together.
 */
function mayNameColumn(title: string): boolean {
  return COLUMN_WORD.test(title) || mayJoinWords(title)
}

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
  fileList = false,
  scope: string | undefined = undefined
) {
  output.out.push({ line, source: source.trim(), text, kind, fileList, section: output.section, scope })
}

/** marked is loaded only for a report the scanner leaves to it; most runs never load it. */
let markedBlocks: Promise<(markdown: string) => Block[]> | undefined

function loadMarked(): Promise<(markdown: string) => Block[]> {
  return (markedBlocks ??= import('./marked-blocks.js').then((module) => module.markedBlocks))
}

/**
 * Splits a report into located lines. `keep` sees each line's source before it is normalized: lines it
 * turns down are left out, which spares the normalizing of lines no matcher could read.
 */
export async function markdownSegments(
  markdown: string,
  keep: (source: string) => boolean = () => true
): Promise<Segment[]> {
  const unix = markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown
  const lines = unix.split('\n')
  const blocks = scanBlocks(unix, lines) ?? (await loadMarked())(unix)
  return segmentsOf(lines, blocks, keep)
}

/** The segments of a report's blocks: headings open sections, and a section of goals or plans is skipped. */
export function segmentsOf(lines: string[], blocks: Block[], keep: (source: string) => boolean): Segment[] {
  const output: Output = { lines, out: [], keep, section: '' }
  // The headings above that state intent or head lists of files, a bit for each depth.
  let intentHeadings = 0
  let filesHeadings = 0
  // The block before, whose text may be a file list label: asked only of a block a list follows.
  let before: Block | undefined
  for (const block of blocks) {
    const intent = intentHeadings !== 0
    switch (block.type) {
      case 'heading': {
        const normalized = mayNameIntentOrFiles(block.text) ? normalizeLine(block.text) : ''
        output.section = block.text
        // A heading ends the sections of headings at its depth and deeper.
        const bit = 1 << (block.depth - 1)
        intentHeadings &= bit - 1
        if (block.depth > 1 && INTENT_HEADING.test(normalized)) intentHeadings |= bit
        filesHeadings &= bit - 1
        if (FILES_HEADING.test(normalized)) filesHeadings |= bit
        if (intentHeadings === 0) pushLines(output, block.line, block.count, 'heading')
        break
      }
      case 'paragraph':
      case 'blockquote':
        if (!intent) pushLines(output, block.line, block.count, 'prose')
        break
      case 'list':
        // Under a plan, a checked box says the thing is done: `## Test plan` and `- [x] npm test: 4/4 passing`.
        pushList(output, block.line, block.count, isFileListLabel(before) || filesHeadings !== 0, intent)
        break
      case 'table':
        if (!intent) pushTable(output, block.line, block.rows, block.columns)
        break
      case 'code':
        if (!intent && !(block.lang && SOURCE_LANGUAGES.has(block.lang.toLowerCase()))) {
          pushLines(output, block.line, block.count, 'output')
        }
        break
      case 'hr':
        // A rule ends the section of a goals or next-steps heading; what follows is the report again.
        intentHeadings = 0
        break
    }
    before = block
  }
  return output.out
}

/**
 * Characters that normalizing may remove from within a word (markup, a variation selector, mojibake
 * of one) or with the letters around them (a tag).
 */
const JOINS_WORDS = /[<*_~`\u00c2-\u00f4]|\ufe0f/

/**
 * Whether normalizing could join a text's words: it removes the characters of JOINS_WORDS, and a
 * link's address or an image, which `](` starts. Without them, it keeps each word of the text whole.
 */
function mayJoinWords(text: string): boolean {
  return JOINS_WORDS.test(text) || text.includes('](')
}

/**
 * Normalizing also removes an aside about the past (`(was …)`, `(from …)`), which can bring the words
 * of a spaced phrase together (`How (was v1) to`). The aside starts with `(` and holds one of these
 * words, or one INTENT_OR_FILES_WORD finds anyway.
 */
const ASIDE_WORD = /from|was|previous|earlier|originally|initially|last/i
/** A word that INTENT_HEADING or FILES_HEADING needs, or the first of its words; phrases may be spaced. */
const INTENT_OR_FILES_WORD =
  /goal|target|next|plan|to[^a-z]*do|roadmap|acceptance|expected|success|what|left|remaining|open[^a-z]*item|future|recommendation|lesson|blocker|how[^a-z]*to|instruction|file/i

/**
 * Whether a heading could name intent or files once normalized. Most headings cannot, and this costs
 * a fraction of normalizing them.
 */
function mayNameIntentOrFiles(heading: string): boolean {
  if (INTENT_OR_FILES_WORD.test(heading) || mayJoinWords(heading)) return true
  return heading.includes('(') && ASIDE_WORD.test(heading)
}

/** Every file list label holds one of these words; most paragraphs hold none and need no normalizing. */
const FILE_LIST_WORD = /created|added|modified|changed|updated|fixed|touched|deliverables|new/i

/** Whether a block is a paragraph or heading that labels the list after it (`Files created:`). */
function isFileListLabel(block: Block | undefined): boolean {
  if (block?.type !== 'paragraph' && block?.type !== 'heading') return false
  return FILE_LIST_WORD.test(block.text) && FILE_LIST_LABEL.test(normalizeLine(block.text))
}

function pushLines(output: Output, start: number, count: number, kind: Segment['kind']): void {
  const { lines, keep } = output
  for (let line = start; line < start + count; line++) {
    const source = lines[line - 1] ?? ''
    if (holdsOnlyWhitespace(source) || !keep(source)) continue
    addSegment(output, line, source, normalizeLine(source), kind)
  }
}

/** Blank as `trim` sees it, which counts more characters as whitespace than markdown-lines' `isBlank`. */
function holdsOnlyWhitespace(source: string): boolean {
  return indentation(source) === source.length
}

/** How much whitespace `trimStart` would take off; most lines start with a printable ASCII character. */
function indentation(source: string): number {
  const first = source.charCodeAt(0)
  if (first > 32 && first < 128) return 0
  return source.length - source.trimStart().length
}

const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/
const UNCHECKED = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]/
const CHECKED = /^\s*(?:[-*+]|\d+[.)])\s+\[[xX]\]/

/**
 * A list, line by line: an unchecked box is something still to do, never a claim, so it silences its
 * item down to the next bullet at or above its indentation. In a file list only the top-level items
 * name files; deeper ones describe the change. With `checkedOnly`, only items with a checked box are read.
 */
function pushList(output: Output, start: number, count: number, fileList: boolean, checkedOnly: boolean): void {
  const { lines, keep } = output
  let silencedAbove: number | undefined
  let topIndent: number | undefined
  let itemIndent = 0
  for (let line = start; line < start + count; line++) {
    const source = lines[line - 1] ?? ''
    const indent = indentation(source)
    if (indent === source.length) continue
    if (checkedOnly && !(source.includes('[') && CHECKED.test(source))) continue
    const bullet = BULLET.test(source)
    if (silencedAbove !== undefined) {
      if (!bullet || indent > silencedAbove) continue
      silencedAbove = undefined
    }
    if (bullet && source.includes('[ ]') && UNCHECKED.test(source)) {
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

/**
 * A row becomes `label: value | value`, so matchers read tables as key-value lines. Columns that
 * hold history, targets or deltas are left out; with a before/after layout the last remaining column
 * is the claim.
 */
function pushTable(output: Output, start: number, rows: number, count: number): void {
  const { lines, keep } = output
  const header = lines[start - 1] ?? ''
  // A table of parts holds its check words in the header, not in its rows.
  const checks = PART_HEADER.test(header) ? checkColumns(tableCells(header)) : undefined
  let columns: Columns | undefined
  for (let line = start + 2; line < start + 2 + rows; line++) {
    const source = lines[line - 1] ?? ''
    if (checks) {
      pushParts(output, line, source, tableCells(source, count), checks)
      continue
    }
    if (!keep(source)) continue
    // The header is read only for a table with a row some matcher could read.
    columns ??= tableColumns(tableCells(header))
    const row = tableCells(source, count)
    const label = normalizeLine(row[0] ?? '')
    if (!label) continue
    const shown = rowValues(row, columns)
    const text = shown.length ? `${label}: ${shown.join(' | ')}` : label
    addSegment(output, line, source, text, 'table')
  }
}

/**
 * A row of a table of parts and checks (`| packages/core | 88/88 ✅ | ❌ 2 errors |`): each cell is a
 * claim about the row's part, read as `tests: 88/88 ✅`. A total row speaks of the whole repository.
 */
function pushParts(
  output: Output,
  line: number,
  source: string,
  row: string[],
  checks: Array<string | undefined>
): void {
  const label = normalizeLine(row[0] ?? '')
  if (!label) return
  const scope = WHOLE_ROW.test(label) ? undefined : label.toLowerCase()
  checks.forEach((check, i) => {
    const cell = `${check}: ${row[i] ?? ''}`
    if (check && output.keep(cell)) addSegment(output, line, source, normalizeLine(cell), 'table', false, scope)
  })
}

/**
 * A row's values from the columns that hold the current value, without empty cells; of a progression,
 * only the last. Only those cells are normalized: the others are never shown.
 */
function rowValues(row: string[], columns: { keep: boolean[]; progression: boolean }): string[] {
  const values: string[] = []
  for (let i = row.length - 1; i >= 1; i--) {
    if (columns.keep[i] === false) continue
    const value = normalizeLine(row[i] as string)
    if (!value) continue
    values.unshift(value)
    if (columns.progression) break
  }
  return values
}

interface Columns {
  keep: boolean[]
  progression: boolean
}

/** Which columns hold the current value, and whether the table is a progression over time. */
function tableColumns(header: string[]): Columns {
  // The first column is the label, whatever its title: only the others are read.
  const titles = header.map((cell, i) => (i > 0 && mayNameColumn(cell) ? normalizeLine(cell) : ''))
  return {
    keep: titles.map((title, i) => i === 0 || !PAST_COLUMN.test(title)),
    progression: titles.length > 2 && titles.some((t, i) => i > 0 && PROGRESSION_COLUMN.test(t))
  }
}

/** A header that may start with a column of parts; most tables' headers do not. */
const PART_HEADER =
  /^\s*\|?\s*[*_]*(?:package|app|application|workspace|module|service|project|component|librar|lib|crate|folder|director|area|suite|test)/i
/** A first column of parts of the repository: `| Package | Tests | Types |`. */
const PART_COLUMN =
  /^(?:packages?|apps?|applications?|workspaces?|modules?|services?|projects?|components?|librar(?:y|ies)|libs?|crates?|folders?|directories|areas?)$/i
/** A first column of test suites, whose other columns all speak of tests: `| Test suite | Status | Count |`. */
const SUITE_COLUMN = /^(?:test\s+)?(?:suites?|groups?|categor(?:y|ies)|files?)$|^test\s+types?$/i
/** A column of a suite table and the words the matchers read its cells by. */
const SUITE_COLUMNS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:status|results?|counts?|tests?|total)$/i, 'tests'],
  [/^(?:passing|passed|pass)$/i, 'passing tests'],
  [/^(?:failing|failed|fail(?:ures)?)$/i, 'failing tests']
]
/** A column title that names a check, with the words the matchers read it by. */
const CHECK_COLUMNS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:unit\s+)?tests?$/i, 'tests'],
  [/^(?:types?|type[- ]?check(?:ing)?|typescript|tsc)$/i, 'typecheck'],
  [/^(?:lint(?:ing)?|eslint)$/i, 'lint'],
  [/^builds?$/i, 'build'],
  [/^(?:audit|vulnerabilities|security)$/i, 'vulnerabilities'],
  [/^coverage$/i, 'coverage']
]
/** A row of a table of parts that adds them up. */
const WHOLE_ROW = /^(?:total|all|overall|repository|repo|whole|sum|everything)\b/i

/** For a table of parts and checks, the check each column holds; otherwise undefined. */
function checkColumns(header: string[]): Array<string | undefined> | undefined {
  const first = normalizeLine(header[0] ?? '')
  const columns = PART_COLUMN.test(first) ? CHECK_COLUMNS : SUITE_COLUMN.test(first) ? SUITE_COLUMNS : undefined
  if (!columns) return undefined
  const checks = header.map((title, i) => {
    const plain = i > 0 ? normalizeLine(title) : ''
    return columns.find(([pattern]) => pattern.test(plain))?.[1]
  })
  return checks.some(Boolean) ? checks : undefined
}
