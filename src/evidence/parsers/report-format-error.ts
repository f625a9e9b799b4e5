/** A machine report that exists but cannot be read: truncated, not JSON, or not the expected tool's. */
export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReportFormatError'
  }
}
