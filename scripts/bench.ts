/**
 * `npm run bench`: measures the gate and prints a table of figures, each beside its goal. Nothing here
 * asserts: the numbers are for people to read and compare across machines.
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readClaimSources } from '../src/claims/claim-sources.js'
import { claimsCoverage, claimsOfReports, segmentReports } from '../src/claims/read-claims.js'
import { parseJestJson } from '../src/evidence/parsers/test-report.js'
import { parseTscOutput } from '../src/evidence/parsers/tsc-output.js'
import type { GateReport } from '../src/model.js'
import { createFileSystem } from '../src/ports/file-system.js'

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..')
const FIXTURES = join(PROJECT, '__tests__', 'fixtures')
const EXAMPLE = join(PROJECT, '__tests__', 'examples', 'vitest-honest')
const CLI = join(PROJECT, 'dist', 'cli.js')

interface Row {
  figure: string
  measured: string
  goal: string
  ratio?: string
}

interface Timed {
  wall: number
  cpu: number
  maxRssMb: number
}

/** Runs a shell command under GNU time: wall seconds, user+system CPU seconds of it and its children, peak RSS. */
function timed(command: string, cwd = PROJECT, env: Record<string, string> = {}): Timed {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'bash', '-c', command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env }
  })
  const last = result.stderr.trim().split('\n').pop() ?? ''
  const [wall = 0, user = 0, sys = 0, rssKb = 0] = last.split(' ').map(Number)
  return { wall, cpu: user + sys, maxRssMb: rssKb / 1024 }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function millis(fn: () => void, runs = 15): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** The gate against the same commands run one after another, and against the floor: max(longest, CPU / cores). */
function gateOverhead(): Row[] {
  const json = join(mkdtempSync(join(tmpdir(), 'bench-')), 'r.json')
  const checks = ['--checks', 'typecheck,build,tests']
  spawnSync(process.execPath, [CLI, EXAMPLE, '--no-install', '--quiet', '--json', json, ...checks])
  const report = JSON.parse(readFileSync(json, 'utf8')) as GateReport
  const commands = [report.evidence.typecheck, report.evidence.build, report.evidence.tests].map(
    (c) => c.command ?? 'true'
  )
  const cores = availableParallelism()
  const rounds = [1, 2, 3, 4, 5].map(() => {
    const each = commands.map((command) => timed(command, EXAMPLE))
    const sequential = each.reduce((sum, t) => sum + t.wall, 0)
    const floor = Math.max(Math.max(...each.map((t) => t.wall)), each.reduce((sum, t) => sum + t.cpu, 0) / cores)
    const gate = timed(`node ${CLI} ${EXAMPLE} --no-install --quiet ${checks.join(' ')} > /dev/null`).wall
    return { sequential, floor, gate }
  })
  const gate = median(rounds.map((r) => r.gate))
  const floor = median(rounds.map((r) => r.floor))
  const sequential = median(rounds.map((r) => r.sequential))
  return [
    {
      figure: 'gate on vitest-honest (typecheck, build, tests)',
      measured: `${gate.toFixed(2)} s`,
      goal: `≤ 1.10 × floor + 0.3 s = ${(1.1 * floor + 0.3).toFixed(2)} s`,
      ratio: `${(gate / floor).toFixed(2)} × floor`
    },
    {
      figure: 'the same commands one after another',
      measured: `${sequential.toFixed(2)} s`,
      goal: 'slower than the gate',
      ratio: `gate = ${(gate / sequential).toFixed(2)} × this`
    },
    { figure: `floor: max(longest, CPU s / ${cores} cores)`, measured: `${floor.toFixed(2)} s`, goal: '' }
  ]
}

