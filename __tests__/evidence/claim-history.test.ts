import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parsePorcelain, readClaimHistory } from '../../src/evidence/claim-history.js'
import type { Claim } from '../../src/model.js'
import type { ProcessRunner, RunRequest } from '../../src/ports/process-runner.js'
import { createProcessRunner } from '../../src/ports/process-runner.js'

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()
}

const claimAt = (file: string, line: number): Claim => ({ file, line, text: 'x', kind: 'build.passing', claimed: true })

/** Two reports: lines 1 and 3 of each written in the first commit, line 2 of A.md in the second. */
let repo: string
let first: string
let second: string

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'gate-history-'))
  git(repo, 'init', '-q', '-b', 'main')
  writeFileSync(join(repo, 'A.md'), 'one\ntwo\nthree\n')
  writeFileSync(join(repo, 'B.md'), 'one\ntwo\nthree\n')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'first')
  first = git(repo, 'rev-parse', 'HEAD')
  writeFileSync(join(repo, 'A.md'), 'one\nTWO\nthree\n')
  git(repo, 'commit', '-qam', 'second')
  second = git(repo, 'rev-parse', 'HEAD')
})

/** The real runner, with the requests it was given. */
function recordedRunner(): ProcessRunner & { requests: RunRequest[] } {
  const real = createProcessRunner(mkdtempSync(join(tmpdir(), 'gate-history-logs-')))
  const requests: RunRequest[] = []
  return { requests, run: (request) => (requests.push(request), real.run(request)) }
}

describe('parsePorcelain', () => {
  it("reads each line's commit from real git blame output with several ranges", () => {
    const output = git(repo, 'blame', '--porcelain', '-L', '1,1', '-L', '2,2', '-L', '3,3', '--', 'A.md')
    expect(parsePorcelain(output)).toEqual(
      new Map([
        [1, { commit: first, boundary: true }],
        [2, { commit: second, boundary: false }],
        [3, { commit: first, boundary: true }]
      ])
    )
  })
})

describe('readClaimHistory', () => {
  it('blames each file once for all its claimed lines, and asks the base once a commit', async () => {
    const runner = recordedRunner()
    const claims = [claimAt('A.md', 1), claimAt('A.md', 2), claimAt('A.md', 3), claimAt('B.md', 1), claimAt('B.md', 3)]
    const history = await readClaimHistory(runner, repo, claims, first)
    expect(history.origins).toEqual(
      new Map([
        ['A.md:1', { commit: first, inBase: true }],
        ['A.md:2', { commit: second, inBase: false }],
        ['A.md:3', { commit: first, inBase: true }],
        ['B.md:1', { commit: first, inBase: true }],
        ['B.md:3', { commit: first, inBase: true }]
      ])
    )
    const calls = runner.requests.map((request) => request.args.slice(0, 1).join(' '))
    expect(calls.filter((call) => call === 'blame')).toHaveLength(2)
    expect(calls.filter((call) => call === 'merge-base')).toHaveLength(2)
  })

  it('gives no origin to a line not yet committed', async () => {
    writeFileSync(join(repo, 'C.md'), 'new\n')
    const history = await readClaimHistory(recordedRunner(), repo, [claimAt('C.md', 1), claimAt('B.md', 2)])
    expect(history.origins).toEqual(new Map([['B.md:2', { commit: first }]]))
  })
})
