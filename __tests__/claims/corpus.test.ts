import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { evaluateCorpus, formatEvaluation, ratio } from '../../scripts/claims-eval/evaluate.js'
import { EXAMPLES_DIR, TESTS_DIR } from '../helpers.js'

describe('the labelled claims corpus', () => {
  const result = evaluateCorpus(join(TESTS_DIR, 'claims-corpus'), EXAMPLES_DIR)

  it('is extracted with precision of at least 0.97 and recall of at least 0.90', async () => {
    const { totals } = await result
    const report = formatEvaluation(await result)
    expect({ precision: ratio(totals.matched, totals.extracted) >= 0.97, report }).toEqual({ precision: true, report })
    expect({ recall: ratio(totals.matched, totals.labelled) >= 0.9, report }).toEqual({ recall: true, report })
  })

  it('gives no contradicted verdict on an all-honest report', async () => {
    expect((await result).honestContradictions).toBe(0)
  })

  it('labels a substantial number of claims', async () => {
    expect((await result).totals.labelled).toBeGreaterThanOrEqual(60)
  })
})
