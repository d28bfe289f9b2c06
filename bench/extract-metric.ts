// The article-extraction benchmark's metric (../shared/bench/article-extraction/README.md), re-implemented:
// 4-token shingles as multisets, per-page tp/fp/fn, macro-averaged precision and recall.

/** Python's `\w+` with re.UNICODE: letters, numbers and the underscore. */
const WORD = /[\p{L}\p{N}_]+/gu

export interface PageScore { tp: number; fp: number; fn: number }

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(WORD) ?? []
  const out = new Map<string, number>()
  const last = Math.max(1, tokens.length - n + 1)
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ')
    if (key) out.set(key, (out.get(key) ?? 0) + 1)
  }
  return out
}

/** tp/fp/fn over shingle counts, normalised by their sum so long pages do not weigh more. */
export function scorePage(gold: string, pred: string): PageScore {
  const g = shingles(gold), p = shingles(pred)
  let tp = 0, fp = 0, fn = 0
  for (const [k, gc] of g) { const pc = p.get(k) ?? 0; tp += Math.min(gc, pc); fn += Math.max(0, gc - pc) }
  for (const [k, pc] of p) fp += Math.max(0, pc - (g.get(k) ?? 0))
  const s = tp + fp + fn
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn }
}

export interface Summary { precision: number; recall: number; f1: number; pages: number }

export function summarise(scores: readonly PageScore[]): Summary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp)))
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn)))
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, pages: scores.length }
}
