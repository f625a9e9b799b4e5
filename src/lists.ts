/** A list cut into parts of `size` items, the last one shorter. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = []
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size))
  return parts
}

/**
 * Calls `work` for every item, with at most `limit` calls under way at once, and waits for them all.
 * For many short processes (one `git` call a file): one at a time their start-up adds up, and all at once
 * they would crowd the machine.
 */
export async function inTurns<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
