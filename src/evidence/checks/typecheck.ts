import { counted } from '../../errors.js'
import type { TypecheckEvidence } from '../../model.js'
import type { RunResult } from '../../ports/process-runner.js'
import type { TscDiagnostic } from '../parsers/tsc-output.js'
import { countByCode, formatDiagnostic, parseTscOutput } from '../parsers/tsc-output.js'
import { findLocalBin } from '../toolchain.js'
import type { CheckContext, PlannedCheck } from './common.js'
import { CHECK_ENV, MAX_FIRST_ERRORS, commandText, exitText, incompleteRun, scriptRequest } from './common.js'

/** Script names repositories use for a type check, in order of preference. */
export const TYPECHECK_SCRIPTS = ['typecheck', 'type-check', 'check-types', 'types:check', 'tsc']

export function planTypecheck(ctx: CheckContext): PlannedCheck<TypecheckEvidence> {
  const { toolchain } = ctx
  const script = TYPECHECK_SCRIPTS.find((name) => toolchain.scripts[name])
  if (script) {
    const request = scriptRequest(ctx, 'typecheck', script)
    return {
      name: 'typecheck',
      request,
      interpret: async (result) => readTypecheck(result, commandText(request), 'script')
    }
  }
  if (!toolchain.hasTsconfig) {
    return { name: 'typecheck', result: { status: 'skipped', reason: 'no typecheck script and no tsconfig.json' } }
  }
  // tsc skips .vue files; a Vue project that installs vue-tsc is checked with it (same flags, same diagnostics).
  const checker = toolchain.dependencies.has('vue-tsc') ? 'vue-tsc' : 'tsc'
  const bin = findLocalBin(ctx.fs, toolchain.root, checker)
  if (!bin) {
    return {
      name: 'typecheck',
      result: { status: 'unknown', reason: `tsconfig.json exists but ${checker} is not installed` }
    }
  }
  const request = {
    label: 'typecheck',
    command: bin,
    // Composite projects may not disable emit (TS6310), so references are built; the rest only checked.
    args: toolchain.tsconfigReferences
      ? ['-b', '--pretty', 'false']
      : ['--noEmit', '--pretty', 'false', '-p', 'tsconfig.json'],
    cwd: toolchain.root,
    env: CHECK_ENV,
    timeoutMs: ctx.timeoutMs
  }
  return {
    name: 'typecheck',
    request,
    interpret: async (result) =>
      readTypecheck(result, `${checker} ${toolchain.tsconfigReferences ? '-b' : '--noEmit'}`, checker)
  }
}

/**
 * Option and project errors: TS5xxx codes, diagnostics located in a tsconfig file, and global TS6xxx/TS18003
 * ("no inputs"). tsc checked nothing, so there is no count. (Located TS6xxx codes such as TS6133, an unused
 * variable, are real findings.)
 */
function isConfigDiagnostic(d: TscDiagnostic): boolean {
  if (/^TS5\d{3}$/.test(d.code)) return true
  if (d.file && /(^|\/)tsconfig[^/]*\.json$/.test(d.file)) return true
  return !d.file && /^TS(?:6\d{3}|18003)$/.test(d.code)
}

/**
 * tsc's exit codes differ between versions (a type error is 2 in 5.9, 1 in 7), so only "zero or not"
 * is read from them; the count comes from the diagnostics printed.
 */
export function readTypecheck(
  result: RunResult,
  command: string,
  tool: 'tsc' | 'vue-tsc' | 'script'
): TypecheckEvidence {
  const base = { tool, command, durationMs: result.durationMs }
  const incomplete = incompleteRun(result, 'the typecheck')
  if (incomplete) return { ...base, ...incomplete }
  const output = parseTscOutput(`${result.stdout}\n${result.stderr}`)
  const errors = output.diagnostics.length || output.summaryCount || 0
  const firstErrors = output.diagnostics.slice(0, MAX_FIRST_ERRORS).map(formatDiagnostic)
  if (result.exitCode === 0) {
    if (errors > 0)
      return {
        ...base,
        status: 'fail',
        errors,
        byCode: countByCode(output.diagnostics),
        firstErrors,
        reason: `${errors} type errors`
      }
    return { ...base, status: 'pass', errors: 0, byCode: {}, reason: 'no type errors' }
  }
  if (output.printedHelp) {
    return {
      ...base,
      status: 'unknown',
      reason: 'tsc printed its help text instead of checking: no tsconfig.json was found'
    }
  }
  if (errors === 0) {
    return {
      ...base,
      status: 'unknown',
      reason: `${command} failed (${exitText(result)}) without printing a TypeScript diagnostic`
    }
  }
  if (output.diagnostics.every(isConfigDiagnostic)) {
    const first = output.diagnostics[0]
    return {
      ...base,
      status: 'unknown',
      firstErrors,
      reason: `tsc could not check the code: ${first ? formatDiagnostic(first) : 'a configuration error'}`
    }
  }
  const byCode = countByCode(output.diagnostics)
  return {
    ...base,
    status: 'fail',
    errors,
    byCode,
    firstErrors,
    reason: counted(errors, 'type error')
  }
}
