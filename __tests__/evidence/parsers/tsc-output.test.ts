import { describe, expect, it } from '@jest/globals'
import { countByCode, parseTscOutput } from '../../../src/evidence/parsers/tsc-output.js'
import { fixture } from '../../helpers.js'

const VERSIONS = ['tsc-ts59', 'tsc-ts6', 'tsc-typescript']

describe('parseTscOutput', () => {
  describe.each(VERSIONS)('on %s output', (version) => {
    it('counts every located diagnostic of the plain format with its code', () => {
      const output = parseTscOutput(fixture(`tsc/${version}/errors.pretty-false.stdout`))
      expect(output.diagnostics).toHaveLength(5)
      expect(countByCode(output.diagnostics)).toEqual({ TS2322: 2, TS18048: 1, TS7006: 1, TS2345: 1 })
      expect(output.diagnostics[0]).toEqual({
        file: 'src/a.ts',
        line: 2,
        column: 9,
        code: 'TS2322',
        message: "Type 'string' is not assignable to type 'number'."
      })
    })

    it('finds no diagnostic in a clean run', () => {
      expect(parseTscOutput(fixture(`tsc/${version}/clean.pretty-false.stdout`)).diagnostics).toEqual([])
    })
  })

  it('reads the coloured --pretty format and its summary line alike', () => {
    const output = parseTscOutput(fixture('tsc/tsc-typescript/errors.pretty-true.stdout'))
    expect(output.diagnostics).toHaveLength(5)
    expect(output.summaryCount).toBe(5)
  })

  it('does not count the indented continuation lines of an elaborated error', () => {
    const output = parseTscOutput(fixture('tsc/tsc-ts59/multiline.pretty-false.stdout'))
    expect(output.diagnostics.map((d) => d.code)).toEqual(['TS2322', 'TS2345', 'TS2554'])
  })

  it('reads configuration errors, which have no location', () => {
    const output = parseTscOutput(fixture('tsc/tsc-ts59/badconfig.pretty-false.stdout'))
    expect(output.diagnostics.map((d) => [d.file, d.code])).toEqual([
      [undefined, 'TS5083'],
      [undefined, 'TS6053']
    ])
  })

  it('recognises the help text tsc prints when it finds no tsconfig.json', () => {
    const output = parseTscOutput(fixture('tsc/tsc-ts59/noconfig.stdout'))
    expect(output).toMatchObject({ diagnostics: [], printedHelp: true })
  })

  it('does not mistake a clean run for the help text', () => {
    expect(parseTscOutput('').printedHelp).toBe(false)
  })
})
