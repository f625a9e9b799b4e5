/**
 * The bundled action, run as a runner runs it (INPUT_* and GITHUB_* variables, an event payload file),
 * against GitHub's own OpenAPI description served on loopback by Prism (see ../github-api). Payloads
 * are GitHub's published webhook examples. Each test asserts the exact requests the action made.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GitHubStandIn, RecordedRequest, Scenario, ScenarioResponse } from '../github-api/stand-in.js'
import { startGitHubStandIn } from '../github-api/stand-in.js'
import { EXAMPLES_DIR } from '../helpers.js'
import { runDistAsync } from './run-dist.js'

const require = createRequire(import.meta.url)
const EXAMPLES = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string
  examples: Array<Record<string, unknown> & { action?: string }>
}>

function webhook(name: string, action?: string): Record<string, unknown> {
  const event = EXAMPLES.find((e) => e.name === name)
  const example = event?.examples.find((e) => action === undefined || e.action === action)
  if (!example) throw new Error(`no ${name} ${action ?? ''} example in @octokit/webhooks-examples`)
  return structuredClone(example)
}

const TRUE_REPORT = '# Status\n\n- ❌ 2/3 tests passing (1 failing)\n'
const FALSE_REPORT = '# Status\n\n- ✅ 3/3 tests passing\n'
/** What the stand-in's example for GET /user says the token is. */
const TOKEN_LOGIN = 'octocat'
const PR_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
/** Requests are compared with the repository part of the path as `{repo}`: examples name different repositories. */
const API = '{repo}'

interface ActionRun {
  status: number | null
  stdout: string
  requests: RecordedRequest[]
  outputs: Record<string, string>
  summary: string
  dir: string
}

let standIn: GitHubStandIn

beforeAll(async () => {
  standIn = await startGitHubStandIn()
}, 120_000)

afterAll(async () => {
  await standIn?.stop()
})

/** A copy of the github-pr example with its status report set to `report`. */
function repository(report: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-gh-'))
  cpSync(join(EXAMPLES_DIR, 'github-pr'), dir, { recursive: true })
  writeFileSync(join(dir, 'STATUS.md'), report)
  return dir
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] as string] = match[3] as string
  return outputs
}

