import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_DIR } from '../helpers.js'

/** Runs a bundled entry point with only the environment given (plus PATH and HOME), as a runner does. */
export function runDist(entry: 'cli.js' | 'index.js', args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(PROJECT_DIR, 'dist', entry), ...args], {
    cwd: PROJECT_DIR,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    timeout: 240_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
