import { describe, expect, it } from '@jest/globals'
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
