import { readFileSync } from 'node:fs'
import { PAIR_FAMILIES, SINGLE_FAMILIES, type Family, type FeatureValues } from './filter-features.js'

// A learned filter over reported-speech candidates (data/quotes/filter-weights.json, trained by
// scripts/train-quote-filter.ts on the PolNeAR train split): a logistic regression over short feature
// strings (the cue word, its class and frame, the speaker's kind …; see filter-features.ts). The hand rules'
// own output is `base`; candidates they would drop (nested, broad candidate cues) are `added`. Each kind has
// its own threshold, chosen on train.

export interface FilterWeights {
  id: string
  version: string
  provenance: string
  bias: number
  /**
   * Keep a candidate when its score (log-odds) is at least this. `base: null` keeps every attribution the rules make;
   * `added: null` adds none (the broad candidate cues are then not even read).
   */
  thresholds: { base: number | null; added: number | null }
  weights: Record<string, number>
}

export class QuoteFilter {
  // Weights by family and value ("form:said" → single form, key said), so scoring builds no strings.
  private readonly singles: Map<string, number>[] = SINGLE_FAMILIES.map(() => new Map())
  private readonly pairs: Map<string, Map<string, number>>[] = PAIR_FAMILIES.map(() => new Map())
  constructor(readonly file: FilterWeights) {
    const singleIndex = new Map(SINGLE_FAMILIES.map((x, i) => [x as string, i]))
    const pairIndex = new Map(PAIR_FAMILIES.map(([x, y], i) => [`${x}|${y}`, i]))
    for (const [name, w] of Object.entries(file.weights)) {
      const bar = name.indexOf('|')
      if (bar < 0) {
        const colon = name.indexOf(':')
        const i = singleIndex.get(name.slice(0, colon))
        if (colon < 0 || i === undefined) throw new Error(`quotes/filter-weights: unknown feature family in "${name}"`)
        this.singles[i]!.set(name.slice(colon + 1), w)
        continue
      }
      const left = name.slice(0, bar), right = name.slice(bar + 1)
      const lc = left.indexOf(':'), rc = right.indexOf(':')
      const i = pairIndex.get(`${left.slice(0, lc)}|${right.slice(0, rc)}`)
      if (i === undefined) throw new Error(`quotes/filter-weights: unknown feature pair in "${name}"`)
      const byLeft = this.pairs[i]!
      let inner = byLeft.get(left.slice(lc + 1))
      if (!inner) byLeft.set(left.slice(lc + 1), inner = new Map())
      inner.set(right.slice(rc + 1), w)
    }
  }

  /**
   * Log-odds that the candidate is a right attribution. Written out family by family, in the order of SINGLE_FAMILIES and
   * PAIR_FAMILIES: a loop reading `f[family]` made every read a megamorphic keyed load (4.5 µs a candidate, +10% of the stage).
   * filter.test.ts checks this against the weights of featureStrings(f).
   */
  score(f: FeatureValues): number {
    const m = this.singles, p = this.pairs
    return this.file.bias
      + (m[0]!.get(f.form) ?? 0) + (m[1]!.get(f.class) ?? 0) + (m[2]!.get(f.origin) ?? 0) + (m[3]!.get(f.rule) ?? 0) + (m[4]!.get(f.spk) ?? 0)
      + (m[5]!.get(f.frame) ?? 0) + (m[6]!.get(f.len) ?? 0) + (m[7]!.get(f.prev) ?? 0) + (m[8]!.get(f.next) ?? 0) + (m[9]!.get(f.neg) ?? 0)
      + (p[0]!.get(f.form)?.get(f.frame) ?? 0) + (p[1]!.get(f.class)?.get(f.frame) ?? 0)
  }

  /** Whether candidates of this kind need scoring at all. */
  judges(base: boolean): boolean { return (base ? this.file.thresholds.base : this.file.thresholds.added) !== null }
  /** Whether the filter adds anything to the rules' output. */
  adds(): boolean { return this.file.thresholds.added !== null }

  keeps(features: FeatureValues, base: boolean): boolean {
    const t = base ? this.file.thresholds.base : this.file.thresholds.added
    return t === null ? base : this.score(features) >= t
  }
}

const WEIGHTS = new URL('../../../data/quotes/filter-weights.json', import.meta.url)
let cached: QuoteFilter | null = null

/** The filter of data/quotes/filter-weights.json; throws when the file is missing or malformed (quotes/filter-weights). */
export function loadQuoteFilter(): QuoteFilter {
  return (cached ??= readQuoteFilter(WEIGHTS))
}

export function readQuoteFilter(url: URL): QuoteFilter {
  let file: FilterWeights
  try { file = JSON.parse(readFileSync(url, 'utf8')) as FilterWeights } catch (e) {
    throw new Error(`quotes/filter-weights: cannot read ${url.pathname}: ${(e as Error).message}`)
  }
  if (typeof file.bias !== 'number' || !file.weights || !file.thresholds) throw new Error('quotes/filter-weights: expected {bias, thresholds, weights}')
  return new QuoteFilter(file)
}

/**
 * Speech verbs the rules attribute (said, told, wrote …) are never judged: on train the filter dropped 75 of 9,246 of them
 * and scoring them all was two thirds of its cost.
 */
export function isJudgedClass(cueClass: string, base: boolean): boolean { return !base || cueClass !== 'speech' }

/** One candidate as the training script sees it (offsets in the article's cleaned text). */
export interface CandidateRecord { cueStart: number; features: FeatureValues; base: boolean }
let collector: ((c: CandidateRecord) => void) | null = null

/**
 * Training mode: while a collector is set, every candidate is kept and reported to it with its features
 * (scripts/train-quote-filter.ts labels them against the gold). `null` restores filtering.
 */
export function collectCandidates(fn: ((c: CandidateRecord) => void) | null): void { collector = fn }
export function candidateCollector(): ((c: CandidateRecord) => void) | null { return collector }
