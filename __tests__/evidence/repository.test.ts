import { describe, expect, it, beforeAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gatherRepositoryFacts } from '../../src/evidence/repository.js'
import type { Claim } from '../../src/model.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import type { RunRequest } from '../../src/ports/process-runner.js'
import { createProcessRunner } from '../../src/ports/process-runner.js'

const ports = { fs: createFileSystem(), runner: createProcessRunner(mkdtempSync(join(tmpdir(), 'repo-facts-'))) }
const claim = (kind: Claim['kind'], claimed: string, file = 'docs/STATUS.md'): Claim => ({
  file,
  line: 1,
  text: '',
  kind,
  claimed
})

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()
}

describe('gatherRepositoryFacts', () => {
  let repo: string
  let first: string
  let second: string

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'facts-repo-'))
    mkdirSync(join(repo, 'src'))
    mkdirSync(join(repo, 'docs'))
    writeFileSync(join(repo, 'src', 'a.ts'), 'export {}\n')
    writeFileSync(join(repo, 'docs', 'notes.md'), '# notes\n')
    symlinkSync('/etc/hostname', join(repo, 'src', 'leak.ts'))
    git(repo, 'init', '-q')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-qm', 'first')
    first = git(repo, 'rev-parse', 'HEAD')
    writeFileSync(join(repo, 'src', 'b.ts'), 'export {}\n')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-qm', 'second')
    second = git(repo, 'rev-parse', 'HEAD')
  })

  it('gathers nothing when no claim names a file or a commit', async () => {
    expect(await gatherRepositoryFacts(ports, repo, [claim('build.passing', 'x')])).toBeUndefined()
  })

  it('finds files from the root or from the report folder, and refuses links that leave the repository', async () => {
    const facts = await gatherRepositoryFacts(ports, repo, [
      claim('file.exists', 'src/a.ts'),
      claim('file.exists', 'notes.md'),
      claim('file.exists', 'src/missing.ts'),
      claim('file.exists', 'src/leak.ts')
    ])
    expect(facts?.files).toEqual({
      'src/a.ts': 'exists',
      'notes.md': 'exists',
      'src/missing.ts': 'missing',
      'src/leak.ts': 'outside'
    })
  })

  it('finds commits by short or full hash in the history', async () => {
    const facts = await gatherRepositoryFacts(ports, repo, [
      claim('commit.exists', first.slice(0, 7)),
      claim('commit.exists', second),
      claim('commit.exists', 'cac2649')
    ])
    expect(facts).toMatchObject({
      commits: { [first.slice(0, 7)]: 'present', [second]: 'present', cac2649: 'missing' },
      shallow: false
    })
  })

  it('looks every hash up in one git process', async () => {
    const commands: string[] = []
    const counting = {
      ...ports,
      runner: { run: (r: RunRequest) => (commands.push(r.args[0] ?? ''), ports.runner.run(r)) }
    }
    const hashes = [first, second, 'cac2649', first.slice(0, 8)]
    const facts = await gatherRepositoryFacts(
      counting,
      repo,
      hashes.map((hash) => claim('commit.exists', hash))
    )
    expect(Object.values(facts?.commits ?? {})).toEqual(['present', 'present', 'missing', 'present'])
    expect(commands.filter((command) => command === 'cat-file')).toHaveLength(1)
  })

  it('says when the history is shallow, so a missing commit is not called false', async () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'facts-shallow-')), 'c')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone])
    const facts = await gatherRepositoryFacts(ports, clone, [claim('commit.exists', first.slice(0, 7))])
    expect(facts).toMatchObject({ commits: { [first.slice(0, 7)]: 'missing' }, shallow: true })
  })

  it('says why commits cannot be checked outside a git repository', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'facts-plain-'))
    const facts = await gatherRepositoryFacts(ports, plain, [claim('commit.exists', 'cac2649')])
    expect(facts).toMatchObject({ commits: {}, commitsUnknown: 'the directory is not a git repository' })
  })
})
