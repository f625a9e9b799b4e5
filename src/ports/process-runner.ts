import { spawn } from 'node:child_process'
import type { WriteStream } from 'node:fs'
import { createWriteStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { StringDecoder } from 'node:string_decoder'
import { join } from 'node:path'

export interface RunRequest {
  /** A short name used for the log files: `tests`, `install`. */
  label: string
  command: string
  args: string[]
  cwd: string
  env?: Record<string, string | undefined>
  timeoutMs: number
  /** Written to the command's standard input, which is then closed. */
  input?: string
}

export interface RunResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  /** Set when the process could not be started at all (command not found). */
  spawnError?: string
  durationMs: number
  /** The whole stdout and stderr are on disk; the tails below are bounded in memory. */
  stdoutPath: string
  stderrPath: string
  stdout: string
  stderr: string
  /** True when more was printed than the in-memory capture keeps. */
  truncated: boolean
}

export interface ProcessRunner {
  run(request: RunRequest): Promise<RunResult>
}

/** How much of each stream stays in memory; the rest is only on disk. */
export const CAPTURE_LIMIT_BYTES = 4 * 1024 * 1024

/**
 * How long the output may stay open after the command itself has exited. A process it started and left
 * running (a server started with `&`) holds the output open, and the run would wait for it until the
 * timeout; after this grace it is stopped, as a finished run leaves nothing behind.
 */
export const LEFTOVER_GRACE_MS = 2_000

/** Keeps the start and the end of a stream within a byte budget. */
class BoundedCapture {
  private head = ''
  private tail = ''
  private dropped = 0

  constructor(private readonly limit: number) {}

  push(chunk: string): void {
    const half = this.limit / 2
    if (this.head.length < half) {
      const room = half - this.head.length
      this.head += chunk.slice(0, room)
      chunk = chunk.slice(room)
    }
    if (!chunk) return
    this.tail += chunk
    if (this.tail.length > half) {
      this.dropped += this.tail.length - half
      this.tail = this.tail.slice(this.tail.length - half)
    }
  }

  get truncated(): boolean {
    return this.dropped > 0
  }

  text(): string {
    if (!this.dropped) return this.head + this.tail
    return `${this.head}\n… ${this.dropped} characters not kept in memory …\n${this.tail}`
  }
}

/**
 * The process groups of the commands running now. Each command runs in a group of its own, which a
 * Ctrl-C or a cancelled job does not reach: only the gate can stop them.
 */
const runningGroups = new Set<number>()

/** Kills the process tree of every command still running: a gate that ends leaves no tool behind. */
export function stopRunningCommands(): void {
  for (const pid of runningGroups) killTree(pid)
}

/**
 * Makes SIGINT and SIGTERM stop every running command's process tree before the gate exits with the
 * signal's conventional code (130, 143); without this the tools would run on, orphaned.
 */
export function stopOnInterrupt(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const) {
    process.once(signal, () => {
      stopRunningCommands()
      process.exit(code)
    })
  }
}

/** Runs commands with `spawn` in their own process group, so a timeout kills the whole tree. */
export function createProcessRunner(logDir: string): ProcessRunner {
  let sequence = 0
  return {
    run: (request) => runProcess(request, logDir, ++sequence)
  }
}

function runProcess(request: RunRequest, logDir: string, sequence: number): Promise<RunResult> {
  const base = join(logDir, `${String(sequence).padStart(2, '0')}-${request.label}`)
  const stdoutPath = `${base}.stdout`
  const stderrPath = `${base}.stderr`
  const started = Date.now()
  return new Promise((resolve) => {
    const out = new BoundedCapture(CAPTURE_LIMIT_BYTES)
    const err = new BoundedCapture(CAPTURE_LIMIT_BYTES)
    const outFile = createWriteStream(stdoutPath)
    const errFile = createWriteStream(stderrPath)
    const written = Promise.all([finished(outFile), finished(errFile)])
    let timedOut = false
    let spawnError: string | undefined
    const child = spawn(request.command, request.args, {
      cwd: request.cwd,
      env: { ...process.env, ...request.env } as NodeJS.ProcessEnv,
      detached: true,
      // Without input, stdin is /dev/null, as the tools have always had it.
      stdio: [request.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    })
    if (child.stdin) {
      // A command that exits before it has read everything closes the pipe: its answer, not an error.
      child.stdin.on('error', () => undefined)
      child.stdin.end(request.input)
    }
    if (child.pid) runningGroups.add(child.pid)
    // Both are pipes, whatever stdin is: the stdio option above says so.
    capture(child.stdout as Readable, out, outFile)
    capture(child.stderr as Readable, err, errFile)
    const timer = setTimeout(() => {
      timedOut = true
      killTree(child.pid)
    }, request.timeoutMs)
    let grace: NodeJS.Timeout | undefined
    child.on('error', (error) => {
      spawnError = error.message
    })
    child.on('exit', () => {
      grace = setTimeout(() => killTree(child.pid), LEFTOVER_GRACE_MS)
    })
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      clearTimeout(grace)
      // Grandchildren may still hold the group; a finished run leaves nothing behind.
      killTree(child.pid)
      if (child.pid) runningGroups.delete(child.pid)
      const done = () =>
        resolve({
          exitCode,
          signal,
          timedOut,
          spawnError,
          durationMs: Date.now() - started,
          stdoutPath,
          stderrPath,
          stdout: out.text(),
          stderr: err.text(),
          truncated: out.truncated || err.truncated
        })
      // A log file that could not be written loses nothing the verdict reads: the capture holds it.
      written.then(done, done)
    })
  })
}

/**
 * Copies a stream to its log file through pipe(), which pauses the tool while the disk catches up: a
 * tool that prints faster than the disk writes must not pile its output up in memory. The bounded
 * capture reads the same chunks, decoded without splitting a character across chunks.
 */
function capture(stream: Readable, into: BoundedCapture, file: WriteStream): void {
  const decoder = new StringDecoder('utf8')
  stream.on('data', (chunk: Buffer) => into.push(decoder.write(chunk)))
  stream.on('end', () => into.push(decoder.end()))
  stream.pipe(file)
}

function killTree(pid: number | undefined): void {
  if (!pid) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // The group is already gone.
  }
}
