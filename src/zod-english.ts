/**
 * The gate uses zod's tree-shakable build (`zod/mini`): the full build adds about 730 KB to the action's
 * bundle. That build carries no messages; modules with schemas import this one for English messages.
 */
import english from 'zod/v4/locales/en.js'
import * as z from 'zod/mini'
import { ellipsis } from './errors.js'

z.config(english())

/** The line a value starts on in its file, or of its nearest parent; undefined where the format cannot say. */
export type LineOf = (keys: Array<string | number>) => number | undefined

/** The problems an error lists; it counts the rest. */
const PROBLEMS_SHOWN = 20

/**
 * The problems a schema found in a file's data, one a line: where (`claims[2].kind (line 7)`), what is
 * wrong and the value received. Thousands of problems are not described: the first 20, then how many more.
 */
export function describeIssues(issues: z.core.$ZodIssue[], data: unknown, lineOf: LineOf = () => undefined): string[] {
  const problems = issues.slice(0, PROBLEMS_SHOWN).map((issue) => describeIssue(issue, data, lineOf))
  if (issues.length > PROBLEMS_SHOWN) problems.push(`and ${issues.length - PROBLEMS_SHOWN} more`)
  return problems
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, lineOf: LineOf): string {
  const keys = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
  const where =
    keys.reduce<string>(
      (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
      ''
    ) || '(top level)'
  const line = lineOf(keys)
  const received = keys.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    data
  )
  const shown =
    issue.code === 'unrecognized_keys' || received === undefined
      ? ''
      : `; received ${ellipsis(shownValue(received), 80)}`
  return `${where}${line ? ` (line ${line})` : ''}: ${issue.message}${shown}`
}

/** A value as the file wrote it: JSON, but for numbers JSON cannot hold (`1e999` in YAML is Infinity). */
function shownValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))
}
