import { describe, expect, it } from '@jest/globals'
import type { EvidenceFile } from '../../src/evidence/evidence-file.js'
import { parseEvidenceFile, parseShard } from '../../src/evidence/evidence-file.js'
import type { NamedEvidence } from '../../src/evidence/merge.js'
import { mergeEvidence, sumShards } from '../../src/evidence/merge.js'
import type { CheckBase, CheckName, Evidence, TestEvidence } from '../../src/model.js'
import { CHECK_NAMES } from '../../src/model.js'

const off: CheckBase = { status: 'skipped', reason: 'disabled by the checks setting' }

function file(name: string, checks: CheckName[], results: Partial<Evidence>, shard?: string): NamedEvidence {
  const evidence = { ...Object.fromEntries(CHECK_NAMES.map((c) => [c, off])), ...results } as Evidence
  const content: EvidenceFile = {
    format: 'readiness-gate-evidence',
    schemaVersion: 1,
    checks,
    ...(shard ? { shard: parseShard(shard) } : {}),
    evidence,
    notes: []
  }
  return { name, file: content }
}

const tests = (passed: number, failed: number): TestEvidence => ({
  status: failed ? 'fail' : 'pass',
  runner: 'jest',
  total: passed + failed,
  passed,
  failed,
  skipped: 0,
  failedSuites: 0,
  reason: `${passed} passed`
})

describe('merging the evidence of a matrix', () => {
  it('takes each check from the one job that ran it', () => {
    const typecheck: CheckBase = { status: 'pass', reason: 'no type errors' }
    const { evidence, gaps } = mergeEvidence(
      [file('a.json', ['typecheck'], { typecheck }), file('b.json', ['tests'], { tests: tests(3, 0) })],
      new Set<CheckName>(['typecheck', 'tests'])
    )
    expect(gaps).toEqual([])
    expect(evidence.typecheck).toEqual(typecheck)
    expect(evidence.tests).toMatchObject({ status: 'pass', total: 3 })
    expect(evidence.build).toEqual(off)
  })

  it('names a check no job ran, and a check two jobs ran', () => {
    const lint: CheckBase = { status: 'pass', reason: 'clean' }
    const { evidence, gaps } = mergeEvidence(
      [file('a.json', ['lint'], { lint }), file('b.json', ['lint'], { lint })],
      new Set<CheckName>(['lint', 'build'])
    )
    expect(evidence.build).toEqual({ status: 'unknown', reason: 'no evidence file ran the build check' })
    expect(evidence.lint.status).toBe('unknown')
    expect(gaps).toEqual([
      'no evidence file ran the build check',
      'lint was reported by 2 evidence files (a.json, b.json); each check must come from one job, or the tests from the shards of one split'
    ])
  })

  it('refuses shards of different splits', () => {
    const { gaps } = mergeEvidence(
      [
        file('a.json', ['tests'], { tests: tests(1, 0) }, '1/2'),
        file('b.json', ['tests'], { tests: tests(1, 0) }, '2/3')
      ],
      new Set<CheckName>(['tests'])
    )
    expect(gaps).toEqual([
      'test evidence is incomplete: the test evidence mixes splits (a.json: shard 1/2, b.json: shard 2/3)'
    ])
  })

  it('makes the sum unknown when one shard could not be read, never a smaller green total', () => {
    const broken: TestEvidence = { status: 'unknown', reason: 'jest wrote no report (exit code 1)' }
    expect(sumShards([tests(4, 0), broken, tests(2, 0)])).toEqual({
      status: 'unknown',
      reason: 'a shard could not be read: jest wrote no report (exit code 1)'
    })
    expect(sumShards([tests(4, 0), tests(2, 1)])).toMatchObject({ status: 'fail', total: 7, passed: 6, failed: 1 })
  })
})

describe('evidence files', () => {
  it('read shards as INDEX/COUNT only', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, total: 3 })
    expect([parseShard('4/3'), parseShard('0/3'), parseShard('two')]).toEqual([undefined, undefined, undefined])
  })

  it('name the file and the field when one is not evidence', () => {
    expect(() =>
      parseEvidenceFile('shards/e.json', JSON.stringify({ format: 'readiness-gate-evidence', schemaVersion: 2 }))
    ).toThrow(/shards\/e.json is not a readiness-gate evidence file[\s\S]*schemaVersion/)
  })
})
