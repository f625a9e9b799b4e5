import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../src/errors.js'
import { SETTING_INPUTS } from '../src/constants.js'
import { runGate } from '../src/gate.js'
import { parseSettings } from '../src/options.js'
import { createFileSystem } from '../src/ports/file-system.js'
import { installedNpmProject, mostAtOnce, recordingRunner, silentLogger } from './helpers.js'

/** The gate on a project with three scripts, each taking 30 ms under a recording runner. */
async function gateWith(maxParallel: string) {
  const runner = recordingRunner(30)
  const directory = installedNpmProject({ typecheck: 'tsc --noEmit', build: 'tsc', test: 'node --test' })
  const options = parseSettings({ directory, checks: 'typecheck,build,tests', maxParallel }, SETTING_INPUTS)
  await runGate({ fs: createFileSystem(), logger: silentLogger, createRunner: () => runner }, options)
  return runner.events
}

describe('runGate', () => {
  it('runs no more checks at once than max-parallel allows', async () => {
    expect(mostAtOnce(await gateWith('1'))).toBe(1)
    expect(mostAtOnce(await gateWith('2'))).toBe(2)
  })

  it('runs more than one check at once by default', async () => {
    expect(mostAtOnce(await gateWith(''))).toBeGreaterThan(1)
  })
})

describe('runGate with the evidence of a matrix', () => {
  it('fails with a user error that names the evidence directory when it cannot be listed', async () => {
    const directory = installedNpmProject({ test: 'node --test' })
    const evidenceDir = mkdtempSync(join(tmpdir(), 'gate-evidence-'))
    const real = createFileSystem()
    // Root lists every folder, so the refusal another user gets is made here.
    const fs = {
      ...real,
      list: (path: string) =>
        path === evidenceDir ? Promise.reject(new Error('EACCES: permission denied')) : real.list(path)
    }
    const options = parseSettings({ directory, evidenceDir }, SETTING_INPUTS)
    const run = runGate({ fs, logger: silentLogger, createRunner: () => recordingRunner(0) }, options)
    await expect(run).rejects.toThrow(
      `The evidence directory ${evidenceDir} could not be read: EACCES: permission denied`
    )
    await expect(run).rejects.toBeInstanceOf(ConfigurationError)
  })
})
