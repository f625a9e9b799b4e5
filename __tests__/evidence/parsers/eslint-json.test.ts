import { describe, expect, it } from '@jest/globals'
import { parseEslintJson } from '../../../src/evidence/parsers/eslint-json.js'
import { fixture } from '../../helpers.js'

describe('parseEslintJson', () => {
  it('sums errors and warnings over the files', () => {
    const counts = parseEslintJson(fixture('eslint/errors.output-file.json'))
    expect(counts).toMatchObject({ errors: 5, warnings: 3 })
    expect(counts.problems[0]).toMatch(/:\d+: .+ \(.+\)$/)
  })

  it('reads a clean run as zero', () => {
    expect(parseEslintJson(fixture('eslint/clean.json.stdout'))).toMatchObject({ errors: 0, warnings: 0 })
  })

  it('rejects output that is not a JSON array', () => {
    expect(() => parseEslintJson(fixture('eslint/badconfig.stdout'))).toThrow(/ESLint report/)
  })
})
