/** An interrupted gate (Ctrl-C, a cancelled job) stops the tools it started, through the bundled entry points. */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_DIR, running, waitFor } from '../helpers.js'

/** A tool that starts a child of its own, writes both pids, and then runs for a minute. */
const LINGERING_TOOL = [
  "const { spawn } = require('node:child_process')",
  "const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })",
  "require('node:fs').writeFileSync('pids', process.pid + ' ' + child.pid)",
  'setTimeout(() => {}, 60000)'
].join('; ')

function startGate(entry: 'cli.js' | 'index.js', dir: string) {
  writeFileSync(join(dir, 'tool.js'), LINGERING_TOOL)
  const command = `node tool.js`
  const args = entry === 'cli.js' ? [dir, '--quiet', '--checks', 'typecheck', '--typecheck-command', command] : []
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    ...(entry === 'index.js'
      ? {
          GITHUB_WORKSPACE: dir,
          'INPUT_WORKING-DIRECTORY': dir,
          INPUT_CHECKS: 'typecheck',
          'INPUT_TYPECHECK-COMMAND': command
        }
      : {})
  }
  return spawn(process.execPath, [join(PROJECT_DIR, 'dist', entry), ...args], { cwd: dir, env, stdio: 'ignore' })
}

describe('an interrupted run', () => {
  it.each([
    ['cli.js', 'SIGINT', 130],
    ['index.js', 'SIGTERM', 143]
  ] as const)('%s on %s stops the whole tree of the running tool and exits %i', async (entry, signal, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-interrupt-'))
    writeFileSync(join(dir, 'STATUS.md'), '# Status\n\nTypeScript compilation clean.\n')
    const gate = startGate(entry, dir)
    const exited = new Promise<number | null>((resolve) => gate.on('close', (status) => resolve(status)))
    const pidsFile = join(dir, 'pids')
    const pids = await waitFor(() => (existsSync(pidsFile) ? readFileSync(pidsFile, 'utf8') : undefined), 20_000)
    const [tool, child] = (pids ?? '').split(' ').map(Number) as [number, number]
    expect([running(tool), running(child)]).toEqual([true, true])
    gate.kill(signal)
    expect(await exited).toBe(code)
    const stopped = await waitFor(() => (!running(tool) && !running(child) ? true : undefined), 5_000)
    expect(stopped).toBe(true)
  })
})
