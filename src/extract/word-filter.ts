// A cheap first test on a token: could it be one of a fixed set of lower-case words (the rules'
// triggers, or the words their patterns name)? Most tokens fail on their first two letters, length and
// third letter, the rest on a hash bitmap, without building a string; only survivors are lower-cased and looked up
// exactly. False positives are fine (the exact lookup settles them), false negatives are not: every
// test below accepts every word of the set, in any case and with "’" for "'".

const HASH_BITS = 1 << 17 // 16 KB; ~1.4 % of other words pass with ~1,800 words in the set
const HASH_MASK = HASH_BITS - 1
const ALL_LENGTHS = 0xffffffff

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
function letterPair(c0: number, c1: number): number {
  c0 |= 32; c1 |= 32
  return c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122 ? (c0 - 97) * 26 + c1 - 97 : -1
}

function lengthBit(len: number): number { return len > 31 ? 0x80000000 : 1 << len }

/** A bit for a word's third character: its letter (either case), another ASCII character, or none (-1). */
function thirdBit(c: number): number {
  if (c < 0) return 1 << 27
  const l = c | 32
  return l >= 97 && l <= 122 ? 1 << (l - 97) : 1 << 26
}

export class WordFilter {
  /** Per pair of first letters, a bit per word length (0–31) that some word with that start has. */
  private readonly lengths = new Uint32Array(26 * 26)
  /** Per pair of first letters, the third characters (thirdBit) such words have. */
  private readonly thirds = new Uint32Array(26 * 26)
  /** The same for words that do not start with two letters ("'s", "a", "9/11"). */
  private otherLengths = 0
  private readonly hashes = new Uint32Array(HASH_BITS >>> 5)

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = asciiWordHash(w, 0, w.length)
      // A non-ASCII word has no hash and its lower-cased length may differ from a token's: let any length through.
      const bits = h < 0 ? ALL_LENGTHS : lengthBit(w.length)
      const p = w.length >= 2 ? letterPair(w.charCodeAt(0), w.charCodeAt(1)) : -1
      if (p >= 0) {
        this.lengths[p]! |= bits
        this.thirds[p]! |= h < 0 ? ALL_LENGTHS : thirdBit(w.length > 2 ? w.charCodeAt(2) : -1)
      } else this.otherLengths |= bits
      if (h >= 0) this.hashes[(h & HASH_MASK) >>> 5]! |= 1 << (h & 31)
    }
  }

  /** May text[start, end) be one of the words (in any case, with "’" for "'")? False only when it is certainly not. */
  mayHave(text: string, start: number, end: number): boolean {
    const len = end - start
    if (len < 1) return false
    const c0 = text.charCodeAt(start), c1 = len > 1 ? text.charCodeAt(start + 1) : 0
    // A non-ASCII start may lower-case to anything: leave it to the exact lookup.
    if (c0 >= 128 || c1 >= 128) return true
    const p = len > 1 ? letterPair(c0, c1) : -1
    if (!((p >= 0 ? this.lengths[p]! : this.otherLengths) & lengthBit(len))) return false
    const c2 = len > 2 ? text.charCodeAt(start + 2) : -1
    if (p >= 0 && c2 < 128 && !(this.thirds[p]! & thirdBit(c2))) return false
    const h = asciiWordHash(text, start, end)
    return h < 0 || (this.hashes[(h & HASH_MASK) >>> 5]! & (1 << (h & 31))) !== 0
  }

  /**
   * The tokens (by index, ascending) that may be one of the words. One call per text (this visits every
   * token of every article): its loop is optimised early, and no string is built.
   */
  scan(text: string, starts: Uint32Array, ends: Uint32Array): number[] {
    const out: number[] = []
    for (let i = 0; i < starts.length; i++) if (this.mayHave(text, starts[i]!, ends[i]!)) out.push(i)
    return out
  }
}
