import type { BuildEvidence } from '../../model.js'
import type { RunResult } from '../../ports/process-runner.js'
import type { CheckContext, PlannedCheck } from './common.js'
import { commandText, exitText, firstErrorLines, incompleteRun, scriptRequest } from './common.js'

export function planBuild(ctx: CheckContext): PlannedCheck<BuildEvidence> {
  if (!ctx.toolchain.scripts.build) {
    return { name: 'build', result: { status: 'skipped', reason: 'no build script in package.json' } }
  }
  const request = scriptRequest(ctx, 'build', 'build')
  return { name: 'build', request, interpret: async (result) => readBuild(result, commandText(request)) }
}

/** A build is its script's exit code; the first error lines say why it failed. */
export function readBuild(result: RunResult, command: string): BuildEvidence {
  const base = { command, durationMs: result.durationMs }
  const incomplete = incompleteRun(result, 'the build')
  if (incomplete) return { ...base, ...incomplete }
  if (result.exitCode === 0) return { ...base, status: 'pass', reason: 'the build script succeeded' }
  const firstErrors = firstErrorLines(`${result.stdout}\n${result.stderr}`)
  return { ...base, status: 'fail', firstErrors, reason: `the build script failed (${exitText(result)})` }
}
