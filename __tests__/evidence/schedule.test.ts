import { describe, expect, it } from '@jest/globals'
import { runScheduled } from '../../src/evidence/schedule.js'

/** Work that takes `ms` and records when it started and ended, in order. */
function recorder() {
  const events: string[] = []
  let running = 0
  let peak = 0
  const work = (ms: number) => async (name: string) => {
    running += 1
    peak = Math.max(peak, running)
    events.push(`start ${name}`)
    await new Promise((resolve) => setTimeout(resolve, ms))
    events.push(`end ${name}`)
    running -= 1
  }
  return { events, work, peak: () => peak }
}

describe('runScheduled', () => {
  it('starts a dependent item only after the item it waits for has ended', async () => {
    const r = recorder()
    await runScheduled(
      [
        { item: 'tests', key: 'tests', after: 'build' },
        { item: 'build', key: 'build' },
        { item: 'lint', key: 'lint' }
      ],
      2,
      r.work(20)
    )
    expect(r.events.indexOf('start tests')).toBeGreaterThan(r.events.indexOf('end build'))
    expect(r.events.slice(0, 2)).toEqual(['start build', 'start lint'])
  })

  it('does not let a waiting item hold a slot while independent work is left', async () => {
    const r = recorder()
    await runScheduled(
      [
        { item: 'build', key: 'build' },
        { item: 'tests', key: 'tests', after: 'build' },
        { item: 'typecheck', key: 'typecheck' }
      ],
      2,
      r.work(20)
    )
    expect(r.events.slice(0, 2)).toEqual(['start build', 'start typecheck'])
  })

  it('keeps to the limit, one at a time included', async () => {
    for (const limit of [1, 2]) {
      const r = recorder()
      const items = ['a', 'b', 'c', 'd'].map((key) => ({ item: key, key }))
      await runScheduled(items, limit, r.work(5))
      expect(r.peak()).toBe(limit)
      expect(r.events.filter((e) => e.startsWith('end'))).toHaveLength(4)
    }
  })

  it('runs light items beside the limit, and still makes them wait for the item they follow', async () => {
    const r = recorder()
    await runScheduled(
      [
        { item: 'typecheck', key: 'typecheck' },
        { item: 'audit', key: 'audit', light: true },
        { item: 'build', key: 'build' },
        { item: 'late', key: 'late', after: 'typecheck', light: true }
      ],
      1,
      r.work(10)
    )
    expect(r.events.slice(0, 2)).toEqual(['start typecheck', 'start audit'])
    expect(r.events.indexOf('start build')).toBeGreaterThan(r.events.indexOf('end typecheck'))
    expect(r.events.indexOf('start late')).toBeGreaterThan(r.events.indexOf('end typecheck'))
    expect(r.events.filter((e) => e.startsWith('end'))).toHaveLength(4)
  })

  it('ignores a wait for an item that is not scheduled', async () => {
    const r = recorder()
    await runScheduled([{ item: 'tests', key: 'tests', after: 'build' }], 2, r.work(1))
    expect(r.events).toEqual(['start tests', 'end tests'])
  })

  it('rejects with the error of failed work', async () => {
    await expect(
      runScheduled([{ item: 'x', key: 'x' }], 1, async () => {
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
  })

  it('finishes at once with nothing to do', async () => {
    await expect(runScheduled([], 2, async () => undefined)).resolves.toBeUndefined()
  })
})
