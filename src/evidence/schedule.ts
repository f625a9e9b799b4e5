/** One unit of work and the key of the unit it must wait for, if any. */
export interface Scheduled<T> {
  item: T
  key: string
  after?: string
}

/**
 * Runs work items at most `limit` at a time. An item whose `after` names another item starts only once
 * that one has finished, and a waiting item never holds a slot: independent work runs meanwhile.
 * Keys named by `after` but not scheduled are ignored.
 */
export async function runScheduled<T>(
  items: Array<Scheduled<T>>,
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  const keys = new Set(items.map((s) => s.key))
  const finished = new Set<string>()
  const waiting = [...items]
  let running = 0
  await new Promise<void>((resolve, reject) => {
    const ready = (s: Scheduled<T>) => !s.after || !keys.has(s.after) || finished.has(s.after)
    const pump = () => {
      if (!waiting.length && !running) return resolve()
      while (running < limit) {
        const index = waiting.findIndex(ready)
        if (index < 0) break
        const [next] = waiting.splice(index, 1) as [Scheduled<T>]
        running += 1
        work(next.item).then(() => {
          running -= 1
          finished.add(next.key)
          pump()
        }, reject)
      }
    }
    pump()
  })
}
