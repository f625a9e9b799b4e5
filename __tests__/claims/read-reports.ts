import type { ReadClaimsOptions } from '../../src/claims/claim-sources.js'
import { readClaimSources } from '../../src/claims/claim-sources.js'
import type { ReadClaimsResult } from '../../src/claims/read-claims.js'
import { claimsOfReports, segmentReports } from '../../src/claims/read-claims.js'
import type { FileSystem } from '../../src/ports/file-system.js'

/** The claims stage in one call, as the gate takes it in steps: find and read the reports, cut, match. */
export async function readClaims(
  fs: FileSystem,
  root: string,
  options: ReadClaimsOptions = {}
): Promise<ReadClaimsResult> {
  return claimsOfReports(await segmentReports(await readClaimSources(fs, root, options)))
}
