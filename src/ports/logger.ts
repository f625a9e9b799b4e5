/** Where the gate says what it is doing. The action routes it to @actions/core, the CLI to stderr. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** Groups the log lines of one step (a collapsible group in the Actions log). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export function createConsoleLogger(
  write: (line: string) => void = (line) => process.stderr.write(line + '\n')
): Logger {
  return {
    info: (message) => write(message),
    warning: (message) => write(`warning: ${message}`),
    group: async (name, fn) => {
      write(`▸ ${name}`)
      return fn()
    }
  }
}

export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  group: (_name, fn) => fn()
}
