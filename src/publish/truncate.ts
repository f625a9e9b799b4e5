/** Cuts text to a UTF-8 byte budget without splitting a character, and says that it did. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  const notice = '\n\n… (truncated: the full report is in the report files)\n'
  const budget = maxBytes - Buffer.byteLength(notice) - 4 // room to close a code fence
  let end = budget
  // Step back to a character boundary: continuation bytes are 10xxxxxx.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--
  let cut = bytes.subarray(0, end).toString('utf8')
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += '\n```'
  return cut + notice
}
