/** Evidence reused across runs on an unchanged committed tree, through the bundled CLI and real git. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GateReport } from '../../src/model.js'
import { EXAMPLES_DIR } from '../helpers.js'
import { runDistAsync } from './run-dist.js'

const repo = mkdtempSync(join(tmpdir(), 'gate-cache-repo-'))
const cache = mkdtempSync(join(tmpdir(), 'gate-cache-'))
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=gate', '-c', 'user.email=gate@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  })

async function gate(...flags: string[]): Promise<GateReport> {
  const json = join(mkdtempSync(join(tmpdir(), 'gate-cache-run-')), 'report.json')
  const args = [repo, '--no-install', '--quiet', '--checks', 'tests', '--cache', cache, '--json', json, ...flags]
  await runDistAsync('cli.js', args)
  return JSON.parse(readFileSync(json, 'utf8')) as GateReport
}

const counts = (report: GateReport) => {
  const { total, passed, failed } = report.evidence.tests
  return { total, passed, failed }
}

describe('the evidence cache', () => {
  let first: GateReport
  let second: GateReport
  beforeAll(async () => {
    cpSync(join(EXAMPLES_DIR, 'github-pr'), repo, { recursive: true })
    git('init', '-q')
    git('add', '.')
    git('commit', '-q', '-m', 'example')
    first = await gate()
    // How many checks run at once does not decide the evidence.
    second = await gate('--max-parallel', '1')
  })

  it('gathers on the first run and reuses on an unchanged tree, with the same evidence', () => {
    expect(first.cache).toMatchObject({ hit: false, key: expect.stringMatching(/^[0-9a-f]{32}$/) })
    expect(second.cache).toEqual({ hit: true, key: first.cache?.key })
    expect(second.notes.at(-1)).toMatch(/^evidence reused from the cache/)
    expect(counts(second)).toEqual(counts(first))
    expect(counts(first)).toEqual({ total: 3, passed: 2, failed: 1 })
  })

  it('is not used while the tree has uncommitted changes', async () => {
    appendFileSync(join(repo, 'test', 'math.test.js'), "test('subtracts', () => assert.strictEqual(3 - 1, 2))\n")
    const dirty = await gate()
    expect(dirty.cache).toEqual({ hit: false, reason: 'the tree has uncommitted changes' })
    expect(counts(dirty)).toEqual({ total: 4, passed: 3, failed: 1 })
  })

  it('misses once the change is committed, then hits again', async () => {
    git('commit', '-qam', 'one more test')
    const changed = await gate()
    expect(changed.cache?.hit).toBe(false)
    expect(changed.cache?.key).not.toBe(first.cache?.key)
    expect(counts(changed)).toEqual({ total: 4, passed: 3, failed: 1 })
    expect((await gate()).cache).toEqual({ hit: true, key: changed.cache?.key })
  })
})
