import { describe, expect, it } from '@jest/globals'
import { escapeCell } from '../../src/publish/render-markdown.js'
import { renderText } from '../../src/publish/render-text.js'
import { truncateUtf8 } from '../../src/publish/truncate.js'
import { sampleReport } from './github/fake-github.js'

describe('escapeCell', () => {
  it('keeps text from the repository from pinging people, opening HTML or breaking the table', () => {
    expect(escapeCell('@team <img src=x> a | b')).toBe('@\u200bteam &lt;img src=x&gt; a \\| b')
  })
})

describe('truncateUtf8', () => {
  it('leaves short text alone', () => {
    expect(truncateUtf8('short', 100)).toBe('short')
  })

  it('cuts by bytes without splitting a character and says so', () => {
    const cut = truncateUtf8('✅'.repeat(1000), 200)
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(200)
    expect(cut).not.toContain('\uFFFD')
    expect(cut).toMatch(/truncated/)
  })

  it('closes a code fence left open by the cut', () => {
    const cut = truncateUtf8('```\n' + 'x'.repeat(500), 200)
    expect((cut.match(/```/g) ?? []).length).toBe(2)
  })
})

describe('renderText', () => {
  it('prints a report of 200,000 claims (a repository of 100,000 reports), the last one too', () => {
    const report = sampleReport()
    const claims = Array.from({ length: 200_000 }, (_, i) => ({ ...report.claims[0]!, line: i + 1 }))
    const text = renderText({ ...report, claims })
    expect(text).toContain(`${claims[0]!.file}:200000 `)
  })
})
