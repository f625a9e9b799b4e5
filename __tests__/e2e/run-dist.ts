import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_DIR } from '../helpers.js'

/**
 * Runs a bundled entry point with only the environment given (plus PATH and HOME), as a runner does. A run
 * that outlasts `timeoutMs` is killed, and its status is null: SIGKILL, as a run stuck in a computation
 * would not get to its SIGTERM handler.
 */
export function runDist(
  entry: 'cli.js' | 'index.js',
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 240_000
) {
  const result = spawnSync(process.execPath, [join(PROJECT_DIR, 'dist', entry), ...args], {
    cwd: PROJECT_DIR,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    timeout: timeoutMs,
    killSignal: 'SIGKILL'
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The same, without blocking this process: needed when the test itself serves what the run asks for. */
export function runDistAsync(entry: 'cli.js' | 'index.js', args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_DIR, 'dist', entry), ...args], {
      cwd: PROJECT_DIR,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}
