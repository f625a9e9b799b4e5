import { AsyncLocalStorage } from 'node:async_hooks'
import { performance } from 'node:perf_hooks'

/** Where the gate says what it is doing. The action routes it to @actions/core, the CLI to stderr. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** Groups the log lines of one step (a collapsible group in the Actions log), with its duration. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** Where grouped lines end up: the Actions log's group commands, or plain lines on a terminal. */
export interface LogSink {
  line(text: string): void
  warning(text: string): void
  startGroup(title: string): void
  endGroup(): void
  /** Told when a group starts, before any of its lines: where a log without a status line says so. */
  started?(name: string): void
  /** Told whenever a group starts or ends: the groups running, with their start times. */
  progress?(running: ReadonlyMap<string, number>): void
}

/**
 * Checks run in parallel, and Actions log groups cannot interleave or nest: each group's lines are
 * held until it ends and then written together, under its title with its duration. A group inside
 * another is written into its parent as plain lines.
 */
export function createGroupingLogger(sink: LogSink, now: () => number = () => performance.now()): Logger {
  const context = new AsyncLocalStorage<string[]>()
  const running = new Map<string, number>()
  const line = (text: string) => {
    const buffer = context.getStore()
    if (buffer) buffer.push(text)
    else sink.line(text)
  }
  return {
    info: line,
    warning: (message) => sink.warning(message),
    group: async (name, fn) => {
      const parent = context.getStore()
      const buffer: string[] = []
      const started = now()
      running.set(name, started)
      if (!parent) sink.started?.(name)
      sink.progress?.(running)
      try {
        return await context.run(buffer, fn)
      } finally {
        running.delete(name)
        const title = `${name} (${((now() - started) / 1000).toFixed(1)} s)`
        if (parent) parent.push(`▸ ${title}`, ...buffer.map((text) => `  ${text}`))
        else {
          sink.startGroup(title)
          buffer.forEach((text) => sink.line(text))
          sink.endGroup()
        }
        sink.progress?.(running)
      }
    }
  }
}

/** Marks the line that says a step started; its lines follow, grouped, when it ends. */
export const STARTED = '⋯'

/**
 * The CLI's log on stderr. On a terminal, one status line at the bottom says which checks are running
 * and for how long, redrawn as they start and end and every half second; elsewhere a line when each
 * starts, and its group when it ends.
 */
export function createConsoleLogger(
  write: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  terminal?: { write(text: string): void; columns: number },
  now: () => number = () => performance.now()
): Logger {
  const sink: LogSink = {
    line: write,
    warning: (text) => write(`warning: ${text}`),
    startGroup: (title) => write(`▸ ${title}`),
    endGroup: () => undefined
  }
  if (!terminal) return createGroupingLogger({ ...sink, started: (name) => write(`${STARTED} ${name}`) }, now)
  const status = new StatusLine(terminal, now)
  return createGroupingLogger(
    {
      line: (text) => status.above(() => write(text)),
      warning: (text) => status.above(() => sink.warning(text)),
      startGroup: (title) => status.above(() => sink.startGroup(title)),
      endGroup: () => undefined,
      progress: (running) => status.show(running)
    },
    now
  )
}

/** A line that redraws itself in place under the log, cleared while other lines are written. */
class StatusLine {
  private running: ReadonlyMap<string, number> = new Map()
  private timer: NodeJS.Timeout | undefined
  /** What the status line shows now; empty when it is cleared. */
  private shown = ''

  constructor(
    private readonly terminal: { write(text: string): void; columns: number },
    private readonly now: () => number
  ) {}

  show(running: ReadonlyMap<string, number>): void {
    this.running = running
    if (running.size && !this.timer) {
      this.timer = setInterval(() => this.draw(), 500)
      this.timer.unref()
    }
    if (!running.size) {
      clearInterval(this.timer)
      this.timer = undefined
    }
    this.draw()
  }

  above(write: () => void): void {
    if (this.shown) this.terminal.write('\r\x1b[K')
    this.shown = ''
    write()
    this.draw()
  }

  private draw(): void {
    const now = this.now()
    const parts = [...this.running].map(
      ([name, started]) => `${name.split(':')[0]} ${((now - started) / 1000).toFixed(0)}s`
    )
    const text = parts.length
      ? `⏳ running: ${parts.join(' · ')}`.slice(0, Math.max(20, this.terminal.columns - 1))
      : ''
    if (text === this.shown) return
    this.terminal.write(`\r\x1b[K${text}`)
    this.shown = text
  }
}

export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  group: (_name, fn) => fn()
}
