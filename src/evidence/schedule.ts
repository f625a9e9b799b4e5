/** One unit of work and the key of the unit it must wait for, if any. */
export interface Scheduled<T> {
  item: T
  key: string
  after?: string
  /** The work mostly waits on the network, not the processor: it runs without taking one of the slots. */
  light?: boolean
}

/**
 * Runs work items at most `limit` at a time, light items aside. An item whose `after` names another item
 * starts only once that one has finished, and a waiting item never holds a slot: independent work runs
 * meanwhile. Keys named by `after` but not scheduled are ignored.
 */
export async function runScheduled<T>(
  items: Array<Scheduled<T>>,
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  const keys = new Set(items.map((s) => s.key))
  const finished = new Set<string>()
  const waiting = [...items]
  let slotsTaken = 0
  let active = 0
  await new Promise<void>((resolve, reject) => {
    const ready = (s: Scheduled<T>) => !s.after || !keys.has(s.after) || finished.has(s.after)
    const startable = (s: Scheduled<T>) => ready(s) && (s.light === true || slotsTaken < limit)
    const start = (next: Scheduled<T>) => {
      const slot = next.light ? 0 : 1
      slotsTaken += slot
      active += 1
      work(next.item).then(() => {
        slotsTaken -= slot
        active -= 1
        finished.add(next.key)
        pump()
      }, reject)
    }
    const pump = () => {
      if (!waiting.length && !active) return resolve()
      for (let index = waiting.findIndex(startable); index >= 0; index = waiting.findIndex(startable)) {
        start(waiting.splice(index, 1)[0] as Scheduled<T>)
      }
    }
    pump()
  })
}