async function runAction(options: {
  event: string
  payload: Record<string, unknown>
  report?: string
  dir?: string
  inputs?: Record<string, string>
  scenarios?: Scenario[]
  env?: Record<string, string>
}): Promise<ActionRun> {
  standIn.reset(options.scenarios)
  const dir = options.dir ?? repository(options.report ?? FALSE_REPORT)
  const temp = mkdtempSync(join(tmpdir(), 'gate-gh-run-'))
  const files = { event: join(temp, 'event.json'), output: join(temp, 'output'), summary: join(temp, 'summary') }
  writeFileSync(files.event, JSON.stringify(options.payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const inputs: Record<string, string> = {
    'working-directory': dir,
    'github-token': 'ghs_standInToken',
    install: 'false',
    checks: 'tests',
    ...options.inputs
  }
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: standIn.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY:
      (options.payload.repository as { full_name?: string } | undefined)?.full_name ?? 'Codertocat/Hello-World',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: '0000000000000000000000000000000000000001',
    GITHUB_RUN_ID: '7001',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const run = await runDistAsync('index.js', [], env)
  return {
    status: run.status,
    stdout: run.stdout + run.stderr,
    requests: standIn.requests(),
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    dir
  }
}

const route = (url: string) => (url.split('?')[0] ?? url).replace(/^\/repos\/[^/]+\/[^/]+/, API)
const calls = (run: ActionRun) => run.requests.map((r) => `${r.method} ${route(r.url)} ${r.status}`)
const bodyOf = (run: ActionRun, method: string, path: string) =>
  run.requests.find((r) => r.method === method && route(r.url) === path)?.body as Record<string, unknown>

/** A comment as GitHub lists it, written by `login`. */
function listedComment(id: number, login: string, body: string) {
  const user = { login, id: 1, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
  return { id, body, user, html_url: `https://github.com/Codertocat/Hello-World/pull/2#issuecomment-${id}` }
}

const commentsScenario = (comments: unknown[], extra: Partial<Scenario> = {}): Scenario => ({
  method: 'GET',
  path: /\/issues\/2\/comments$/,
  respond: () => ({ status: 200, body: comments }),
  ...extra
})

function expectNoEscape(run: ActionRun) {
  expect(run.stdout).not.toMatch(/api\.github\.com|ENOTFOUND|EAI_AGAIN/)
  for (const request of run.requests) expect(request.headers.authorization).toBe('token ghs_standInToken')
}

describe('pull_request opened with a false claim', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await runAction({ event: 'pull_request', payload: webhook('pull_request', 'opened') })
  })

  it('fails the job: the job result is the gate', () => {
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::1 of 2 readiness claims contradicted')
  })

  it('creates a failing check run on the pull request head, then the sticky comment', () => {
    expect(calls(run)).toEqual([
      `POST ${API}/check-runs 201`,
      'GET /user 200',
      `GET ${API}/issues/2/comments 200`,
      `POST ${API}/issues/2/comments 201`
    ])
    const check = bodyOf(run, 'POST', `${API}/check-runs`)
    expect(check).toMatchObject({
      name: 'Readiness gate',
      head_sha: PR_HEAD,
      status: 'completed',
      conclusion: 'failure',
      external_id: 'readiness-gate',
      details_url: 'https://github.com/Codertocat/Hello-World/actions/runs/7001'
    })
    expect((check.output as { annotations: unknown[] }).annotations).toEqual([
      expect.objectContaining({ path: 'STATUS.md', start_line: 3, end_line: 3, annotation_level: 'failure' })
    ])
  })

  it('writes the comment with a hidden marker and the report', () => {
    const { body } = bodyOf(run, 'POST', `${API}/issues/2/comments`) as { body: string }
    expect(body).toMatch(/^<!-- readiness-gate:readiness-gate verdict=fail digest=\w{16} -->/)
    expect(body).toContain('3/3 tests passing')
    expect(body).toContain(`Checked at ${PR_HEAD.slice(0, 7)} in [this run]`)
  })

  it('sets the outputs, sends the token, and stays on loopback', () => {
    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      contradicted: '1',
      'check-run-url': expect.stringContaining('/runs/')
    })
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-/)
    expectNoEscape(run)
  })
})

describe('pull_request synchronize with comments already there', () => {
  it('updates its own comment, deletes a duplicate from a concurrent run, and ignores a planted one', async () => {
    const marker = '<!-- readiness-gate:readiness-gate verdict=pass digest=0000000000000000 -->\nall green'
    const run = await runAction({
      event: 'pull_request',
      payload: webhook('pull_request', 'synchronize'),
      scenarios: [
        commentsScenario([
          listedComment(11, 'contributor', marker),
          listedComment(12, TOKEN_LOGIN, marker),
          listedComment(13, TOKEN_LOGIN, marker)
        ])
      ]
    })
    expect(calls(run)).toEqual([
      `POST ${API}/check-runs 201`,
      'GET /user 200',
      `GET ${API}/issues/2/comments 200`,
      `DELETE ${API}/issues/comments/13 204`,
      `PATCH ${API}/issues/comments/12 200`
    ])
    expect(run.status).toBe(1)
  })

  it('finds its comment on a later page', async () => {
    const ours = listedComment(
      205,
      TOKEN_LOGIN,
      '<!-- readiness-gate:readiness-gate verdict=fail digest=0000000000000000 -->'
    )
    const run = await runAction({
      event: 'pull_request',
      payload: webhook('pull_request', 'synchronize'),
      scenarios: [
        commentsScenario([listedComment(1, 'someone', 'first page')], {
          times: 1,
          respond: ({ baseUrl, url }) => ({
            status: 200,
            body: [listedComment(1, 'someone', 'first page')],
            headers: { link: `<${baseUrl}${url.split('?')[0] ?? ''}?per_page=100&page=2>; rel="next"` }
          })
        }),
        commentsScenario([ours])
      ]
    })
    expect(calls(run).slice(2)).toEqual([
      `GET ${API}/issues/2/comments 200`,
      `GET ${API}/issues/2/comments 200`,
      `PATCH ${API}/issues/comments/205 200`
    ])
    expect(run.requests[3]?.url).toContain('page=2')
  })

  it('leaves an unchanged comment alone', async () => {
    const first = await runAction({ event: 'pull_request', payload: webhook('pull_request', 'synchronize') })
    const { body } = bodyOf(first, 'POST', `${API}/issues/2/comments`) as { body: string }
    const again = await runAction({
      event: 'pull_request',
      payload: webhook('pull_request', 'synchronize'),
      scenarios: [commentsScenario([listedComment(12, TOKEN_LOGIN, body)])]
    })
    expect(calls(again)).toEqual([`POST ${API}/check-runs 201`, 'GET /user 200', `GET ${API}/issues/2/comments 200`])
  })
})