/** A re-run of an unchanged committed tree with a cache folder, against the first run that fills it. */
function cachedRerun(): Row[] {
  const repo = mkdtempSync(join(tmpdir(), 'bench-cache-repo-'))
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'))
  cpSync(EXAMPLE, repo, { recursive: true, filter: (path) => !path.includes('node_modules') })
  const git = (args: string) =>
    spawnSync('bash', ['-c', `git -c user.name=b -c user.email=b@example.com ${args}`], { cwd: repo })
  git('init -q && git add . && git commit -qm bench')
  // The example's tools come from this project's node_modules, found through the parent folders.
  const link = join(repo, 'node_modules')
  symlinkSync(join(PROJECT, 'node_modules'), link)
  writeFileSync(join(repo, '.git', 'info', 'exclude'), 'node_modules\n')
  const run = () =>
    timed(`node ${CLI} ${repo} --no-install --quiet --checks typecheck,build,tests --cache ${cache} > /dev/null`).wall
  const first = run()
  const hit = median([run(), run(), run()])
  return [
    {
      figure: 'unchanged tree re-run with --cache (a cache hit)',
      measured: `${hit.toFixed(2)} s`,
      goal: 'reuses the evidence',
      ratio: `${(hit / first).toFixed(2)} × the first run (${first.toFixed(2)} s)`
    }
  ]
}

/**
 * What 1,000 reports add to a whole gate run: the example with them copied in, against the example
 * alone, in turns. The reports are parsed while the first checks run; the tests wait for them.
 */
function gateWithReports(reports: string): Row[] {
  const repo = mkdtempSync(join(tmpdir(), 'bench-reports-repo-'))
  cpSync(EXAMPLE, repo, { recursive: true, filter: (path) => !path.includes('node_modules') })
  symlinkSync(join(PROJECT, 'node_modules'), join(repo, 'node_modules'))
  cpSync(reports, join(repo, 'status'), { recursive: true })
  const gate = (dir: string) =>
    timed(`node ${CLI} ${dir} --no-install --quiet --checks typecheck,build,tests > /dev/null`).wall
  const rounds = [1, 2, 3].map(() => ({ alone: gate(EXAMPLE), withReports: gate(repo) }))
  const alone = median(rounds.map((r) => r.alone))
  const withReports = median(rounds.map((r) => r.withReports))
  return [
    {
      figure: '  gate on vitest-honest with these reports added',
      measured: `${withReports.toFixed(2)} s`,
      goal: '',
      ratio: `+${(withReports - alone).toFixed(2)} s over the example alone (${alone.toFixed(2)} s)`
    }
  ]
}

/**
 * The same reports with a claims file of 10,000 ignore rules, the most a list may hold, each a glob:
 * when every claim asked every rule, this took over four minutes.
 */
function gateWithIgnoreRules(reports: string): Row[] {
  const repo = mkdtempSync(join(tmpdir(), 'bench-ignore-'))
  cpSync(reports, repo, { recursive: true })
  const gate = () => timed(`node ${CLI} ${repo} --no-install --quiet --checks typecheck > /dev/null`).wall
  const alone = gate()
  const rules = Array.from({ length: 10_000 }, (_, i) => `  - file: "team-${i % 20}/**/OLD_${i}_*.md"`)
  mkdirSync(join(repo, '.github'))
  writeFileSync(join(repo, '.github', 'readiness.yml'), `ignore:\n${rules.join('\n')}\n`)
  const withRules = gate()
  return [
    {
      figure: '  the same reports with 10,000 ignore rules in the claims file',
      measured: `${withRules.toFixed(2)} s`,
      goal: '',
      ratio: `+${(withRules - alone).toFixed(2)} s over the reports alone (${alone.toFixed(2)} s)`
    }
  ]
}

/** How long each step of reading the claims took, in milliseconds. */
interface ReadingSteps {
  found: number
  cut: number
  matched: number
}

/**
 * The claims under `dir` read in the steps the gate takes: the reports found and read, cut into lines,
 * searched for coverage claims (which the tests wait for), then matched. Returns how many claims, and
 * how long each step took.
 */
async function readAsTheGate(dir: string): Promise<{ claims: number; steps: ReadingSteps }> {
  const start = performance.now()
  const sources = await readClaimSources(createFileSystem(), dir)
  const found = performance.now()
  const segmented = await segmentReports(sources)
  const cut = performance.now()
  claimsCoverage(segmented)
  const claims = claimsOfReports(segmented).claims.length
  const matched = performance.now()
  return { claims, steps: { found: found - start, cut: cut - found, matched: matched - cut } }
}

