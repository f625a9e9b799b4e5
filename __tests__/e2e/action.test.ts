import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers.js'
import { runDist } from './run-dist.js'

/** Runs dist/index.js with the variables a runner sets for `uses: ./` with these inputs. */
function runAction(inputs: Record<string, string>) {
  const temp = mkdtempSync(join(tmpdir(), 'gate-action-'))
  const outputFile = join(temp, 'output')
  const summaryFile = join(temp, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: PROJECT_DIR,
    RUNNER_TEMP: temp
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const run = runDist('index.js', [], env)
  return {
    ...run,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    temp
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] as string] = match[3] as string
  return outputs
}

describe('the bundled action run as a runner runs it', () => {
  const example = relative(PROJECT_DIR, join(EXAMPLES_DIR, 'jest-overclaiming'))

  describe('on a repository whose report overclaims', () => {
    const result = runAction({ 'working-directory': example, install: 'false' })

    it('fails the job', () => {
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('::error::3 of 6 readiness claims contradicted by the evidence')
    })

    it('sets the verdict and the counts as outputs, and the report paths', () => {
      expect(result.outputs).toMatchObject({
        verdict: 'fail',
        claims: '6',
        verified: '3',
        contradicted: '3',
        unverifiable: '0'
      })
      const report = JSON.parse(readFileSync(result.outputs['report-json'] as string, 'utf8'))
      expect(report.counts).toEqual({ verified: 3, contradicted: 3, stale: 0, unverifiable: 0 })
      expect(readFileSync(result.outputs['report-markdown'] as string, 'utf8')).toContain('Readiness gate')
    })

    it('writes the claims table to the job summary', () => {
      expect(result.summary).toContain('## ❌ Readiness gate: 3 of 6 readiness claims contradicted by the evidence')
      expect(result.summary).toContain(
        '| ❌ | - ✅ TypeScript: 0 errors | `SESSION_REPORT.md:6` | claims 0; 2 type errors |'
      )
    })

    it('annotates each contradicted claim at its file and line', () => {
      const annotations = result.stdout
        .split('\n')
        .filter((line) => line.startsWith('::error title=Contradicted claim'))
      expect(annotations).toHaveLength(3)
      expect(annotations[0]).toContain(`file=${example}/SESSION_REPORT.md,line=5`)
    })
  })

  it('passes the job on an honest repository', () => {
    const result = runAction({
      'working-directory': relative(PROJECT_DIR, join(EXAMPLES_DIR, 'vitest-honest')),
      install: 'false'
    })
    expect(result.status).toBe(0)
    expect(result.outputs).toMatchObject({ verdict: 'pass', contradicted: '0', verified: '5' })
  })

  it('writes the SARIF file into a folder it makes, and names it as an output', () => {
    const sarif = join(mkdtempSync(join(tmpdir(), 'gate-sarif-')), 'reports', 'readiness.sarif')
    const result = runAction({
      'working-directory': relative(PROJECT_DIR, join(EXAMPLES_DIR, 'vitest-honest')),
      install: 'false',
      checks: 'tests',
      'sarif-file': sarif
    })
    expect(result.status).toBe(0)
    expect(result.outputs.sarif).toBe(sarif)
    expect(JSON.parse(readFileSync(sarif, 'utf8'))).toMatchObject({ version: '2.1.0' })
  })

  it('does not fail the job on contradictions when fail-on is never', () => {
    const result = runAction({ 'working-directory': example, install: 'false', checks: 'tests', 'fail-on': 'never' })
    expect(result.status).toBe(0)
    expect(result.outputs.verdict).toBe('pass')
  })

  it('fails with a message naming the input when an input is invalid', () => {
    const result = runAction({ 'working-directory': example, checks: 'tests,everything' })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/::error::Invalid settings:.*checks: .*received "tests,everything"/)
    expect(result.stdout).not.toContain('could not run')
  })
})

describe('the bundled action on a runner that gives no job summary file (act, for one)', () => {
  it('judges the claims as usual and says the report is in the log only', () => {
    const example = relative(PROJECT_DIR, join(EXAMPLES_DIR, 'vitest-honest'))
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: PROJECT_DIR,
      'INPUT_WORKING-DIRECTORY': example,
      INPUT_INSTALL: 'false',
      INPUT_CHECKS: 'tests'
    }
    const run = runDist('index.js', [], env)
    expect(run.stdout).toContain('No job summary file (GITHUB_STEP_SUMMARY is not set)')
    expect(run.stdout).not.toContain('could not run')
    expect(run.status).toBe(0)
  })
})