describe('pull_request whose divergence was fixed', () => {
  let run: ActionRun
  beforeAll(async () => {
    const earlier = '<!-- readiness-gate:readiness-gate verdict=fail digest=0123456789abcdef -->\n❌ contradicted'
    run = await runAction({
      event: 'pull_request',
      payload: webhook('pull_request', 'synchronize'),
      report: TRUE_REPORT,
      scenarios: [commentsScenario([listedComment(12, TOKEN_LOGIN, earlier)])]
    })
  })

  it('passes, with a successful check run', () => {
    expect(run.status).toBe(0)
    expect(bodyOf(run, 'POST', `${API}/check-runs`)).toMatchObject({ conclusion: 'success' })
    expect(bodyOf(run, 'POST', `${API}/check-runs`).output).not.toHaveProperty('annotations')
  })

  it('rewrites the comment to a resolved state instead of leaving the failure up', () => {
    const { body } = bodyOf(run, 'PATCH', `${API}/issues/comments/12`) as { body: string }
    expect(body).toMatch(/verdict=pass/)
    expect(body).toContain('Readiness gate: resolved')
  })

  it('posts no comment when nothing diverges and none exists', async () => {
    const clean = await runAction({
      event: 'pull_request',
      payload: webhook('pull_request', 'opened'),
      report: TRUE_REPORT
    })
    expect(calls(clean)).toEqual([`POST ${API}/check-runs 201`, 'GET /user 200', `GET ${API}/issues/2/comments 200`])
  })
})

describe('merge_group', () => {
  it('reports a check on the queue commit under the pull request check name, and comments nowhere', async () => {
    const payload = webhook('merge_group', 'checks_requested')
    const run = await runAction({ event: 'merge_group', payload })
    expect(calls(run)).toEqual([`POST ${API}/check-runs 201`])
    expect(run.requests[0]?.url).toBe('/repos/octo-org/octo-repo/check-runs')
    expect(bodyOf(run, 'POST', `${API}/check-runs`)).toMatchObject({
      name: 'Readiness gate',
      head_sha: (payload.merge_group as { head_sha: string }).head_sha,
      conclusion: 'failure'
    })
    expect(run.status).toBe(1)
  })
})

describe('the nightly audit (schedule)', () => {
  const schedule = { schedule: '0 3 * * *', repository: { full_name: 'Codertocat/Hello-World' } }
  const trackedIssue = (body: string) => ({
    number: 42,
    body,
    title: 'Readiness gate',
    html_url: 'https://github.com/Codertocat/Hello-World/issues/42',
    labels: [{ name: 'readiness-gate' }]
  })
  const openIssues = (issues: unknown[]): Scenario => ({
    method: 'GET',
    path: /^\/repos\/[^/]+\/[^/]+\/issues$/,
    respond: () => ({ status: 200, body: issues })
  })

  it('opens one labelled tracking issue when claims diverge, under its own check name', async () => {
    const run = await runAction({ event: 'schedule', payload: schedule, scenarios: [openIssues([])] })
    expect(calls(run)).toEqual([`POST ${API}/check-runs 201`, `GET ${API}/issues 200`, `POST ${API}/issues 201`])
    expect(bodyOf(run, 'POST', `${API}/check-runs`)).toMatchObject({
      name: 'Readiness gate (nightly audit)',
      head_sha: '0000000000000000000000000000000000000001'
    })
    expect(bodyOf(run, 'POST', `${API}/issues`)).toMatchObject({
      title: 'Readiness gate: 1 of 2 readiness claims contradicted by the evidence',
      labels: ['readiness-gate']
    })
    expect(run.requests[1]?.url).toContain('labels=readiness-gate')
    expect(run.summary).toContain('Readiness gate')
  })

  it('updates the tracking issue on a later run', async () => {
    const old = '<!-- readiness-gate:readiness-gate verdict=fail digest=0123456789abcdef -->\nolder'
    const run = await runAction({ event: 'schedule', payload: schedule, scenarios: [openIssues([trackedIssue(old)])] })
    expect(calls(run)).toEqual([`POST ${API}/check-runs 201`, `GET ${API}/issues 200`, `PATCH ${API}/issues/42 200`])
  })

  it('closes it with a comment once the claims hold', async () => {
    const old = '<!-- readiness-gate:readiness-gate verdict=fail digest=0123456789abcdef -->\nolder'
    const run = await runAction({
      event: 'workflow_dispatch',
      payload: webhook('workflow_dispatch'),
      report: TRUE_REPORT,
      scenarios: [openIssues([trackedIssue(old)])]
    })
    expect(calls(run)).toEqual([
      `POST ${API}/check-runs 201`,
      `GET ${API}/issues 200`,
      `POST ${API}/issues/42/comments 201`,
      `PATCH ${API}/issues/42 200`
    ])
    expect(bodyOf(run, 'PATCH', `${API}/issues/42`)).toEqual({ state: 'closed', state_reason: 'completed' })
    expect(run.status).toBe(0)
  })
})

