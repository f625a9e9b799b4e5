import type * as z from 'zod/mini'
import { ConfigurationError } from './errors.js'
import { describeIssues } from './zod-english.js'

/** Parses a JSON file the user gave and validates it, naming the file and every problem on failure. */
export function parseJsonFile<T extends z.ZodMiniType>(
  what: string,
  path: string,
  text: string,
  schema: T,
  expected = 'a readiness-gate report (schemaVersion 1)'
): z.infer<T> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`${what} ${path} is not valid JSON: ${(error as Error).message}`)
  }
  const result = schema.safeParse(json)
  if (result.success) return result.data
  const problems = describeIssues(result.error.issues, json)
  throw new ConfigurationError(`${what} ${path} is not ${expected}:\n  ${problems.join('\n  ')}`)
}
