// A cheap first test on every token of an article: could it be a trigger word? Most tokens fail on
// their first two letters and length, the rest on a hash bitmap; only survivors are lower-cased and
// looked up in `RuleIndex.byTrigger`. False positives are fine (the lookup settles them), false
// negatives are not: every test below accepts every trigger.

const HASH_BITS = 1 << 17 // 16 KB; ~1.4 % of non-triggers pass with ~1,800 trigger forms
const HASH_MASK = HASH_BITS - 1

/** FNV-1a over lower-cased ASCII, with "’" as "'"; -1 when the word holds other non-ASCII (the caller then lower-cases it). */
export function asciiWordHash(text: string, start: number, end: number): number {
  let h = 2166136261 | 0
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k)
    if (c >= 65 && c <= 90) c += 32
    else if (c === 8217) c = 39
    else if (c >= 128) return -1
    h = Math.imul(h ^ c, 16777619)
  }
  return h & 0x7fffffff
}

/** Index of a pair of ASCII letters (either case), or -1. */
export function letterPair(c0: number, c1: number): number {
  c0 |= 32; c1 |= 32
  return c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122 ? (c0 - 97) * 26 + c1 - 97 : -1
}

export class TriggerFilter {
  /** Per pair of first letters, a bit per word length (0–31) that some trigger with that start has. */
  private readonly lengths = new Uint32Array(26 * 26)
  private readonly hashes = new Uint32Array(HASH_BITS >>> 5)

  constructor(triggers: Iterable<string>) {
    for (const t of triggers) {
      const p = letterPair(t.charCodeAt(0), t.charCodeAt(1))
      // A trigger not starting with two ASCII letters would be missed by the filter: refuse it rather than lose it silently.
      if (p < 0) throw new Error(`events/rule: trigger "${t}" must start with two letters a–z`)
      // A non-ASCII trigger has no hash (see asciiWordHash) and its lower-cased length may differ: let any length through.
      const h = asciiWordHash(t, 0, t.length)
      this.lengths[p]! |= h < 0 || t.length > 31 ? 0xffffffff : 1 << t.length
      if (h >= 0) this.hashes[(h & HASH_MASK) >>> 5]! |= 1 << (h & 31)
    }
  }

  /** False when the token text[start, end) cannot be a trigger. */
  mayBeTrigger(text: string, start: number, end: number): boolean {
    const len = end - start
    if (len < 2) return false
    const p = letterPair(text.charCodeAt(start), text.charCodeAt(start + 1))
    if (p < 0 || !(this.lengths[p]! & (len > 31 ? 0x80000000 : 1 << len))) return false
    const h = asciiWordHash(text, start, end)
    return h < 0 || (this.hashes[(h & HASH_MASK) >>> 5]! & (1 << (h & 31))) !== 0
  }
}