describe('a pull request from a fork, whose token is read-only', () => {
  const denied: Scenario[] = ['POST'].map((method) => ({
    method,
    path: /./,
    skipValidation: true,
    respond: () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })
  }))

  it('degrades to the job summary and log annotations, and still fails the job', async () => {
    const payload = webhook('pull_request', 'opened')
    const pr = payload.pull_request as { head: { repo: { full_name: string } } }
    pr.head.repo.full_name = 'contributor/Hello-World'
    const run = await runAction({ event: 'pull_request', payload, scenarios: denied })
    expect(calls(run)).toEqual([
      `POST ${API}/check-runs 403`,
      'GET /user 200',
      `GET ${API}/issues/2/comments 200`,
      `POST ${API}/issues/2/comments 403`
    ])
    expect(run.stdout).toContain('comes from a fork')
    expect(run.stdout).toMatch(/::warning::.*read-only/)
    expect(run.stdout).toMatch(
      /::error title=Contradicted claim.*,file=STATUS.md,line=3::claims 3; 2 of 3 tests passed/
    )
    expect(run.summary).toContain('3/3 tests passing')
    expect(run.status).toBe(1)
  })
})

describe('a rate-limited or failing API', () => {
  /** A merge-queue run whose first check-run request gets `response`. */
  const withFirstCheckRunAnswer = (response: ScenarioResponse) =>
    runAction({
      event: 'merge_group',
      payload: webhook('merge_group', 'checks_requested'),
      scenarios: [{ method: 'POST', path: /check-runs$/, times: 1, skipValidation: true, respond: () => response }]
    })

  it('waits out a secondary rate limit and retries', async () => {
    const run = await withFirstCheckRunAnswer({
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }
    })
    expect(calls(run)).toEqual([`POST ${API}/check-runs 403`, `POST ${API}/check-runs 201`])
    expect(run.stdout).toContain('secondary rate limit')
    expect(run.outputs['check-run-url']).toBeDefined()
  })

  it('retries a server error', async () => {
    const run = await withFirstCheckRunAnswer({ status: 502, body: { message: 'Server Error' } })
    expect(calls(run)).toEqual([`POST ${API}/check-runs 502`, `POST ${API}/check-runs 201`])
  })
})

describe('more than 50 claims that do not hold', () => {
  it('sends every annotation, 50 per request', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `- Sprint ${i + 1}: ✅ 3/3 tests passing`)
    const run = await runAction({
      event: 'merge_group',
      payload: webhook('merge_group', 'checks_requested'),
      report: `# Status\n\n${lines.join('\n')}\n`
    })
    expect(calls(run)).toEqual([`POST ${API}/check-runs 201`, `PATCH ${API}/check-runs/4 200`])
    const first = bodyOf(run, 'POST', `${API}/check-runs`).output as { annotations: Array<{ start_line: number }> }
    const rest = bodyOf(run, 'PATCH', `${API}/check-runs/4`).output as { annotations: Array<{ start_line: number }> }
    expect(first.annotations).toHaveLength(50)
    expect(rest.annotations).toHaveLength(10)
    expect([...first.annotations, ...rest.annotations].map((a) => a.start_line)).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 3)
    )
  })
})

