import { describe, expect, it } from '@jest/globals'
import { testsNeedBuild } from '../../src/evidence/build-order.js'
import { createFileSystem } from '../../src/ports/file-system.js'
import { repositoryWith } from '../helpers.js'

const needs = (root: string, scripts: Record<string, string>) => testsNeedBuild(createFileSystem(), root, scripts)
const build = 'tsc -p tsconfig.json'

describe('testsNeedBuild', () => {
  it('is true when the test script names the output folder', async () => {
    expect(await needs(repositoryWith(), { build, test: 'node --test dist/' })).toBe(true)
    expect(await needs(repositoryWith(), { build, test: 'node --test ./dist/**/*.test.js' })).toBe(true)
  })

  it("is true when the output folder is tsconfig's outDir", async () => {
    const root = repositoryWith({ 'tsconfig.json': '{ "compilerOptions": { "outDir": "./out/" } }' })
    expect(await needs(root, { build, test: 'node --test out/' })).toBe(true)
  })

  it('is true when a test file imports from the output folder', async () => {
    const root = repositoryWith({ 'test/api.test.js': "import { api } from '../dist/index.js'\n" })
    expect(await needs(root, { build, test: 'vitest run' })).toBe(true)
    const required = repositoryWith({
      '__tests__/cli.spec.cjs': "const cli = require('../../build/cli')\n",
      'tsconfig.json': '{ "compilerOptions": { "outDir": "build" } }'
    })
    expect(await needs(required, { build, test: 'jest' })).toBe(true)
  })

  it('is false for tests of the sources, and for build/ or lib/ that is not an outDir (configuration and sources live there)', async () => {
    expect(await needs(repositoryWith(), { build, test: 'mocha --config build/mocharc.json' })).toBe(false)
    expect(
      await needs(repositoryWith({ 'test/a.test.ts': "import { a } from '../src/a'\n" }), { build, test: 'jest' })
    ).toBe(false)
    expect(
      await needs(repositoryWith({ 'test/a.test.js': "import { a } from '../lib/a.js'\n" }), { build, test: 'mocha' })
    ).toBe(false)
  })

  it('is false when the tests build by themselves or there is no build', async () => {
    expect(await needs(repositoryWith(), { build, pretest: 'npm run build', test: 'node --test dist/' })).toBe(false)
    expect(await needs(repositoryWith(), { build, test: 'npm run build && node --test dist/' })).toBe(false)
    expect(await needs(repositoryWith(), { build, test: 'tsc && node --test dist/' })).toBe(false)
    expect(await needs(repositoryWith(), { test: 'node --test dist/' })).toBe(false)
  })
})
