import { join } from 'node:path'
import * as z from 'zod/mini'
import type { LineOf } from '../zod-english.js'
import { describeIssues } from '../zod-english.js'
import { ConfigurationError, counted, getErrorMessage } from '../errors.js'
import type { Claim, ClaimKind } from '../model.js'
import { CLAIM_KINDS, claimValueType } from '../model.js'
import type { FileSystem } from '../ports/file-system.js'
import { expectFile } from '../ports/file-system.js'
import type { Glob } from '../glob.js'
import { compileGlob } from '../glob.js'
import { MAX_REPORT_BYTES } from './find-reports.js'

/** The largest claims file read, in bytes, as for a report. */
export const MAX_CLAIMS_FILE_BYTES = MAX_REPORT_BYTES

/** The most entries a list of the claims file (claims, ignore rules, report globs) may hold. */
export const MAX_LIST_ENTRIES = 10_000

/** Where the claims file is looked for, in order. */
export const CONFIG_PATHS = ['.github/readiness.yml', '.github/readiness.yaml', '.github/readiness.json']

const text = () => z.string().check(z.minLength(1))

const declaredClaim = z
  .strictObject({
    kind: z.enum(CLAIM_KINDS),
    value: z.union([z.number(), z.boolean(), text()]),
    bound: z.optional(z.enum(['atLeast', 'approx'])),
    scope: z.optional(text()),
    text: z.optional(text())
  })
  .check(
    z.superRefine((claim, ctx) => {
      const expected = claimValueType(claim.kind)
      if (typeof claim.value !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `a ${claim.kind} claim takes a ${expected}`
        })
      }
    })
  )

const ignoreRule = z.strictObject({
  file: text(),
  line: z.optional(z.int().check(z.positive())),
  kind: z.optional(z.enum(CLAIM_KINDS)),
  text: z.optional(text())
})

export const claimsFileSchema = z.strictObject({
  version: z.optional(z.literal(1)),
  reports: z.optional(z.array(text())),
  claims: z.optional(z.array(declaredClaim)),
  ignore: z.optional(z.array(ignoreRule)),
  disable: z.optional(z.array(z.enum(CLAIM_KINDS)))
})

export type IgnoreRule = z.infer<typeof ignoreRule>

export interface ClaimsFile {
  path: string
  reports?: string[]
  claims: Claim[]
  ignore: IgnoreRule[]
  /** Claim kinds the team does not want checked at all. */
  disable: ClaimKind[]
}

/** Reads and validates the claims file, if the repository has one. Every problem is reported at once. */
export async function readClaimsFile(fs: FileSystem, root: string, explicit?: string): Promise<ClaimsFile | undefined> {
  const path = explicit ?? CONFIG_PATHS.find((candidate) => fs.exists(join(root, candidate)))
  if (!path) return undefined
  const size = expectFile(fs, join(root, path), `The claims file ${path}`)
  // Parsing YAML took 0.8 s and 85 MB of memory for each megabyte of a claims file.
  if (size > MAX_CLAIMS_FILE_BYTES)
    throw new ConfigurationError(
      `The claims file ${path} may be at most ${MAX_CLAIMS_FILE_BYTES} bytes; received ${size}`
    )
  return parseClaimsFile(path, await fs.readText(join(root, path)))
}

/**
 * Pure: the text of a claims file in, validated claims and rules out. The YAML parser is loaded here,
 * when a repository has a claims file, not at every start.
 */
export async function parseClaimsFile(path: string, text: string): Promise<ClaimsFile> {
  const { LineCounter, parseDocument } = await import('../yaml.js')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: true })
  if (document.errors.length) {
    const problems = document.errors.map(
      (e) =>
        `line ${e.linePos?.[0]?.line ?? '?'}: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`
    )
    throw new ConfigurationError(
      `${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}:\n  ${problems.join('\n  ')}`
    )
  }
  /** The line of a value, or of its nearest parent when the value is missing. */
  const lineOf: LineOf = (keys) => {
    for (let depth = keys.length; depth > 0; depth--) {
      const node = document.getIn(keys.slice(0, depth), true) as { range?: [number, number, number] } | undefined
      if (node?.range) return lineCounter.linePos(node.range[0]).line
    }
    return undefined
  }
  const data = dataOf(path, document)
  refuseLongLists(path, data, lineOf)
  const result = claimsFileSchema.safeParse(data ?? {})
  if (!result.success) {
    const { issues } = result.error
    const problems = describeIssues(issues, data, lineOf)
    throw new ConfigurationError(`${path} has ${counted(issues.length, 'problem')}:\n  ${problems.join('\n  ')}`)
  }
  const { reports, claims = [], ignore = [], disable = [] } = result.data
  return {
    path,
    reports,
    ignore,
    disable,
    claims: claims.map((claim, i) => ({
      file: path,
      line: lineOf(['claims', i]) ?? 1,
      text: claim.text ?? `${claim.kind}: ${String(claim.value)}`,
      kind: claim.kind,
      claimed: claim.value,
      ...(claim.bound ? { bound: claim.bound } : {}),
      ...(claim.scope ? { scope: claim.scope } : {})
    }))
  }
}

/** The document as plain data. Aliases that expand without end (a "billion laughs") fail here, as YAML that is not valid. */
function dataOf(path: string, document: { toJS(): unknown }): unknown {
  try {
    return document.toJS()
  } catch (error) {
    const format = path.endsWith('.json') ? 'JSON' : 'YAML'
    throw new ConfigurationError(`${path} is not valid ${format}: ${getErrorMessage(error)}`, { cause: error })
  }
}

/**
 * A list of the file longer than any team writes is refused before its entries are checked: checking
 * and describing tens of thousands of bad entries took minutes, and overflowed the stack.
 */
function refuseLongLists(path: string, data: unknown, lineOf: LineOf) {
  if (typeof data !== 'object' || data === null) return
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value) || value.length <= MAX_LIST_ENTRIES) continue
    const line = lineOf([key, 0])
    throw new ConfigurationError(
      `${path}: ${key}${line ? ` (line ${line})` : ''} may hold at most ${MAX_LIST_ENTRIES} entries; received ${value.length}`
    )
  }
}

/**
 * Whether the ignore rules silence a claim: same file (or glob), and line, kind and text where given.
 * Claims share their files, so the rules of each file are found once: ten thousand rules against the
 * claims of a thousand reports took over four minutes when every claim asked every rule.
 */
export function ignoredBy(rules: IgnoreRule[]): (claim: Claim) => boolean {
  const byFile = new Map<string, IgnoreRule[]>()
  const globs = new Map<IgnoreRule, Glob>()
  const rulesOf = (file: string): IgnoreRule[] => {
    let found = byFile.get(file)
    if (!found) {
      found = rules.filter((rule) => rule.file === file || globOf(globs, rule).test(file))
      byFile.set(file, found)
    }
    return found
  }
  return (claim) =>
    rulesOf(claim.file).some(
      (rule) =>
        (rule.line === undefined || rule.line === claim.line) &&
        (rule.kind === undefined || rule.kind === claim.kind) &&
        (rule.text === undefined || claim.text.includes(rule.text))
    )
}

function globOf(globs: Map<IgnoreRule, Glob>, rule: IgnoreRule): Glob {
  let glob = globs.get(rule)
  if (!glob) globs.set(rule, (glob = compileGlob(rule.file)))
  return glob
}
