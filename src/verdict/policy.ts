import type { ClaimVerdict } from '../model.js'
import type { FailOn } from '../options.js'
import { assertNever } from '../errors.js'

/** Whether the results meet any of the conditions the user chose to fail on. Pure. */
export function failsPolicy(failOn: readonly FailOn[], claims: ClaimVerdict[], selfContradictions: number): boolean {
  return failOn.some((condition) => {
    switch (condition) {
      case 'contradicted':
        return claims.some((c) => c.verdict === 'contradicted')
      case 'stale':
        return claims.some((c) => c.verdict === 'stale')
      case 'self-contradiction':
        return selfContradictions > 0
      case 'unverifiable-readiness':
        return claims.some((c) => c.kind.startsWith('readiness.') && c.verdict === 'unverifiable')
      default:
        return assertNever(condition)
    }
  })
}
