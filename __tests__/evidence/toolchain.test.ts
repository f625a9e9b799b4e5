import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { detectToolchain, expandWorkspaces, packageManagerCommand } from '../../src/evidence/toolchain.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import { repositoryWith } from '../helpers.js'
import { ConfigurationError } from '../../src/errors.js'

const detect = (root: string) => detectToolchain(createFileSystem(), root)

describe('expandWorkspaces', () => {
  it('finds no package under a pattern whose folder is a file, and the packages of the other patterns', async () => {
    const root = repositoryWith({ 'README.md': '# a file', 'apps/web/package.json': '{"name":"web"}' })
    expect(await expandWorkspaces(createFileSystem(), root, ['README.md/*', 'apps/*'])).toEqual(['apps/web'])
  })
})

describe('detectToolchain', () => {
  it('reads yarn berry from a lockfile with __metadata, and runs the release .yarnrc.yml names', async () => {
    const root = repositoryWith({
      'package.json': '{"name":"b"}',
      'yarn.lock': '__metadata:\n  version: 10\n',
      '.yarnrc.yml': 'yarnPath: .yarn/releases/yarn-4.18.1.cjs\n',
      '.yarn/releases/yarn-4.18.1.cjs': '// release'
    })
    const toolchain = await detect(root)
    expect(toolchain).toMatchObject({ packageManager: 'yarn-berry', detectedFrom: 'yarn.lock' })
    expect(packageManagerCommand(toolchain!, ['run', 'test'])).toEqual({
      command: 'node',
      args: [join(root, '.yarn/releases/yarn-4.18.1.cjs'), 'run', 'test']
    })
  })

  it('runs berry as `yarn` when the release named in yarnPath is not in the repository', async () => {
    const root = repositoryWith({
      'package.json': '{"packageManager":"yarn@4.18.1"}',
      '.yarnrc.yml': 'yarnPath: .yarn/releases/missing.cjs\n'
    })
    const toolchain = await detect(root)
    expect(packageManagerCommand(toolchain!, ['install'])).toEqual({ command: 'yarn', args: ['install'] })
  })

  it('says which file and why when .yarnrc.yml is not YAML', async () => {
    const root = repositoryWith({
      'package.json': '{"packageManager":"yarn@4.1.0"}',
      '.yarnrc.yml': 'yarnPath: [unclosed\n'
    })
    await expect(detect(root)).rejects.toThrow(/\.yarnrc\.yml is not valid YAML/)
  })

  it('says which file and why when pnpm-workspace.yaml is not YAML', async () => {
    const root = repositoryWith({ 'package.json': '{}', 'pnpm-workspace.yaml': 'packages:\n  - "apps/*\n' })
    const detecting = detect(root)
    await expect(detecting).rejects.toThrow(
      `${join(root, 'pnpm-workspace.yaml')} is not valid YAML: Missing closing "quote`
    )
    await expect(detecting).rejects.toBeInstanceOf(ConfigurationError)
  })

  it('says which fields of package.json have the wrong type, and what they hold', async () => {
    const root = repositoryWith({
      'package.json': JSON.stringify({ packageManager: 9, scripts: { build: 5 }, workspaces: { packages: 'apps/*' } })
    })
    const detecting = detect(root)
    await expect(detecting).rejects.toBeInstanceOf(ConfigurationError)
    await expect(detecting).rejects.toThrow(
      [
        `The manifest ${join(root, 'package.json')} is not a package.json the gate can read:`,
        '  workspaces: expected a list of folder globs, or an object whose packages are one; received {"packages":"apps/*"}',
        '  packageManager: Invalid input: expected string, received number; received 9',
        '  scripts.build: Invalid input: expected string, received number; received 5'
      ].join('\n')
    )
  })

  it('names a tsconfig.json that is a folder, rather than failing with an internal error', async () => {
    const root = repositoryWith({ 'package.json': '{}', 'tsconfig.json/base.json': '{}' })
    await expect(detect(root)).rejects.toThrow(`${join(root, 'tsconfig.json')} is a folder; expected a file`)
  })

  it('reads bun from bun.lock and `bun test` as its test runner', async () => {
    const root = repositoryWith({ 'package.json': '{"scripts":{"test":"bun test --timeout 5000"}}', 'bun.lock': '{}' })
    expect(await detect(root)).toMatchObject({ packageManager: 'bun', testRunner: 'bun', detectedFrom: 'bun.lock' })
  })

  it('keeps classic yarn for a v1 lockfile', async () => {
    const root = repositoryWith({ 'package.json': '{}', 'yarn.lock': '# yarn lockfile v1\n' })
    expect(await detect(root)).toMatchObject({ packageManager: 'yarn' })
    expect(packageManagerCommand({ packageManager: 'yarn' }, ['audit'])).toEqual({ command: 'yarn', args: ['audit'] })
  })
})
