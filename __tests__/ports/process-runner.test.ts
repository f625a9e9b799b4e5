import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CAPTURE_LIMIT_BYTES, createProcessRunner } from '../../src/ports/process-runner.js'

const runner = createProcessRunner(mkdtempSync(join(tmpdir(), 'runner-test-')))
const request = { label: 't', cwd: tmpdir(), timeoutMs: 10_000 }

/** Running, as opposed to gone or a zombie waiting for an init process to reap it. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

describe('createProcessRunner', () => {
  it('captures stdout, stderr and the exit code', async () => {
    const result = await runner.run({ ...request, command: 'sh', args: ['-c', 'echo out; echo err >&2; exit 3'] })
    expect(result).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false })
  })

  it('kills the whole process tree at the timeout', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'runner-pid-')), 'pid')
    const result = await runner.run({
      ...request,
      timeoutMs: 500,
      command: 'sh',
      args: ['-c', `sleep 30 & echo $! > ${pidFile}; wait`]
    })
    expect(result.timedOut).toBe(true)
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(running(grandchild)).toBe(false)
  })

  it('reports a command that cannot start instead of throwing', async () => {
    const result = await runner.run({ ...request, command: 'no-such-command-here', args: [] })
    expect(result.spawnError).toMatch(/ENOENT/)
  })

  it('keeps memory bounded for huge output while the whole output stays on disk', async () => {
    const bytes = CAPTURE_LIMIT_BYTES * 3
    const result = await runner.run({
      ...request,
      command: 'sh',
      args: ['-c', `head -c ${bytes} /dev/zero | tr '\\0' 'x'; echo END`]
    })
    expect(result.truncated).toBe(true)
    expect(result.stdout.length).toBeLessThan(CAPTURE_LIMIT_BYTES + 200)
    expect(result.stdout.endsWith('END\n')).toBe(true)
    expect(readFileSync(result.stdoutPath).length).toBe(bytes + 4)
  })
})
