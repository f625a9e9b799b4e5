import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CAPTURE_LIMIT_BYTES, createProcessRunner, stopRunningCommands } from '../../src/ports/process-runner.js'
import { running, waitFor } from '../helpers.js'

const runner = createProcessRunner(mkdtempSync(join(tmpdir(), 'runner-test-')))
const request = { label: 't', cwd: tmpdir(), timeoutMs: 10_000 }

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

  it('stops the whole tree of every running command when asked', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'runner-pid-')), 'pid')
    const run = runner.run({ ...request, command: 'sh', args: ['-c', `sleep 30 & echo $! > ${pidFile}; wait`] })
    await waitFor(() => (existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim()) || undefined, 5_000)
    stopRunningCommands()
    const result = await run
    expect(result).toMatchObject({ signal: 'SIGKILL', timedOut: false })
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(running(grandchild)).toBe(false)
  })

  it('ends the run soon after the command exits, stopping what it left running with the output open', async () => {
    const result = await runner.run({ ...request, command: 'sh', args: ['-c', 'sleep 30 & echo $!; echo started'] })
    expect(result).toMatchObject({ exitCode: 0, timedOut: false })
    const [leftover, said] = result.stdout.trim().split('\n')
    expect(said).toBe('started')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(running(Number(leftover))).toBe(false)
  })

  it("writes the input to the command's standard input, and closes it", async () => {
    const result = await runner.run({ ...request, command: 'cat', args: [], input: 'one\ntwo\n' })
    expect(result).toMatchObject({ exitCode: 0, stdout: 'one\ntwo\n' })
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
