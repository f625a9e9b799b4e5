/** A machine report that exists but cannot be read: truncated, not JSON, or not the expected tool's. */
export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReportFormatError'
  }
}

/**
 * A JUnit report cut short (a runner killed while writing, a full disk) still matches the patterns the
 * parsers look for, with smaller numbers. Only a document whose root element closes is read.
 */
export function requireCompleteXml(xml: string, what: string): void {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(testsuites?)\b[^>]*?(\/?)>/.exec(xml)
  const closed = root && (root[2] === '/' || new RegExp(`</${root[1]}>\\s*$`).test(xml))
  if (!closed) throw new ReportFormatError(`the ${what} report ends before its root element closes: it was cut short`)
}

/** Parses a tool's JSON report; text that is not JSON is a format error naming the report. */
export function parseReportJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ReportFormatError(`${what} is not valid JSON (${(error as Error).message})`)
  }
}
