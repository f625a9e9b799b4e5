/**
 * A stand-in for the npm registry's advisory service on 127.0.0.1, for tests: the real endpoint refuses
 * this machine, and no test may reach the internet. It answers the bulk advisory endpoint with real
 * GitHub advisory records (GHSA ids, titles, ranges, severities as published; numeric ids are
 * placeholders) and the packument requests npm makes afterwards, and records every request.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import semver from 'semver'

interface Advisory {
  id: number
  url: string
  title: string
  severity: 'low' | 'moderate' | 'high' | 'critical'
  vulnerable_versions: string
  cwe: string[]
  cvss: { score: number; vectorString: string }
}

export const ADVISORIES: Record<string, Advisory[]> = {
  lodash: [
    {
      id: 1900001,
      url: 'https://github.com/advisories/GHSA-p6mc-m468-83gw',
      title: 'Prototype Pollution in lodash',
      severity: 'high',
      vulnerable_versions: '>=3.7.0 <4.17.19',
      cwe: ['CWE-770', 'CWE-1321'],
      cvss: { score: 7.4, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H' }
    },
    {
      id: 1900002,
      url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
      title: 'Command Injection in lodash',
      severity: 'high',
      vulnerable_versions: '<4.17.21',
      cwe: ['CWE-77', 'CWE-94'],
      cvss: { score: 7.2, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' }
    },
    {
      id: 1900003,
      url: 'https://github.com/advisories/GHSA-29mw-wpgm-hmr9',
      title: 'Regular Expression Denial of Service (ReDoS) in lodash',
      severity: 'moderate',
      vulnerable_versions: '>=4.0.0 <4.17.21',
      cwe: ['CWE-400', 'CWE-1333'],
      cvss: { score: 5.3, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }
    }
  ],
  minimist: [
    {
      id: 1900004,
      url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m',
      title: 'Prototype Pollution in minimist',
      severity: 'moderate',
      vulnerable_versions: '<0.2.1 || >=1.0.0 <1.2.3',
      cwe: ['CWE-1321'],
      cvss: { score: 5.6, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L' }
    },
    {
      id: 1900005,
      url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
      title: 'Prototype Pollution in minimist',
      severity: 'critical',
      vulnerable_versions: '<0.2.4 || >=1.0.0 <1.2.6',
      cwe: ['CWE-1321'],
      cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }
    }
  ]
}

/** The versions a packument lists: the vulnerable ones in the example and the first fixed releases. */
const VERSIONS: Record<string, string[]> = { lodash: ['4.17.15', '4.17.21'], minimist: ['1.2.0', '1.2.8'] }

export interface AdvisoryServer {
  url: string
  requests: string[]
  close(): Promise<void>
}

export async function startAdvisoryServer(): Promise<AdvisoryServer> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`)
      const raw = Buffer.concat(chunks)
      const body = (req.headers['content-encoding'] ?? '').includes('gzip') ? gunzipSync(raw) : raw
      const reply = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      }
      if (req.method === 'POST' && req.url?.includes('/-/npm/v1/security/advisories/bulk'))
        return reply(200, bulk(body.toString()))
      const name = decodeURIComponent((req.url ?? '/').slice(1))
      if (req.method === 'GET' && VERSIONS[name]) return reply(200, packument(name, address()))
      reply(404, { error: 'Not found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url: `${address()}/`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

function bulk(body: string): Record<string, Advisory[]> {
  const query = JSON.parse(body) as Record<string, string[]>
  const found: Record<string, Advisory[]> = {}
  for (const [name, versions] of Object.entries(query)) {
    const hits = (ADVISORIES[name] ?? []).filter((a) =>
      versions.some((v) => semver.satisfies(v, a.vulnerable_versions))
    )
    if (hits.length) found[name] = hits
  }
  return found
}

function packument(name: string, origin: string) {
  const versions = VERSIONS[name] ?? []
  return {
    name,
    'dist-tags': { latest: versions[versions.length - 1] },
    versions: Object.fromEntries(
      versions.map((version) => [
        version,
        { name, version, dist: { tarball: `${origin}/${name}/-/${name}-${version}.tgz` } }
      ])
    )
  }
}
