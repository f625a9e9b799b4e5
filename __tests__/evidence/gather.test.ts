import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gatherEvidence } from '../../src/evidence/gather.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import { installedNpmProject, recordingRunner, silentLogger } from '../helpers.js'

describe('gatherEvidence scheduling', () => {
  it('runs the audit beside the other checks: it waits on the network and takes no slot', async () => {
    const runner = recordingRunner(30)
    await gatherEvidence(
      { runner, fs: createFileSystem(), logger: silentLogger },
      {
        root: installedNpmProject({ typecheck: 'tsc --noEmit', build: 'tsc' }),
        workDir: mkdtempSync(join(tmpdir(), 'gate-work-')),
        install: false,
        checks: new Set(['typecheck', 'build', 'audit'] as const),
        timeoutMs: 60_000,
        concurrency: 1
      }
    )
    expect(runner.events.slice(0, 2).sort()).toEqual(['start audit', 'start typecheck'])
    expect(runner.events.indexOf('start build')).toBeGreaterThan(runner.events.indexOf('end typecheck'))
  })
})
