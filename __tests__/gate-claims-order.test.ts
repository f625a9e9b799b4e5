/**
 * When the gate parses the reports: it cuts them into lines after the checks that need no claims have
 * started, looks for coverage claims before the tests (they decide whether the tests measure coverage),
 * and runs the other matchers once the tests have started. Each step is replaced by one that records
 * when it runs; what they extract is tested in __tests__/claims.
 */
import { describe, expect, it, jest } from '@jest/globals'
import type { ClaimSources } from '../src/claims/claim-sources.js'
import type { Claim } from '../src/model.js'
import type { ProcessRunner } from '../src/ports/process-runner.js'
import { repositoryWith, runResult, silentLogger } from './helpers.js'

const events: string[] = []

jest.unstable_mockModule('../src/claims/read-claims.js', () => ({
  segmentReports: (sources: ClaimSources) => {
    events.push('cut')
    return { sources, segments: [] }
  },
  claimsCoverage: ({ sources }: { sources: ClaimSources }) => {
    events.push('coverage')
    return sources.reports.some(({ text }) => text.includes('coverage'))
  },
  claimsOfReports: ({ sources }: { sources: ClaimSources }) => {
    events.push('match')
    const claims: Claim[] = sources.reports
      .filter(({ text }) => text.includes('coverage'))
      .map(({ file }) => ({ file, line: 1, text: 'coverage: 90%', kind: 'coverage.percent', claimed: 90 }))
    return { claims, reports: sources.reports.map(({ file }) => file), notes: [] }
  }
}))

const { runGate } = await import('../src/gate.js')
const { parseSettings } = await import('../src/options.js')
const { SETTING_INPUTS } = await import('../src/constants.js')
const { createFileSystem } = await import('../src/ports/file-system.js')

/** Records each check's start and end among the gate's events, and the tests' arguments. */
function orderRunner(args: Map<string, string[]>): ProcessRunner {
  return {
    async run(request) {
      events.push(`start ${request.label}`)
      args.set(request.label, request.args)
      await new Promise((resolve) => setTimeout(resolve, 20))
      events.push(`end ${request.label}`)
      return runResult({ exitCode: 0 })
    }
  }
}

async function gateOn(report: string, checks: string) {
  events.length = 0
  const args = new Map<string, string[]>()
  const directory = repositoryWith({
    'package.json': JSON.stringify({ name: 'app', scripts: { typecheck: 'tsc --noEmit', test: 'jest' } }),
    'package-lock.json': JSON.stringify({ name: 'app', lockfileVersion: 3, packages: {} }),
    'node_modules/.package-lock.json': '{}',
    'STATUS.md': report
  })
  const options = parseSettings({ directory, checks }, SETTING_INPUTS)
  const ports = { fs: createFileSystem(), logger: silentLogger, createRunner: () => orderRunner(args) }
  const result = await runGate(ports, options)
  return { events: [...events], testArgs: args.get('tests') ?? [], result }
}

describe('runGate, on when it parses the reports', () => {
  it('starts the checks that need no claims, looks for coverage claims, starts the tests, then matches the rest', async () => {
    const { events: seen } = await gateOn('# Status\n\nAll tests passing.\n', 'typecheck,tests')
    const order = ['start typecheck', 'cut', 'coverage', 'start tests', 'match'].map((event) => seen.indexOf(event))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(order).not.toContain(-1)
    for (const step of ['cut', 'coverage', 'match']) expect(seen.filter((event) => event === step)).toHaveLength(1)
  })

  it('measures coverage in the tests when a report claims coverage, and only then', async () => {
    const claimed = await gateOn('# Status\n\ncoverage: 90%\n', 'typecheck,tests')
    expect(claimed.testArgs).toContain('--coverage')
    expect(claimed.result.claims.map((claim) => claim.kind)).toEqual(['coverage.percent'])
    const unclaimed = await gateOn('# Status\n\nAll tests passing.\n', 'typecheck,tests')
    expect(unclaimed.testArgs).not.toContain('--coverage')
  })

  it('parses once the checks are done when no tests run', async () => {
    const { events: seen, result } = await gateOn('# Status\n\ncoverage: 90%\n', 'typecheck')
    expect(seen).toEqual(['start typecheck', 'end typecheck', 'cut', 'coverage', 'match'])
    expect(result.reports).toEqual(['STATUS.md'])
  })
})
