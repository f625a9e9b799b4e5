import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RunResult } from '../src/ports/process-runner.js'

export const TESTS_DIR = dirname(fileURLToPath(import.meta.url))
export const PROJECT_DIR = dirname(TESTS_DIR)
export const EXAMPLES_DIR = join(TESTS_DIR, 'examples')

export function fixture(path: string): string {
  return readFileSync(join(TESTS_DIR, 'fixtures', path), 'utf8')
}

export function fixtureExit(path: string): number {
  return Number(fixture(path).trim())
}

/** A finished run as the process runner reports it; override what the case needs. */
export function runResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    durationMs: 1200,
    stdoutPath: '/dev/null',
    stderrPath: '/dev/null',
    stdout: '',
    stderr: '',
    truncated: false,
    ...overrides
  }
}
