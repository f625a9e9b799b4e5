import * as z from 'zod/mini'
import './zod-english.js'
import { Inputs } from './constants.js'
import { validateText } from './options.js'

/**
 * `all` runs the checks and publishes; `check` runs them without calling the GitHub API (the first,
 * unprivileged stage for forks); `publish` publishes a report an earlier stage wrote, running nothing;
 * `evidence` runs the checks of one matrix job and writes its evidence file; `verdict` merges the
 * evidence files of a matrix and publishes as `all` does.
 */
export const MODES = ['all', 'check', 'publish', 'evidence', 'verdict'] as const
export type Mode = (typeof MODES)[number]

/** When the pull request gets its sticky comment: always, only while claims diverge, or never. */
export const COMMENT_MODES = ['always', 'on-divergence', 'off'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/** Settings only the action has: how and where to publish. */
const actionSettingsSchema = z.object({
  mode: z._default(z.enum(MODES), 'all'),
  token: z.optional(z.string()),
  comment: z._default(z.enum(COMMENT_MODES), 'on-divergence'),
  checkName: z._default(z.string().check(z.maxLength(100)), 'Readiness gate'),
  gateId: z._default(
    z.string().check(z.regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" or "-"'), z.maxLength(64)),
    'readiness-gate'
  ),
  suggestChanges: z._default(z.stringbool(), false),
  issueLabel: z._default(z.string().check(z.maxLength(50)), 'readiness-gate'),
  eventFile: z.optional(z.string()),
  sarifFile: z.optional(z.string()),
  allowPullRequestTarget: z._default(z.stringbool(), false)
})
export type ActionSettings = z.infer<typeof actionSettingsSchema>

export const ACTION_SETTING_INPUTS: Record<keyof ActionSettings, string> = {
  mode: Inputs.Mode,
  token: Inputs.GitHubToken,
  comment: Inputs.Comment,
  checkName: Inputs.CheckName,
  gateId: Inputs.GateId,
  suggestChanges: Inputs.SuggestChanges,
  issueLabel: Inputs.IssueLabel,
  eventFile: Inputs.EventFile,
  sarifFile: Inputs.SarifFile,
  allowPullRequestTarget: Inputs.AllowPullRequestTarget
}

/** Validates the action-only inputs; empty means the default. */
export function parseActionSettings(raw: Partial<Record<keyof ActionSettings, string>>): ActionSettings {
  return validateText(actionSettingsSchema, raw, ACTION_SETTING_INPUTS)
}