/** Asks this script, in a new process, to read the claims under `dir` once: a gate run reads them cold. */
const READ_ONCE = '--read-claims-once'

function readClaimsOnce(dir: string): number {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), READ_ONCE, dir], { encoding: 'utf8' })
  const ms = Number(run.stdout.trim())
  if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`reading claims in a new process failed: ${run.stderr}`)
  return ms
}

/** 1,000 reports of about 10 KB, cut from the real seed reports, discovered, parsed and matched. */
async function extraction(): Promise<Row[]> {
  const seeds = ['SESSION_REPORT_2.md', 'SESSION_3_FINAL_REPORT.md', 'PHASE2_EXECUTION_SUMMARY.md'].map((name) =>
    readFileSync(join(FIXTURES, 'reports', name), 'utf8')
  )
  const dir = mkdtempSync(join(tmpdir(), 'bench-reports-'))
  let bytes = 0
  for (let i = 0; i < 1000; i++) {
    const seed = seeds[i % seeds.length] as string
    const start = (i * 997) % Math.max(1, seed.length - 10_000)
    const text = seed.slice(start, start + 10_000)
    mkdirSync(join(dir, `team-${i % 20}`), { recursive: true })
    writeFileSync(join(dir, `team-${i % 20}`, `SESSION_REPORT_${i}.md`), text)
    bytes += Buffer.byteLength(text)
  }
  // Medians of several runs: single runs of the same code varied by a fifth on the machines measured.
  const cold = median(Array.from({ length: 5 }, () => readClaimsOnce(dir)))
  await readAsTheGate(dir)
  const times: number[] = []
  const steps: ReadingSteps[] = []
  let claims = 0
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    const reading = await readAsTheGate(dir)
    times.push(performance.now() - start)
    claims = reading.claims
    steps.push(reading.steps)
  }
  const ms = median(times)
  const mb = bytes / 1024 / 1024
  const step = (figure: string, key: keyof ReadingSteps): Row => {
    const stepMs = median(steps.map((taken) => taken[key]))
    return { figure, measured: `${stepMs.toFixed(0)} ms`, goal: '', ratio: `${(stepMs / ms).toFixed(2)} × the whole` }
  }
  return [
    {
      figure: `1,000 reports (${mb.toFixed(1)} MB, ${claims} claims) found, parsed, matched`,
      measured: `${(ms / 1000).toFixed(2)} s`,
      goal: '< 1 s',
      ratio: `${(ms / 1000).toFixed(2)} × goal`
    },
    step('  of which: finding and reading them', 'found'),
    step('  of which: cutting them into the lines the matchers read', 'cut'),
    step('  of which: matching (coverage claims first, then every claim)', 'matched'),
    {
      figure: '  the same, once in a new process, as a gate run reads them',
      measured: `${(cold / 1000).toFixed(2)} s`,
      goal: '',
      ratio: `${(cold / ms).toFixed(2)} × the warm figure above`
    },
    ...gateWithReports(dir),
    ...gateWithIgnoreRules(dir),
    {
      figure: 'extraction throughput',
      measured: `${(mb / (ms / 1000)).toFixed(1)} MB/s`,
      goal: '≥ 20 MB/s',
      ratio: `${(mb / (ms / 1000) / 20).toFixed(2)} × goal`
    }
  ]
}

