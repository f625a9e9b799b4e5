import { z } from 'zod'
import { Inputs } from './constants.js'
import { validateText } from './options.js'
import { COMMENT_MODES } from './publish/github/sticky-comment.js'

/**
 * `all` runs the checks and publishes; `check` runs them without calling the GitHub API (the first,
 * unprivileged stage for forks); `publish` publishes a report an earlier stage wrote, running nothing;
 * `evidence` runs the checks of one matrix job and writes its evidence file; `verdict` merges the
 * evidence files of a matrix and publishes as `all` does.
 */
export const MODES = ['all', 'check', 'publish', 'evidence', 'verdict'] as const
export type Mode = (typeof MODES)[number]

/** Settings only the action has: how and where to publish. */
const actionSettingsSchema = z.object({
  mode: z.enum(MODES).default('all'),
  token: z.string().optional(),
  comment: z.enum(COMMENT_MODES).default('on-divergence'),
  checkName: z.string().max(100).default('Readiness gate'),
  gateId: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" or "-"')
    .max(64)
    .default('readiness-gate'),
  suggestChanges: z.stringbool().default(false),
  issueLabel: z.string().max(50).default('readiness-gate'),
  eventFile: z.string().optional(),
  sarifFile: z.string().optional(),
  allowPullRequestTarget: z.stringbool().default(false)
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
