/**
 * A stand-in for api.github.com on 127.0.0.1, for tests: Stoplight Prism serving GitHub's own OpenAPI
 * description (so every request is validated against the real schema), behind a small proxy that
 *  - rewrites Octokit's `application/vnd.github.v3+json` accept header, which Prism answers with 406;
 *  - drops the `Link` headers of Prism's examples, which point at api.github.com;
 *  - turns Prism's problem+json rejections into GitHub's `Validation Failed` shape;
 *  - records every request for assertions;
 *  - answers from scenarios (a comment that already exists, a 403 for a fork's token, a rate limit)
 *    once Prism has accepted the request, because Prism's examples have no state.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writePatchedSpec } from './spec.js'

const require = createRequire(import.meta.url)
const PRISM_CLI = require.resolve('@stoplight/prism-cli/dist/index.js')
const PRISM_READY_TIMEOUT_MS = 90_000

export interface RecordedRequest {
  method: string
  /** Path and query, as sent. */
  url: string
  body: unknown
  headers: Record<string, string | undefined>
  /** The status the client received. */
  status: number
}

export interface ScenarioResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** Answers matching requests instead of Prism's example (after Prism validated them). */
export interface Scenario {
  method: string
  path: RegExp
  respond(request: { url: string; body: unknown; baseUrl: string }): ScenarioResponse
  /** How many requests it answers; unlimited when absent. */
  times?: number
  /** Answer without asking Prism (for statuses Prism cannot produce, such as 403 on valid input). */
  skipValidation?: boolean
}

export interface GitHubStandIn {
  /** Where the client should send requests (GITHUB_API_URL). */
  url: string
  requests(): RecordedRequest[]
  /** Replaces the scenarios and forgets recorded requests. */
  reset(scenarios?: Scenario[]): void
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

function startPrism(specPath: string, port: number): Promise<ChildProcess> {
  const prism = spawn(process.execPath, [PRISM_CLI, 'mock', '-h', '127.0.0.1', '-p', String(port), specPath], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      prism.kill()
      reject(new Error(`Prism did not start within ${PRISM_READY_TIMEOUT_MS} ms:\n${output.slice(-2000)}`))
    }, PRISM_READY_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Prism is listening')) {
        clearTimeout(timer)
        resolve(prism)
      }
    }
    prism.stdout.on('data', onData)
    prism.stderr.on('data', onData)
    prism.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Prism exited with ${code}:\n${output.slice(-2000)}`))
    })
  })
}

function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
  })
}

interface Upstream {
  status: number
  headers: Record<string, string>
  body: string
}

function askPrism(port: number, method: string, url: string, headers: Record<string, string>, body: string) {
  return new Promise<Upstream>((resolve, reject) => {
    const upstream = httpRequest({ host: '127.0.0.1', port, method, path: url, headers }, (response) => {
      readBody(response).then((text) => {
        const out: Record<string, string> = {}
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === 'string') out[name] = value
        }
        resolve({ status: response.statusCode ?? 500, headers: out, body: text })
      }, reject)
    })
    upstream.on('error', reject)
    upstream.end(body)
  })
}

/** GitHub's shape for a rejected body, so Octokit reports what was wrong instead of "Unknown error". */
function asGitHubError(upstream: Upstream): Upstream {
  const problem = JSON.parse(upstream.body || '{}') as { title?: string; detail?: string; validation?: unknown[] }
  const body = {
    message: upstream.status === 422 ? 'Validation Failed' : (problem.title ?? 'Error'),
    errors: problem.validation ?? [problem.detail ?? problem.title],
    documentation_url: 'https://docs.github.com/rest'
  }
  return { status: upstream.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return text
  }
}

export async function startGitHubStandIn(): Promise<GitHubStandIn> {
  const dir = mkdtempSync(join(tmpdir(), 'github-stand-in-'))
  const prismPort = await freePort()
  const prism = await startPrism(writePatchedSpec(dir), prismPort)
  let scenarios: (Scenario & { used: number })[] = []
  let recorded: RecordedRequest[] = []

  const server: Server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET'
      const url = req.url ?? '/'
      const text = await readBody(req)
      const body = parseJson(text)
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const pathname = url.split('?')[0] ?? url
      const scenario = scenarios.find(
        (s) => s.method === method && s.path.test(pathname) && (s.times === undefined || s.used < s.times)
      )
      let answer: Upstream | undefined
      if (!scenario?.skipValidation) {
        const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
        answer = await askPrism(prismPort, method, url, headers, text)
        if (answer.status >= 400) answer = asGitHubError(answer)
      }
      if (scenario && (!answer || answer.status < 400)) {
        scenario.used++
        const response = scenario.respond({ url, body, baseUrl })
        answer = {
          status: response.status,
          headers: { 'content-type': 'application/json', ...response.headers },
          body: response.body === undefined ? '' : JSON.stringify(response.body)
        }
      }
      const final = answer as Upstream
      const headers = Object.fromEntries(
        Object.entries(final.headers).filter(
          ([name]) => !['link', 'content-length', 'transfer-encoding'].includes(name)
        )
      )
      if (scenario?.used && final.headers.link) headers.link = final.headers.link
      recorded.push({
        method,
        url,
        body,
        status: final.status,
        headers: { accept: req.headers.accept, authorization: req.headers.authorization }
      })
      res.writeHead(final.status, headers)
      res.end(final.body)
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: `stand-in failure: ${String(error)}` }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => [...recorded],
    reset(next = []) {
      scenarios = next.map((s) => ({ ...s, used: 0 }))
      recorded = []
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve))
      prism.kill()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
