import { describe, expect, it } from '@jest/globals'
import { parseActionSettings } from '../src/action-settings.js'

describe('the action-only inputs', () => {
  it('default to publishing everything, commenting on divergence', () => {
    expect(parseActionSettings({ token: 'ghs_x' })).toEqual({
      mode: 'all',
      token: 'ghs_x',
      comment: 'on-divergence',
      checkName: 'Readiness gate',
      gateId: 'readiness-gate',
      suggestChanges: false,
      issueLabel: 'readiness-gate',
      allowPullRequestTarget: false
    })
  })

  it('name the input, what was expected and what was received', () => {
    expect(() => parseActionSettings({ comment: 'sometimes', gateId: 'a b', mode: 'all' })).toThrow(
      /comment: .*"always".*\(received "sometimes"\)[\s\S]*gate-id: letters, digits.*\(received "a b"\)/
    )
    expect(() => parseActionSettings({ suggestChanges: 'maybe' })).toThrow(/suggest-changes: .*\(received "maybe"\)/)
    expect(() => parseActionSettings({ mode: 'sharded' })).toThrow(/mode: .*"verdict".*\(received "sharded"\)/)
  })

  it('read true and false the way workflow inputs write them', () => {
    expect(parseActionSettings({ suggestChanges: 'true', allowPullRequestTarget: 'false' })).toMatchObject({
      suggestChanges: true,
      allowPullRequestTarget: false
    })
  })
})
