/**
 * The globs a user gives for reports, ignore rules and saved tool reports: `**` any folders, `*` any
 * characters but `/`, `?` one character but `/`, anything else itself. A leading `./` is the repository.
 *
 * A regular expression backtracks on such globs: ten stars took over a minute for one file name of 44
 * characters. Here every way through the glob is followed at once (the set of places in the glob the
 * path so far could have reached), so the time grows with the path's length times the glob's at worst.
 * Each set is made once and remembered with where each kind of character leads from it, so a path is
 * usually matched with one lookup a character.
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

/** Kinds of character: a slash, one the glob does not name, and from 2 on each character it names. */
const SLASH_KIND = 0
const OTHER_KIND = 1

/** Remembered sets, at most: past them, sets are made afresh at each character, so memory stays bounded. */
const MAX_REMEMBERED = 4096

/** A set of places in the glob, whether it matches the whole glob, and the set each kind of character leads to. */
interface Reached {
  places: number[]
  /** No place: the path cannot match, whatever follows. */
  dead: boolean
  matched: boolean
  next: Array<Reached | undefined>
  remembered: boolean
}

export function compileGlob(glob: string): Glob {
  return new GlobMatcher(tokensOf(glob.startsWith('./') ? glob.slice(2) : glob))
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
 * The places: `i` (from 0 to tokens.length) is "token i is next", tokens.length is "the whole glob is
 * matched", and tokens.length + 1 + i is "inside the folders of the `dirs` token i", which reads any
 * character and may leave after a `/`.
 */
class GlobMatcher implements Glob {
  /** The kind of each ASCII character, in an array: a lookup for every character of every path. */
  private readonly asciiKinds = new Uint16Array(128).fill(OTHER_KIND)
  private readonly kinds = new Map<number, number>([[SLASH, SLASH_KIND]])
  private readonly remembered = new Map<string, Reached>()
  /** The characters before the first wildcard: most paths are turned down by them alone. */
  private readonly prefix: string
  private readonly start: Reached

  constructor(private readonly tokens: Token[]) {
    for (const token of tokens) {
      if (token.kind === 'char' && !this.kinds.has(token.char)) this.kinds.set(token.char, this.kinds.size + 1)
    }
    for (const [char, kind] of this.kinds) if (char < 128) this.asciiKinds[char] = kind
    let literal = 0
    while (tokens[literal]?.kind === 'char') literal++
    this.prefix = tokens
      .slice(0, literal)
      .map((token) => String.fromCharCode((token as { char: number }).char))
      .join('')
    this.start = this.reached(this.closure([literal]))
  }

  test(path: string): boolean {
    const { asciiKinds, kinds } = this
    if (!path.startsWith(this.prefix)) return false
    let reached = this.start
    for (let at = this.prefix.length; at < path.length; at++) {
      if (reached.dead) return false
      const c = path.charCodeAt(at)
      const kind = c < 128 ? (asciiKinds[c] as number) : (kinds.get(c) ?? OTHER_KIND)
      reached = reached.next[kind] ?? this.step(reached, kind)
    }
    return reached.matched
  }

  /** The set a kind of character leads to from `from`, made and remembered. */
  private step(from: Reached, kind: number): Reached {
    const end = this.tokens.length
    const places: number[] = []
    for (const place of from.places) {
      if (place > end) {
        places.push(place)
        if (kind === SLASH_KIND) places.push(place - end)
        continue
      }
      const token = this.tokens[place]
      if (!token) continue
      if (token.kind === 'char' ? kind === this.kinds.get(token.char) : token.kind === 'one' && kind !== SLASH_KIND) {
        places.push(place + 1)
      } else if ((token.kind === 'star' && kind !== SLASH_KIND) || token.kind === 'any') places.push(place)
    }
    const to = this.reached(this.closure(places))
    if (from.remembered && to.remembered) from.next[kind] = to
    return to
  }

  /** The places with every place reached from them without reading a character, in order. */
  private closure(places: number[]): number[] {
    const all = new Set<number>()
    // A loop along each run of stars, not a call a star: a glob of thousands would overflow the stack.
    for (let place of places) {
      while (!all.has(place)) {
        all.add(place)
        const kind = this.tokens[place]?.kind
        if (kind === 'dirs') all.add(this.tokens.length + 1 + place)
        if (kind !== 'star' && kind !== 'any' && kind !== 'dirs') break
        place++
      }
    }
    return [...all].sort((a, b) => a - b)
  }

  private reached(places: number[]): Reached {
    const key = places.join(',')
    const known = this.remembered.get(key)
    if (known) return known
    const remembered = this.remembered.size < MAX_REMEMBERED
    const next = new Array<Reached | undefined>(this.kinds.size + 1).fill(undefined)
    const made: Reached = {
      places,
      dead: !places.length,
      matched: places.includes(this.tokens.length),
      next,
      remembered
    }
    if (remembered) this.remembered.set(key, made)
    return made
  }
}
