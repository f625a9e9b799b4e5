import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { createFileSystem } from '../../src/ports/file-system.js'

describe('createFileSystem().readText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gate-fs-'))

  it('names a folder where a file was expected, as a user error', async () => {
    mkdirSync(join(dir, 'tsconfig.json'))
    const reading = createFileSystem().readText(join(dir, 'tsconfig.json'))
    await expect(reading).rejects.toThrow(`${join(dir, 'tsconfig.json')} is a folder; expected a file`)
    await expect(reading).rejects.toBeInstanceOf(ConfigurationError)
  })

  it('names a file that cannot be read, with the reason, as a user error', async () => {
    const reading = createFileSystem().readText(join(dir, 'gone.json'))
    await expect(reading).rejects.toThrow(`${join(dir, 'gone.json')} could not be read: ENOENT`)
    await expect(reading).rejects.toBeInstanceOf(ConfigurationError)
  })
})
