/**
 * The globs a user gives for reports, ignore rules and saved tool reports: `**` any folders, `*` any
 * characters but `/`, `?` one character but `/`, anything else itself. A leading `./` is the repository.
 *
 * Paths are matched by following every way through the glob at once, one character at a time, so the
 * time grows with the path's length times the glob's. A regular expression backtracks instead: a glob of
 * ten stars took over a minute for one file name of 44 characters.
 */

/** What a glob is made of, in order. `dirs` is `**` followed by `/`: nothing, or any path that ends in `/`. */
type Token = { kind: 'char'; char: number } | { kind: 'one' | 'star' | 'any' | 'dirs' }

export interface Glob {
  /** Whether a repository-relative path, with forward slashes, matches the whole glob. */
  test(path: string): boolean
}

const SLASH = 47
const STAR = 42
const QUESTION = 63

export function compileGlob(glob: string): Glob {
  const tokens = tokensOf(glob.startsWith('./') ? glob.slice(2) : glob)
  return { test: (path) => matches(tokens, path) }
}

function tokensOf(glob: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charCodeAt(i)
    if (c === STAR && glob.charCodeAt(i + 1) === STAR) {
      const dirs = glob.charCodeAt(i + 2) === SLASH
      tokens.push({ kind: dirs ? 'dirs' : 'any' })
      i += dirs ? 2 : 1
    } else if (c === STAR) tokens.push({ kind: 'star' })
    else if (c === QUESTION) tokens.push({ kind: 'one' })
    else tokens.push({ kind: 'char', char: c })
  }
  return tokens
}

/*
 * The states: `i` (from 0 to tokens.length) is "token i is next", tokens.length is "the whole glob is
 * matched", and tokens.length + 1 + i is "inside the folders of the `dirs` token i", which reads any
 * characters and may leave after a `/`.
 */

function matches(tokens: Token[], path: string): boolean {
  const end = tokens.length
  let current = new Set<number>()
  enter(tokens, current, 0)
  for (let at = 0; at < path.length && current.size > 0; at++) {
    const c = path.charCodeAt(at)
    const next = new Set<number>()
    for (const state of current) step(tokens, state, c, next)
    current = next
  }
  return current.has(end)
}

/** The states after reading character `c` in `state`, added to `next`. */
function step(tokens: Token[], state: number, c: number, next: Set<number>): void {
  const end = tokens.length
  if (state > end) {
    next.add(state)
    if (c === SLASH) enter(tokens, next, state - end)
    return
  }
  const token = tokens[state]
  if (!token) return
  if (token.kind === 'char' ? c === token.char : token.kind === 'one' && c !== SLASH) enter(tokens, next, state + 1)
  else if ((token.kind === 'star' && c !== SLASH) || token.kind === 'any') enter(tokens, next, state)
}

/** Adds `state` to `states` with every state reached from it without reading a character. */
function enter(tokens: Token[], states: Set<number>, state: number): void {
  if (states.has(state)) return
  states.add(state)
  const kind = tokens[state]?.kind
  if (kind === 'star' || kind === 'any' || kind === 'dirs') enter(tokens, states, state + 1)
  if (kind === 'dirs') states.add(tokens.length + 1 + state)
}
