import type { Tok } from './token-view.js'

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
