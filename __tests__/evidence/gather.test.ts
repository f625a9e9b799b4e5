import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gatherEvidence } from '../../src/evidence/gather.js'
import type { CheckName } from '../../src/model.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import type { Logger } from '../../src/ports/logger.js'
import type { ProcessRunner, RunRequest } from '../../src/ports/process-runner.js'
import { repositoryWith, runResult } from '../helpers.js'

const logger: Logger = { info: () => undefined, warning: () => undefined, group: (_name, fn) => fn() }

/** A runner whose every command takes `ms` and records, in order, when each check started and ended. */
function slowRunner(ms: number): ProcessRunner & { events: string[] } {
  const events: string[] = []
  return {
    events,
    async run(request: RunRequest) {
      events.push(`start ${request.label}`)
      await new Promise((resolve) => setTimeout(resolve, ms))
      events.push(`end ${request.label}`)
      return runResult({ exitCode: 0 })
    }
  }
}

async function gatherWith(runner: ProcessRunner, checks: CheckName[], concurrency: number) {
  const root = repositoryWith({
    'package.json': JSON.stringify({ name: 'app', scripts: { typecheck: 'tsc --noEmit', build: 'tsc' } }),
    'package-lock.json': JSON.stringify({ name: 'app', lockfileVersion: 3, packages: {} }),
    'node_modules/.package-lock.json': '{}'
  })
  return gatherEvidence(
    { runner, fs: createFileSystem(), logger },
    {
      root,
      workDir: mkdtempSync(join(tmpdir(), 'gate-work-')),
      install: false,
      checks: new Set(checks),
      timeoutMs: 60_000,
      concurrency
    }
  )
}

describe('gatherEvidence scheduling', () => {
  it('runs the audit beside the other checks: it waits on the network and takes no slot', async () => {
    const runner = slowRunner(30)
    await gatherWith(runner, ['typecheck', 'build', 'audit'], 1)
    const starts = runner.events.slice(0, 2).sort()
    expect(starts).toEqual(['start audit', 'start typecheck'])
    expect(runner.events.indexOf('start build')).toBeGreaterThan(runner.events.indexOf('end typecheck'))
  })
})