function parsers(): Row[] {
  const tsc = readFileSync(join(FIXTURES, 'tsc', 'tsc-typescript', 'big2500.pretty-false.stdout'), 'utf8')
  const tscMs = millis(() => parseTscOutput(tsc))
  const big = JSON.parse(readFileSync(join(FIXTURES, 'jest', 'big2000.json'), 'utf8')) as {
    testResults: unknown[]
    numTotalTests: number
  }
  const tenfold = JSON.stringify({
    ...big,
    numTotalTests: big.numTotalTests * 10,
    testResults: Array.from({ length: 10 }, () => big.testResults).flat()
  })
  const jestMs = millis(() => parseJestJson(tenfold), 7)
  return [
    {
      figure: 'tsc output, 2,500 errors (real TS 7 output)',
      measured: `${tscMs.toFixed(1)} ms`,
      goal: '< 20 ms',
      ratio: `${(tscMs / 20).toFixed(2)} × goal`
    },
    {
      figure: `jest JSON, 20,000 tests (${(tenfold.length / 1024 / 1024).toFixed(1)} MB, a real report ×10)`,
      measured: `${jestMs.toFixed(0)} ms`,
      goal: '< 200 ms',
      ratio: `${(jestMs / 200).toFixed(2)} × goal`
    }
  ]
}

/**
 * A folder of stand-ins for the package managers, put first on PATH: the first check's command exits at
 * once, so no tool is left running after the gate is stopped to disturb the next measurement.
 */
function standInTools(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-stand-ins-'))
  for (const tool of ['npm', 'npx', 'pnpm', 'yarn'])
    writeFileSync(join(dir, tool), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
  return dir
}

/**
 * From process start to the first check being started, read off the line the gate writes for a started
 * step. `checks` undefined is the default set; `tests` alone waits for the coverage claims, which decide
 * whether coverage is measured.
 */
function firstCheck(entry: 'cli.js' | 'index.js', standIns: string, checks?: string): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now()
    const action = entry === 'index.js'
    const env = { ...process.env, PATH: `${standIns}:${process.env.PATH ?? ''}` }
    const child = spawn(
      process.execPath,
      [
        join(PROJECT, 'dist', entry),
        ...(action ? [] : [EXAMPLE, '--no-install', ...(checks ? ['--checks', checks] : [])])
      ],
      {
        cwd: action ? EXAMPLE : PROJECT,
        env: action
          ? { ...env, ...(checks ? { INPUT_CHECKS: checks } : {}), INPUT_INSTALL: 'false', GITHUB_WORKSPACE: EXAMPLE }
          : env,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let done = false
    let seen = ''
    // The action logs to stdout (workflow commands), the CLI to stderr.
    ;(action ? child.stdout : child.stderr).on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      if (!done && /^⋯ [\w-]+:/m.test(seen)) {
        done = true
        resolve(performance.now() - start)
        child.kill()
      }
    })
    child.on('close', () => !done && resolve(Number.NaN))
  })
}

/** A file of dist/ and every chunk it imports statically: what node reads before the gate's first line runs. */
function loadedAtStart(file: string, seen = new Set<string>()): number {
  if (seen.has(file)) return 0
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  let bytes = Buffer.byteLength(text)
  // Static imports only (minified: `import{a as b}from"./chunks/x.js"`); import() chunks load later.
  for (const match of text.matchAll(
    /(?:^|[;}\n])\s*(?:import|export)\s*(?:\{[^}]*\}|[\w*$\s,]+)?\s*from\s*"(\.{1,2}\/[^"]+)"/g
  ))
    bytes += loadedAtStart(join(dirname(file), match[1] as string), seen)
  return bytes
}

/** Node itself starting and exiting: the part of start-up no code of the gate can remove, and a gauge of the machine's speed. */
async function bareNode(): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    await new Promise((resolve) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('close', resolve))
    times.push(performance.now() - start)
  }
  return median(times)
}

