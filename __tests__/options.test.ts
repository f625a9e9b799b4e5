import { describe, expect, it } from '@jest/globals'
import { SETTING_INPUTS } from '../src/constants.js'
import { ConfigurationError } from '../src/errors.js'
import { parseSettings } from '../src/options.js'

const NAMES = SETTING_INPUTS

describe('parseSettings', () => {
  it('applies the defaults to empty inputs', () => {
    expect(parseSettings({ directory: '', checks: '', install: '' }, NAMES)).toEqual({
      directory: '.',
      install: true,
      testsAfterBuild: 'auto',
      checks: ['typecheck', 'build', 'tests', 'audit', 'lint'],
      timeoutSeconds: 900,
      failOn: ['contradicted']
    })
  })

  it('reads lists separated by commas or new lines', () => {
    const options = parseSettings({ checks: 'tests,\ntypecheck', reports: 'docs/**/*.md\nSTATUS.md' }, NAMES)
    expect(options.checks).toEqual(['tests', 'typecheck'])
    expect(options.reports).toEqual(['docs/**/*.md', 'STATUS.md'])
  })

  it('names the input, what was expected and what was received', () => {
    const attempt = () => parseSettings({ checks: 'tests,coverage', install: 'maybe', timeoutSeconds: '-5' }, NAMES)
    expect(attempt).toThrow(ConfigurationError)
    expect(attempt).toThrow(/checks: .*"typecheck".*\(received "tests,coverage"\)/)
    expect(attempt).toThrow(/install: .*\(received "maybe"\)/)
    expect(attempt).toThrow(/check-timeout: .*\(received "-5"\)/)
  })
})

describe('parseSettings for max-parallel', () => {
  it('leaves the number of checks at once to the machine when empty, and reads a whole number', () => {
    expect(parseSettings({ maxParallel: '' }, NAMES).maxParallel).toBeUndefined()
    expect(parseSettings({ maxParallel: ' 2 ' }, NAMES).maxParallel).toBe(2)
  })

  it('rejects zero, fractions, words and more than 64, naming the input', () => {
    for (const value of ['0', '1.5', 'all', '65'])
      expect(() => parseSettings({ maxParallel: value }, NAMES)).toThrow(
        new RegExp(`max-parallel: .*\\(received "${value.replace('.', '\\.')}"\\)`)
      )
  })
})

describe('parseSettings for fail-on', () => {
  it('reads a list of conditions, and never alone', () => {
    expect(parseSettings({ failOn: 'contradicted, stale,self-contradiction' }, NAMES).failOn).toEqual([
      'contradicted',
      'stale',
      'self-contradiction'
    ])
    expect(parseSettings({ failOn: 'never' }, NAMES).failOn).toEqual([])
  })

  it('rejects never combined with a condition, and unknown conditions', () => {
    expect(() => parseSettings({ failOn: 'never,stale' }, NAMES)).toThrow(/fail-on: "never" cannot be combined/)
    expect(() => parseSettings({ failOn: 'sometimes' }, NAMES)).toThrow(/fail-on: .*received "sometimes"/)
  })
})
