import { z } from 'zod'
import { ConfigurationError } from './errors.js'
import { parseShard } from './evidence/evidence-file.js'

/** The checks a user can turn on or off. Coverage is read, never run on its own. */
export const RUNNABLE_CHECKS = ['typecheck', 'build', 'tests', 'audit', 'lint'] as const
export type RunnableCheck = (typeof RUNNABLE_CHECKS)[number]

export const DEFAULT_TIMEOUT_SECONDS = 900

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
export const gateOptionsSchema = z.object({
  directory: z.string().min(1),
  reports: z.array(z.string().min(1)).optional(),
  claimsFile: z.string().min(1).optional(),
  install: z.boolean(),
  checks: z.array(z.enum(RUNNABLE_CHECKS)).min(1, 'at least one check'),
  timeoutSeconds: z
    .number()
    .int()
    .positive()
    .max(6 * 3600),
  reportJson: z.string().min(1).optional(),
  reportMarkdown: z.string().min(1).optional(),
  failOn: z.array(z.enum(FAIL_ON)),
  base: z.string().min(1).optional(),
  baseline: z.string().min(1).optional(),
  typecheckCommand: z.string().min(1).optional(),
  buildCommand: z.string().min(1).optional(),
  testCommand: z.string().min(1).optional(),
  auditCommand: z.string().min(1).optional(),
  lintCommand: z.string().min(1).optional(),
  testResults: z.array(z.string().min(1)).optional(),
  auditReport: z.string().min(1).optional(),
  coverageReport: z.string().min(1).optional(),
  shard: z.string().min(1).optional(),
  packages: z.array(z.string().min(1)).optional(),
  cacheDir: z.string().min(1).optional(),
  evidenceDir: z.string().min(1).optional()
})
export type GateOptions = z.infer<typeof gateOptionsSchema>

/** Raw text settings, as action inputs and command-line flags give them. Empty means "default". */
export interface RawSettings {
  directory?: string
  reports?: string
  claimsFile?: string
  install?: string
  checks?: string
  timeoutSeconds?: string
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

const rawSchema = z.object({
  directory: z.string().default('.'),
  reports: z.string().transform(csv).optional(),
  claimsFile: z.string().optional(),
  install: z.stringbool().default(true),
  checks: z
    .string()
    .transform(csv)
    .pipe(z.array(z.enum(RUNNABLE_CHECKS)).min(1, 'at least one check'))
    .default([...RUNNABLE_CHECKS]),
  timeoutSeconds: z.coerce
    .number()
    .int()
    .positive()
    .max(6 * 3600)
    .default(DEFAULT_TIMEOUT_SECONDS),
  reportJson: z.string().optional(),
  reportMarkdown: z.string().optional(),
  failOn: z
    .string()
    .transform(csv)
    .pipe(
      z
        .array(z.enum([...FAIL_ON, 'never']))
        .refine(
          (list) => !list.includes('never') || list.length === 1,
          '"never" cannot be combined with other conditions'
        )
    )
    .transform((list) => list.filter((item): item is FailOn => item !== 'never'))
    .default(['contradicted']),
  base: z.string().optional(),
  baseline: z.string().optional(),
  typecheckCommand: z.string().optional(),
  buildCommand: z.string().optional(),
  testCommand: z.string().optional(),
  auditCommand: z.string().optional(),
  lintCommand: z.string().optional(),
  testResults: z.string().transform(csv).optional(),
  auditReport: z.string().optional(),
  coverageReport: z.string().optional(),
  shard: z
    .string()
    .refine((text) => parseShard(text) !== undefined, 'a test shard as INDEX/COUNT, such as 2/3')
    .optional(),
  packages: z.string().transform(csv).optional(),
  cacheDir: z.string().optional(),
  evidenceDir: z.string().optional()
})

/**
 * Validates settings from text against `schema`; empty text means the default. `names` maps each
 * setting to what the user typed it as (`check-timeout` for an input, `--timeout` for a flag) so
 * errors speak the user's words.
 */
export function validateText<S extends z.ZodType>(
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
