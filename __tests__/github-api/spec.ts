/**
 * GitHub's own OpenAPI description (from @octokit/openapi), made servable by Prism.
 *
 * About 145 schemas carry `nullable` without a `type`. Prism's validator cannot compile such a schema
 * and then silently accepts any body, so the stand-in would let malformed requests through. Dropping the
 * bare `nullable` keeps every other rule of the schema; the fields it affects are never sent as null by
 * the gate.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** The description file itself; the package index would load every GHES description too. */
export const SPEC_PATH = require.resolve('@octokit/openapi/generated/api.github.com.json')

type Json = unknown

export function isBareNullable(node: Record<string, Json>): boolean {
  return 'nullable' in node && !('type' in node) && !('$ref' in node)
}

/** Visits every object in the description. */
function visit(node: Json, action: (object: Record<string, Json>) => void): void {
  if (Array.isArray(node)) node.forEach((item) => visit(item, action))
  else if (node && typeof node === 'object') {
    action(node as Record<string, Json>)
    Object.values(node).forEach((child) => visit(child, action))
  }
}

export function loadSpec(): Record<string, Json> {
  return JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Record<string, Json>
}

export function countBareNullable(spec: Json): number {
  let count = 0
  visit(spec, (object) => {
    if (isBareNullable(object)) count++
  })
  return count
}

export function patchSpec(spec: Record<string, Json>): Record<string, Json> {
  visit(spec, (object) => {
    if (isBareNullable(object)) delete object.nullable
  })
  return spec
}

/** Writes the patched description into `dir` and returns its path. */
export function writePatchedSpec(dir: string): string {
  const path = join(dir, 'api.github.com.patched.json')
  writeFileSync(path, JSON.stringify(patchSpec(loadSpec())))
  return path
}
