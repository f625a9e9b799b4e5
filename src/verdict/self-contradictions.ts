import type { Claim, ClaimKind, SelfContradiction } from '../model.js'
import { CLAIM_KINDS, claimValueType } from '../model.js'

/** Kinds whose claims name a quantity or a state; paths, hashes and free phrases cannot disagree. */
const COMPARABLE: ReadonlySet<ClaimKind> = new Set(CLAIM_KINDS.filter((kind) => claimValueType(kind) !== 'string'))

/**
 * Finds reports that disagree with themselves: two exact claims of the same quantity and scope with
 * different values (`coverage 73.6%` in one section, `42.6%` in another). Bounded claims (`285+`, `~200`)
 * are left out, as they can agree with several numbers.
 */
export function findSelfContradictions(claims: Claim[]): SelfContradiction[] {
  const groups = new Map<string, Claim[]>()
  for (const claim of claims) {
    if (!COMPARABLE.has(claim.kind) || claim.bound) continue
    const key = `${claim.file}\u0000${claim.kind}\u0000${claim.scope ?? ''}`
    const group = groups.get(key)
    if (group) group.push(claim)
    else groups.set(key, [claim])
  }
  const found: SelfContradiction[] = []
  for (const group of groups.values()) {
    if (new Set(group.map((c) => String(c.claimed))).size < 2) continue
    const [first] = group
    if (!first) continue
    found.push({
      kind: first.kind,
      ...(first.scope ? { scope: first.scope } : {}),
      claims: group.map(({ file, line, text, claimed }) => ({ file, line, text, claimed }))
    })
  }
  return found
}
