import * as z from 'zod/mini'
import './zod-english.js'
import { ConfigurationError } from './errors.js'
import { parseShard } from './evidence/evidence-file.js'

/** The checks a user can turn on or off. Coverage is read, never run on its own. */
export const RUNNABLE_CHECKS = ['typecheck', 'build', 'tests', 'audit', 'lint'] as const
export type RunnableCheck = (typeof RUNNABLE_CHECKS)[number]

export const DEFAULT_TIMEOUT_SECONDS = 900

/** The most checks a user can ask to run at once; more would only contend for the runner's cores and memory. */
export const MAX_PARALLEL_CHECKS = 64

/** Whether the tests wait for the build: `auto` when they run its output (see build-order.ts), or always, or never. */
export const TESTS_AFTER_BUILD = ['auto', 'true', 'false'] as const

/**
 * What fails the gate: `contradicted` claims (the default), `stale` ones, reports that
 * contradict themselves, and readiness claims that cannot be checked. `never` only reports.
 */
export const FAIL_ON = ['contradicted', 'stale', 'self-contradiction', 'unverifiable-readiness'] as const
export type FailOn = (typeof FAIL_ON)[number]

const csv = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean)

/** Options shared by the action and the command line, validated once. */
const path = () => z.string().check(z.minLength(1))
const optionalPath = () => z.optional(path())
const timeout = () => z.int().check(z.positive(), z.maximum(6 * 3600))
const parallel = () => z.int().check(z.positive(), z.maximum(MAX_PARALLEL_CHECKS))

export const gateOptionsSchema = z.object({
  directory: path(),
  reports: z.optional(z.array(path())),
  claimsFile: optionalPath(),
  install: z.boolean(),
  testsAfterBuild: z.enum(TESTS_AFTER_BUILD),
  checks: z.array(z.enum(RUNNABLE_CHECKS)).check(z.minLength(1, 'at least one check')),
  timeoutSeconds: timeout(),
  maxParallel: z.optional(parallel()),
  reportJson: optionalPath(),
  reportMarkdown: optionalPath(),
  failOn: z.array(z.enum(FAIL_ON)),
  base: optionalPath(),
  baseline: optionalPath(),
  typecheckCommand: optionalPath(),
  buildCommand: optionalPath(),
  testCommand: optionalPath(),
  auditCommand: optionalPath(),
  lintCommand: optionalPath(),
  testResults: z.optional(z.array(path())),
  auditReport: optionalPath(),
  coverageReport: optionalPath(),
  shard: optionalPath(),
  packages: z.optional(z.array(path())),
  cacheDir: optionalPath(),
  evidenceDir: optionalPath()
})
export type GateOptions = z.infer<typeof gateOptionsSchema>

/** Raw text settings, as action inputs and command-line flags give them. Empty means "default". */
export interface RawSettings {
  directory?: string
  reports?: string
  claimsFile?: string
  install?: string
  testsAfterBuild?: string
  checks?: string
  timeoutSeconds?: string
  maxParallel?: string
  reportJson?: string
  reportMarkdown?: string
  failOn?: string
  base?: string
  baseline?: string
  typecheckCommand?: string
  buildCommand?: string
  testCommand?: string
  auditCommand?: string
  lintCommand?: string
  testResults?: string
  auditReport?: string
  coverageReport?: string
  shard?: string
  packages?: string
  cacheDir?: string
  evidenceDir?: string
}

const list = () => z.pipe(z.string(), z.transform(csv))
const text = () => z.optional(z.string())

const rawSchema = z.object({
  directory: z._default(z.string(), '.'),
  reports: z.optional(list()),
  claimsFile: text(),
  install: z._default(z.stringbool(), true),
  testsAfterBuild: z._default(z.enum(TESTS_AFTER_BUILD), 'auto'),
  checks: z._default(z.pipe(list(), z.array(z.enum(RUNNABLE_CHECKS)).check(z.minLength(1, 'at least one check'))), [
    ...RUNNABLE_CHECKS
  ]),
  timeoutSeconds: z._default(
    z.coerce.number().check(z.int(), z.positive(), z.maximum(6 * 3600)),
    DEFAULT_TIMEOUT_SECONDS
  ),
  maxParallel: z.optional(z.pipe(z.coerce.number(), parallel())),
  reportJson: text(),
  reportMarkdown: text(),
  failOn: z._default(
    z.pipe(
      z.pipe(
        list(),
        z
          .array(z.enum([...FAIL_ON, 'never']))
          .check(
            z.refine(
              (items) => !items.includes('never') || items.length === 1,
              '"never" cannot be combined with other conditions'
            )
          )
      ),
      z.transform((items) => items.filter((item): item is FailOn => item !== 'never'))
    ),
    ['contradicted']
  ),
  base: text(),
  baseline: text(),
  typecheckCommand: text(),
  buildCommand: text(),
  testCommand: text(),
  auditCommand: text(),
  lintCommand: text(),
  testResults: z.optional(list()),
  auditReport: text(),
  coverageReport: text(),
  shard: z.optional(
    z.string().check(z.refine((value) => parseShard(value) !== undefined, 'a test shard as INDEX/COUNT, such as 2/3'))
  ),
  packages: z.optional(list()),
  cacheDir: text(),
  evidenceDir: text()
})

/**
 * Validates settings from text against `schema`; empty text means the default. `names` maps each
 * setting to what the user typed it as (`check-timeout` for an input, `--timeout` for a flag) so
 * errors speak the user's words.
 */
export function validateText<S extends z.ZodMiniType>(
  schema: S,
  raw: Record<string, string | undefined>,
  names: Record<string, string>
): z.infer<S> {
  const cleaned = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, value?.trim() ? value.trim() : undefined])
  )
  const result = schema.safeParse(cleaned)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0])
    const value = cleaned[key]
    const received = value === undefined ? 'nothing' : JSON.stringify(value)
    return `${names[key] ?? key}: ${issue.message} (received ${received})`
  })
  throw new ConfigurationError(`Invalid settings:\n  ${problems.join('\n  ')}`)
}

export function parseSettings(raw: RawSettings, names: Record<keyof RawSettings, string>): GateOptions {
  return gateOptionsSchema.parse(validateText(rawSchema, { ...raw }, names))
}
