#!/usr/bin/env node
/**
 * A stand-in for the `ruff` command, for tests only. The ruff binary comes from PyPI, which these
 * machines cannot reach; npm holds ruff's own rules engine compiled to WebAssembly
 * (@astral-sh/ruff-wasm-nodejs). This script runs that engine on a project's Python files and prints
 * what `ruff check --output-format json` prints: a JSON array with one object per diagnostic
 * (`code`, `message`, `filename`, `location` and `end_location` as row and column, `noqa_row`, `fix`).
 *
 * The diagnostics are ruff's own. What is this script's: finding the files (every .py and .pyi file,
 * leaving out the folders ruff leaves out by default), reading `line-length`, `select`, `extend-select`
 * and `ignore` from `ruff.toml`, `.ruff.toml` or pyproject's `[tool.ruff]` (simple values only), and the
 * JSON layout, which lacks the real one's `url` and the fix's `applicability`.
 * Exit codes are ruff's: 0 clean, 1 diagnostics found, 2 the run failed.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs')

const SKIPPED_DIRS = new Set([
  '.git',
  '.hg',
  '.mypy_cache',
  '.ruff_cache',
  '.tox',
  '.venv',
  '__pycache__',
  '__pypackages__',
  'build',
  'dist',
  'node_modules',
  'venv'
])

function fail(message) {
  process.stderr.write(`ruff failed\n  Cause: ${message}\n`)
  process.exit(2)
}

function parseArgs(argv) {
  const options = { format: 'full', exitZero: false, paths: [] }
  if (argv[0] === '--version') {
    process.stdout.write(`ruff ${Workspace.version()}\n`)
    process.exit(0)
  }
  if (argv[0] !== 'check') fail(`unsupported command: ${argv[0] ?? '(none)'}; this stand-in runs only \`ruff check\``)
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--output-format') options.format = argv[++i]
    else if (arg.startsWith('--output-format=')) options.format = arg.slice('--output-format='.length)
    else if (arg === '--no-cache' || arg === '--quiet' || arg === '-q') continue
    else if (arg === '--exit-zero') options.exitZero = true
    else if (arg.startsWith('-')) fail(`unexpected argument '${arg}'`)
    else options.paths.push(arg)
  }
  if (!options.paths.length) options.paths.push('.')
  return options
}

/** The values of simple `key = value` lines (numbers, strings, arrays of strings) in the given TOML tables. */
function tomlValues(text, tables) {
  const values = {}
  let table = ''
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s+#.*$/, '').trim()
    const header = /^\[([^\]]+)\]$/.exec(line)
    if (header) {
      table = header[1].trim()
      continue
    }
    const pair = /^([\w-]+)\s*=\s*(.*)$/.exec(line)
    if (!pair || !tables.includes(table)) continue
    let value = pair[2]
    while (value.startsWith('[') && !value.includes(']') && i + 1 < lines.length) value += lines[++i].trim()
    try {
      values[pair[1]] = JSON.parse(value.replace(/'/g, '"').replace(/,\s*]/, ']'))
    } catch {
      fail(`cannot read \`${pair[1]} = ${pair[2]}\` in table [${table}]`)
    }
  }
  return values
}

function readSettings(root) {
  for (const name of ['ruff.toml', '.ruff.toml']) {
    const path = join(root, name)
    if (existsSync(path)) return tomlValues(readFileSync(path, 'utf8'), ['', 'lint'])
  }
  const pyproject = join(root, 'pyproject.toml')
  return existsSync(pyproject) ? tomlValues(readFileSync(pyproject, 'utf8'), ['tool.ruff', 'tool.ruff.lint']) : {}
}

function pythonFiles(path, found = []) {
  if (statSync(path).isFile()) return /\.pyi?$/.test(path) ? [...found, path] : found
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) pythonFiles(join(path, entry.name), found)
    else if (entry.isFile() && /\.pyi?$/.test(entry.name)) found.push(join(path, entry.name))
  }
  return found
}

function workspace(settings) {
  const lint = {}
  for (const key of ['select', 'extend-select', 'ignore']) if (settings[key]) lint[key] = settings[key]
  const options = { lint, ...(settings['line-length'] ? { 'line-length': settings['line-length'] } : {}) }
  try {
    return new Workspace(options, PositionEncoding.Utf16)
  } catch (error) {
    fail(String(error instanceof Error ? error.message : error))
  }
}

const location = ({ row, column }) => ({ column, row })

const options = parseArgs(process.argv.slice(2))
const ruff = workspace(readSettings(process.cwd()))
const diagnostics = []
for (const path of options.paths) {
  const absolute = resolve(path)
  if (!existsSync(absolute)) fail(`${path}: No such file or directory`)
  for (const file of pythonFiles(absolute)) {
    for (const d of ruff.check(readFileSync(file, 'utf8'))) {
      diagnostics.push({
        cell: null,
        code: d.code,
        end_location: location(d.end_location),
        filename: file,
        fix: d.fix ? { edits: d.fix.edits, message: d.fix.message } : null,
        location: location(d.start_location),
        message: d.message,
        noqa_row: d.start_location.row
      })
    }
  }
}
diagnostics.sort(
  (a, b) =>
    a.filename.localeCompare(b.filename) || a.location.row - b.location.row || a.location.column - b.location.column
)
if (options.format === 'json') process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`)
else {
  for (const d of diagnostics)
    process.stdout.write(`${d.filename}:${d.location.row}:${d.location.column}: ${d.code} ${d.message}\n`)
  process.stdout.write(diagnostics.length ? `Found ${diagnostics.length} errors.\n` : 'All checks passed!\n')
}
process.exit(diagnostics.length && !options.exitZero ? 1 : 0)
