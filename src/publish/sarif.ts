import { posix } from 'node:path'
import type { ClaimVerdict, GateReport } from '../model.js'
import { VERSION } from '../version.js'
import { isDivergent } from './render-markdown.js'

const RULES = {
  contradicted: {
    id: 'readiness-gate/contradicted-claim',
    level: 'error',
    description: 'A readiness claim in a committed report is contradicted by the evidence.'
  },
  stale: {
    id: 'readiness-gate/stale-claim',
    level: 'warning',
    description: 'A readiness claim held when it was written and no longer does.'
  }
} as const

function resultOf(claim: ClaimVerdict, pathPrefix: string) {
  const rule = claim.verdict === 'stale' ? RULES.stale : RULES.contradicted
  return {
    ruleId: rule.id,
    level: rule.level,
    message: { text: `"${claim.text}": ${claim.reason}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: posix.join(pathPrefix, claim.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: claim.line }
        }
      }
    ],
    // Code scanning matches results across runs by these, so a claim keeps its alert while its line moves.
    partialFingerprints: { claim: `${claim.kind}:${claim.file}:${claim.text}` }
  }
}

/** The claims that do not hold as SARIF 2.1.0, for GitHub code scanning. */
export function renderSarif(report: GateReport, pathPrefix: string): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'readiness-gate',
            version: VERSION,
            informationUri: 'https://github.com/readiness-gate/readiness-gate',
            rules: Object.values(RULES).map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.level }
            }))
          }
        },
        results: report.claims.filter((c) => isDivergent(c.verdict)).map((c) => resultOf(c, pathPrefix))
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