describe('the fork-safe pair: pull_request, then workflow_run', () => {
  it('checks without the API first, then publishes the uploaded report on the pull request head', async () => {
    const payload = webhook('pull_request', 'opened')
    const stage1 = await runAction({ event: 'pull_request', payload, inputs: { mode: 'check' } })
    expect(stage1.requests).toEqual([])
    expect(stage1.status).toBe(1)
    const eventFile = join(stage1.dir, 'uploaded-event.json')
    writeFileSync(eventFile, JSON.stringify(payload))
    const workflowRun = webhook('workflow_run')
    ;(workflowRun.workflow_run as { head_sha: string }).head_sha = PR_HEAD
    const stage2 = await runAction({
      event: 'workflow_run',
      payload: workflowRun,
      dir: stage1.dir,
      inputs: { mode: 'publish', 'report-json': stage1.outputs['report-json'] ?? '', 'event-file': eventFile }
    })
    expect(calls(stage2)).toEqual([
      `POST ${API}/check-runs 201`,
      'GET /user 200',
      `GET ${API}/issues/2/comments 200`,
      `POST ${API}/issues/2/comments 201`
    ])
    expect(bodyOf(stage2, 'POST', `${API}/check-runs`)).toMatchObject({ head_sha: PR_HEAD, conclusion: 'failure' })
    expect(stage2.status).toBe(1)

    const forged = await runAction({
      event: 'workflow_run',
      payload: webhook('workflow_run'),
      dir: stage1.dir,
      inputs: { mode: 'publish', 'report-json': stage1.outputs['report-json'] ?? '', 'event-file': eventFile }
    })
    expect(forged.requests).toEqual([])
    expect(forged.stdout).toContain('refusing to publish it')
  })
})

describe('pull_request_target', () => {
  it('refuses to run code other than the base commit, before any request', async () => {
    const run = await runAction({ event: 'pull_request_target', payload: webhook('pull_request', 'opened') })
    expect(run.requests).toEqual([])
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('Refusing to run the scripts of')
    expect(run.stdout).toMatch(/::warning::.*pull_request_target/)
  })

  it('runs, with the warning, when the base commit is what is checked out', async () => {
    const dir = repository(FALSE_REPORT)
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=gate', '-c', 'user.email=gate@example.com', ...args], {
        cwd: dir,
        encoding: 'utf8'
      })
    git('init', '-q')
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    const run = await runAction({
      event: 'pull_request_target',
      payload: webhook('pull_request', 'opened'),
      dir,
      env: { GITHUB_SHA: git('rev-parse', 'HEAD').trim() }
    })
    expect(run.stdout).toMatch(/::warning::.*pull_request_target/)
    expect(calls(run)[0]).toBe(`POST ${API}/check-runs 201`)
  })
})

describe('the stand-in itself', () => {
  it('rejects what GitHub rejects: an unknown conclusion, an error-level annotation, an issue without a title', async () => {
    standIn.reset()
    const post = (path: string, body: unknown) =>
      fetch(`${standIn.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body)
      })
    const annotation = { path: 'a.md', start_line: 1, end_line: 1, message: 'm' }
    const statuses = await Promise.all([
      post(`/repos/o/r/check-runs`, { name: 'x', head_sha: PR_HEAD, status: 'completed', conclusion: 'error' }),
      post(`/repos/o/r/check-runs`, {
        name: 'x',
        head_sha: PR_HEAD,
        output: { title: 't', summary: 's', annotations: [{ ...annotation, annotation_level: 'error' }] }
      }),
      post(`/repos/o/r/issues`, { body: 'no title' }),
      post(`/repos/o/r/check-runs`, { name: 'x', head_sha: PR_HEAD, status: 'completed', conclusion: 'failure' })
    ]).then((responses) => responses.map((r) => r.status))
    expect(statuses).toEqual([422, 422, 422, 201])
  })
})
