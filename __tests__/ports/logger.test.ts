import { describe, expect, it } from '@jest/globals'
import type { LogSink } from '../../src/ports/logger.js'
import { createConsoleLogger, createGroupingLogger } from '../../src/ports/logger.js'

/** A sink that records what reaches the log, in order, and a clock the test moves. */
function recording() {
  const log: string[] = []
  const sink: LogSink = {
    line: (text) => log.push(text),
    warning: (text) => log.push(`warning: ${text}`),
    startGroup: (title) => log.push(`::group::${title}`),
    endGroup: () => log.push('::endgroup::')
  }
  let time = 0
  return { log, sink, now: () => time, advance: (ms: number) => (time += ms) }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('createGroupingLogger', () => {
  it('writes the groups of parallel checks whole, each under its title with its duration', async () => {
    const r = recording()
    const logger = createGroupingLogger(r.sink, r.now)
    let finishTests!: () => void
    const tests = logger.group('tests', async () => {
      logger.info('tests: line 1')
      await new Promise<void>((resolve) => (finishTests = resolve))
      logger.info('tests: line 2')
    })
    const build = logger.group('build', async () => {
      logger.info('build: line 1')
      await tick()
      r.advance(1500)
      logger.info('build: line 2')
    })
    await build
    r.advance(2000)
    finishTests()
    await tests
    expect(r.log).toEqual([
      '::group::build (1.5 s)',
      'build: line 1',
      'build: line 2',
      '::endgroup::',
      '::group::tests (3.5 s)',
      'tests: line 1',
      'tests: line 2',
      '::endgroup::'
    ])
  })

  it('writes a group inside another into its parent as indented lines, since groups cannot nest', async () => {
    const r = recording()
    const logger = createGroupingLogger(r.sink, r.now)
    await logger.group('publish', async () => {
      logger.info('starting')
      await logger.group('comment', async () => logger.info('updated'))
    })
    expect(r.log).toEqual(['::group::publish (0.0 s)', 'starting', '▸ comment (0.0 s)', '  updated', '::endgroup::'])
  })

  it('still writes the group of a step that threw, and passes the error on', async () => {
    const r = recording()
    const logger = createGroupingLogger(r.sink, r.now)
    await expect(
      logger.group('audit', async () => {
        logger.info('asked the registry')
        throw new Error('refused')
      })
    ).rejects.toThrow('refused')
    expect(r.log).toEqual(['::group::audit (0.0 s)', 'asked the registry', '::endgroup::'])
  })

  it('writes lines outside any group at once', () => {
    const r = recording()
    createGroupingLogger(r.sink, r.now).info('6 claims in 1 report')
    expect(r.log).toEqual(['6 claims in 1 report'])
  })
})

describe('createConsoleLogger on a terminal', () => {
  it('keeps a status line of the running checks, cleared before each log line and gone at the end', async () => {
    const screen: string[] = []
    let time = 0
    const logger = createConsoleLogger(
      (line) => screen.push(`line:${line}`),
      { write: (text) => screen.push(text), columns: 80 },
      () => time
    )
    let finish!: () => void
    const tests = logger.group('tests: npm run test', () => new Promise<void>((resolve) => (finish = resolve)))
    time = 2000
    await logger.group('build: npm run build', async () => {
      time = 3000
    })
    finish()
    await tests
    const status = screen.filter((s) => s.startsWith('\r\x1b[K⏳'))
    expect(status).toEqual([
      '\r\x1b[K⏳ running: tests 0s',
      '\r\x1b[K⏳ running: tests 2s · build 0s',
      '\r\x1b[K⏳ running: tests 3s'
    ])
    expect(screen.filter((s) => s.startsWith('line:'))).toEqual([
      'line:▸ build: npm run build (1.0 s)',
      'line:▸ tests: npm run test (3.0 s)'
    ])
    // The status line was cleared before the last log line and not drawn again: nothing is running.
    expect(screen.slice(-2)).toEqual(['\r\x1b[K', 'line:▸ tests: npm run test (3.0 s)'])
  })

  it('writes a line when a step starts and its group when it ends, with no status line, when stderr is not a terminal', async () => {
    const lines: string[] = []
    const logger = createConsoleLogger(
      (line) => lines.push(line),
      undefined,
      () => 0
    )
    await logger.group('lint: npm run lint', async () => logger.info('lint: pass — no problems'))
    expect(lines).toEqual(['⋯ lint: npm run lint', '▸ lint: npm run lint (0.0 s)', 'lint: pass — no problems'])
  })
})