async function startup(): Promise<Row[]> {
  const bare = await bareNode()
  const rows: Row[] = [
    { figure: 'node alone: start and exit (node -e 0)', measured: `${bare.toFixed(0)} ms`, goal: '', ratio: '' }
  ]
  const entries = [
    ['index.js', undefined, 'action (node dist/index.js), default checks'],
    ['index.js', 'tests', 'action, tests only (they wait for the coverage claims)'],
    ['cli.js', undefined, 'CLI, default checks'],
    ['cli.js', 'tests', 'CLI, tests only']
  ] as const
  const standIns = standInTools()
  // Taken in turns, so a slow spell of the machine weighs on all alike.
  const times = entries.map((): number[] => [])
  for (let i = 0; i < 9; i++)
    for (const [n, [entry, checks]] of entries.entries()) times[n]?.push(await firstCheck(entry, standIns, checks))
  for (const [n, [, , who]] of entries.entries()) {
    const ms = median(times[n] ?? [])
    rows.push({
      figure: `${who}: start to its first check`,
      measured: `${ms.toFixed(0)} ms`,
      goal: '< 150 ms',
      ratio: `${(ms / 150).toFixed(2)} × goal, node alone + ${(ms - bare).toFixed(0)} ms`
    })
  }
  const mb = (bytes: number) => bytes / 1024 / 1024
  const dist = join(PROJECT, 'dist')
  const atStart = mb(loadedAtStart(join(dist, 'index.js')))
  const chunks = readdirSync(join(dist, 'chunks')).map((f) => statSync(join(dist, 'chunks', f)).size)
  const whole = mb(statSync(join(dist, 'index.js')).size + chunks.reduce((a, b) => a + b, 0))
  return [
    ...rows,
    {
      figure: 'action code loaded at start (index.js and its chunks)',
      measured: `${atStart.toFixed(2)} MB`,
      goal: '< 1.5 MB',
      ratio: `${(atStart / 1.5).toFixed(2)} × goal`
    },
    {
      figure: 'action in all (with the GitHub client, loaded to publish)',
      measured: `${whole.toFixed(2)} MB`,
      goal: '< 1.5 MB',
      ratio: `${(whole / 1.5).toFixed(2)} × goal`
    },
    { figure: 'CLI loaded at start', measured: `${mb(loadedAtStart(join(dist, 'cli.js'))).toFixed(2)} MB`, goal: '' }
  ]
}

function hugeLog(): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-log-'))
  writeFileSync(join(dir, 'STATUS.md'), '- All tests passing\n')
  const command = "head -c 52428800 /dev/zero | tr '\\\\0' x; exit 1"
  const run = timed(`node ${CLI} ${dir} --quiet --checks tests --test-command "${command}" > /dev/null`)
  return [
    {
      figure: 'gate while a tool prints 50 MB',
      measured: `${run.maxRssMb.toFixed(0)} MB peak RSS, ${run.wall.toFixed(2)} s`,
      goal: '< 150 MB',
      ratio: `${(run.maxRssMb / 150).toFixed(2)} × goal`
    }
  ]
}

/** One generated report of 60,000 lines, two claims each, through the whole gate: every stage after reading sees them all. */
function manyClaims(): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-claims-'))
  const lines = Array.from({ length: 60_000 }, (_, i) => `- ✅ **Tests**: ${i}/${i} passing`)
  writeFileSync(join(dir, 'STATUS.md'), `${lines.join('\n')}\n`)
  const run = timed(`node ${CLI} ${dir} --quiet --no-install --checks typecheck > /dev/null`)
  return [
    {
      figure: 'gate on one report of 120,000 claims (2 MB)',
      measured: `${run.wall.toFixed(2)} s, ${run.maxRssMb.toFixed(0)} MB peak RSS`,
      goal: ''
    }
  ]
}

function print(rows: Row[]): void {
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...rows.map((r) => [r.figure, r.measured, r.goal, r.ratio ?? ''][i]?.length ?? 0))
  )
  for (const r of rows) {
    const cells = [r.figure, r.measured, r.goal, r.ratio ?? '']
    process.stdout.write(cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ') + '\n')
  }
}

if (process.argv[2] === READ_ONCE) {
  const start = performance.now()
  await readAsTheGate(process.argv[3] as string)
  process.stdout.write(`${performance.now() - start}\n`)
  process.exit(0)
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`
process.stdout.write(`readiness-gate benchmark on ${machine}\n\n`)
print([
  { figure: 'figure', measured: 'measured', goal: 'goal', ratio: 'ratio' },
  ...gateOverhead(),
  ...cachedRerun(),
  ...(await extraction()),
  ...parsers(),
  ...(await startup()),
  ...hugeLog(),
  ...manyClaims()
])
