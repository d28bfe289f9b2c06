import type { Gap } from '../../article/types.js'

const CONTEXT = 40

/**
 * A clip visibly lost text where one paragraph stops mid-sentence (no end punctuation) and the
 * next starts mid-sentence (lower case, also just inside a quote mark, or with a link fragment such as `[frayed ties](#) between…`).
 */
export function isGap(before: string, after: string, afterRawStartsWithLink: boolean): boolean {
  if (/[.!?:;"”’'»)\]…*]$/.test(before)) return false
  if (!/[\p{L}\p{N},-]$/u.test(before)) return false
  return /^["“‘'(]?\p{Ll}/u.test(after) || afterRawStartsWithLink
}

export function makeGap(offset: number, before: string, after: string): Gap {
  return { offset, before: before.length > CONTEXT ? `…${before.slice(-CONTEXT)}` : before, after: after.length > CONTEXT ? `${after.slice(0, CONTEXT)}…` : after }
}
