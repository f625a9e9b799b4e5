/** A problem in the user's input, configuration or repository, as opposed to a bug in the gate. */
export class ConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ConfigurationError'
  }
}

/**
 * A user error for something of the user's that could not be read (`named`: "The evidence directory
 * …"), with the reason: a file or folder the gate cannot read is theirs to mend, not a bug.
 */
export function unreadableError(named: string, error: unknown): ConfigurationError {
  return new ConfigurationError(`${named} could not be read: ${getErrorMessage(error)}`, { cause: error })
}

/** An error's code (`EACCES`), short enough for a note, or its message when it has none. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? getErrorMessage(error)
}

export function getErrorMessage(error: unknown): string {
  // Not `instanceof Error`: an error made in another realm (a vm context, a worker) is not one.
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`)
}

/** Shortens text for error messages and reports, saying how much was cut. */
export function ellipsis(text: string, max: number): string {
  if (text.length <= max) return text
  return `${text.slice(0, max)}… (${text.length - max} more characters)`
}

/** Names the first few items of a list and counts the rest: a 200-package workspace stays one line. */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ')
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`
}

/** `1 report`, `2 reports`: a count with its noun, plural unless it is one. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
