// The learning half of the quote filter, used by scripts/train-quote-filter.ts: a logistic regression over binary
// features fitted by AdaGrad, and the choice of thresholds. Deterministic: a seeded shuffle, no other randomness.

export interface FitOptions { epochs: number; rate: number; l2: number; seed: number }

/** A small seeded generator (mulberry32): the same seed gives the same shuffles, so the same weights. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Logistic regression over rows of active feature indices; returns the bias and a weight per feature index. */
export function fit(rows: readonly { x: readonly number[]; y: number }[], dims: number, o: FitOptions): { bias: number; w: Float64Array } {
  const w = new Float64Array(dims), g2 = new Float64Array(dims).fill(1e-8)
  let bias = 0, gb = 1e-8
  const order = rows.map((_, i) => i)
  const rand = seededRandom(o.seed)
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!] }
    for (const i of order) {
      const { x, y } = rows[i]!
      let z = bias
      for (const k of x) z += w[k]!
      const g = 1 / (1 + Math.exp(-z)) - y
      gb += g * g; bias -= (o.rate / Math.sqrt(gb)) * g
      for (const k of x) {
        const gk = g + o.l2 * w[k]!
        g2[k]! += gk * gk
        w[k]! -= (o.rate / Math.sqrt(g2[k]!)) * gk
      }
    }
  }
  return { bias, w }
}

export interface Scored { s: number; base: boolean; label: boolean }

/**
 * The thresholds (base, added) maximising F1 = 2·right / (gold + system), where the attributions no filter judges
 * add `fixedRight` of `fixedSystem`. `null` for base keeps all of them; `null` for added adds none.
 */
export function chooseThresholds(scored: readonly Scored[], gold: number, fixedSystem: number, fixedRight: number): { base: number | null; added: number | null; f1: number } {
  const sweep = (base: boolean) => {
    const xs = scored.filter((e) => e.base === base).sort((a, b) => b.s - a.s)
    // Keeping the i best: threshold, right, kept. Keeping none is `base: +∞` / `added: null`; all of base is `null`.
    const opts: { t: number | null; right: number; kept: number }[] = [{ t: base ? Infinity : null, right: 0, kept: 0 }]
    let right = 0
    xs.forEach((e, i) => {
      if (e.label) right++
      const last = i + 1 === xs.length
      if (last || xs[i + 1]!.s < e.s) opts.push({ t: last && base ? null : e.s, right, kept: i + 1 })
    })
    return opts
  }
  let best = { base: null as number | null, added: null as number | null, f1: -1 }
  for (const b of sweep(true)) for (const a of sweep(false)) {
    const f1 = (2 * (fixedRight + b.right + a.right)) / (gold + fixedSystem + b.kept + a.kept)
    if (f1 > best.f1) best = { base: b.t, added: a.t, f1 }
  }
  return best
}

/** Area under the ROC curve: how well the scores rank right candidates above wrong ones (ties broken by order). */
export function auc(xs: readonly { s: number; label: boolean }[]): number {
  const sorted = [...xs].sort((a, b) => a.s - b.s)
  let rankSum = 0, pos = 0
  sorted.forEach((e, i) => { if (e.label) { rankSum += i + 1; pos++ } })
  const neg = xs.length - pos
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5
}
