import type { ClaimVerdict } from '../model.js'
import type { ClaimHistory } from '../evidence/claim-history.js'
import { lineKey } from '../evidence/claim-history.js'

/**
 * A contradicted claim whose line the change under review did not write has drifted: it is `stale`,
 * and names the commit that wrote it. Claims the change wrote stay `contradicted`. Pure.
 */
export function markStale(verdicts: ClaimVerdict[], history: ClaimHistory): ClaimVerdict[] {
  return verdicts.map((verdict) => {
    if (verdict.verdict !== 'contradicted') return verdict
    const origin = history.origins.get(lineKey(verdict))
    if (!origin) return verdict
    const short = origin.commit.slice(0, 7)
    if (origin.inBase) {
      return {
        ...verdict,
        verdict: 'stale',
        lastChangedIn: origin.commit,
        reason: `${verdict.reason} (stale: written in ${short}, before this change)`
      }
    }
    return { ...verdict, lastChangedIn: origin.commit }
  })
}
