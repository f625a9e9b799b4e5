import { describe, expect, it } from '@jest/globals'
import { findPackage, sumPackages } from '../../src/evidence/aggregate.js'
import type { PackageEvidence } from '../../src/model.js'

const skipped = { status: 'skipped' as const, reason: '' }
function pkg(path: string, tests: PackageEvidence['tests'], name?: string): PackageEvidence {
  return { path, name, typecheck: skipped, build: skipped, tests, lint: skipped }
}

describe('sumPackages', () => {
  it('adds up the test counts of the packages that ran', () => {
    const sums = sumPackages([
      pkg('a', { status: 'pass', reason: '', total: 3, passed: 3, failed: 0 }),
      pkg('b', { status: 'fail', reason: '', total: 2, passed: 1, failed: 1 }),
      pkg('c', skipped)
    ])
    expect(sums.tests).toMatchObject({
      status: 'fail',
      total: 5,
      passed: 4,
      failed: 1,
      reason: '4 of 5 tests passed (fails in b (of 2 packages))'
    })
  })

  it('is unknown when one package could not be checked: a partial total would be a false number', () => {
    const sums = sumPackages([
      pkg('a', { status: 'pass', reason: '', total: 3, passed: 3 }),
      pkg('b', { status: 'unknown', reason: 'jest wrote no report' })
    ])
    expect(sums.tests).toEqual({ status: 'unknown', reason: 'b: jest wrote no report' })
  })

  it('names five failing packages and counts the rest, so a large workspace keeps a one-line reason', () => {
    const failing = Array.from({ length: 12 }, (_, i) =>
      pkg(`packages/p${i + 1}`, { status: 'fail', reason: '', total: 1, failed: 1 })
    )
    expect(sumPackages(failing).tests.reason).toBe(
      '0 of 12 tests passed (fails in packages/p1, packages/p2, packages/p3, packages/p4, packages/p5 and 7 more (of 12 packages))'
    )
  })

  it('is skipped when no package has the check', () => {
    expect(sumPackages([pkg('a', skipped)]).build.status).toBe('skipped')
  })
})

describe('findPackage', () => {
  it('finds a package by folder or by name, not by a bare word', () => {
    const packages = [pkg('apps/web', skipped, '@acme/web')]
    expect(findPackage(packages, 'apps/web')?.path).toBe('apps/web')
    expect(findPackage(packages, '@acme/web')?.path).toBe('apps/web')
    expect(findPackage(packages, 'web')).toBeUndefined()
  })
})
