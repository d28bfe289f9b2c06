import type { Mention } from '../../article/index.js'
import type { Tok } from './token-view.js'

/** The index of a mention's first token, kept on the mention under a symbol while the recogniser's later passes
 *  run (a symbol key stays out of JSON and of the record). */
export const FIRST_TOKEN = Symbol('firstToken')
type WithToken = Mention & { [FIRST_TOKEN]?: number }

/** Index of a mention's first token: the one grouping noted, else by binary search; -1 when it starts mid-token. */
export function mentionToken(toks: readonly Tok[], m: Mention): number {
  const known = (m as WithToken)[FIRST_TOKEN]
  if (known !== undefined) return toks[known]?.start === m.start ? known : -1
  return tokenAt(toks, m.start)
}

export function noteFirstToken(m: Mention, index: number | undefined): void {
  (m as WithToken)[FIRST_TOKEN] = index
}

/** The token at index i, or undefined outside the array. Reading past either end (toks[-1], toks[length]) gives the
 *  same undefined, but optimised code deoptimises at each site the first time it happens ("out of bounds"), and the
 *  large scan and grouping functions are then compiled again. */
export function tokAt(toks: readonly Tok[], i: number): Tok | undefined {
  return i >= 0 && i < toks.length ? toks[i] : undefined
}

/** Token index of the token starting at `start`, by binary search. */
export function tokenAt(toks: readonly Tok[], start: number): number {
  let lo = 0, hi = toks.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = toks[mid]!.start
    if (s === start) return mid
    if (s < start) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
