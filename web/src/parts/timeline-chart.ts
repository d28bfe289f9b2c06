import { h, svg } from '../dom.js'
import type { Timeline } from '../types.js'
import { fmtGoldstein } from './format.js'

const W = 720, H = 220, PAD = { l: 36, r: 40, t: 12, b: 40 }

type Point = Timeline['points'][number]
const DAY = 86_400_000

/** Periods without events still take their place on the time axis (days and weeks; months are left as given). */
export function fillGaps(points: Point[], bucket: Timeline['bucket']): Point[] {
  const step = bucket === 'day' ? DAY : bucket === 'week' ? 7 * DAY : 0
  if (!step || points.length < 2 || !points.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.period))) return points
  const byPeriod = new Map(points.map((p) => [p.period, p]))
  const first = Date.parse(`${points[0]!.period}T00:00:00Z`), last = Date.parse(`${points.at(-1)!.period}T00:00:00Z`)
  if ((last - first) / step > 520) return points
  const out: Point[] = []
  for (let t = first; t <= last; t += step) {
    const period = new Date(t).toISOString().slice(0, 10)
    out.push(byPeriod.get(period) ?? { period, count: 0, meanGoldstein: 0, cooperation: 0, conflict: 0 })
  }
  return out.length >= points.length ? out : points
}

/** Counts per period as stacked bars (cooperation below, conflict on top), mean Goldstein as a line (right axis, −10…+10). */
export function timelineChart(t: Timeline): HTMLElement | SVGElement {
  const buckets = fillGaps(t.points, t.bucket)
  if (!buckets.length) return h('p', { class: 'muted' }, 'No events in this period.')
  const max = Math.max(1, ...buckets.map((b) => b.count))
  const iw = W - PAD.l - PAD.r, ih = H - PAD.t - PAD.b
  const bw = iw / buckets.length
  const y = (n: number) => PAD.t + ih - (n / max) * ih
  const gy = (g: number) => PAD.t + ih / 2 - (g / 10) * (ih / 2)
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `events per ${t.bucket} and mean Goldstein` })
  root.append(svg('line', { x1: PAD.l, x2: W - PAD.r, y1: gy(0), y2: gy(0), class: 'axis-zero' }))
  root.append(svg('text', { x: PAD.l - 6, y: y(max) + 4, class: 'tick', 'text-anchor': 'end' }, String(max)))
  root.append(svg('text', { x: PAD.l - 6, y: y(0), class: 'tick', 'text-anchor': 'end' }, '0'))
  root.append(svg('text', { x: W - PAD.r + 6, y: gy(10) + 4, class: 'tick' }, '+10'))
  root.append(svg('text', { x: W - PAD.r + 6, y: gy(-10), class: 'tick' }, '−10'))
  const every = Math.ceil(buckets.length / 8)
  const line: string[] = []
  buckets.forEach((b, i) => {
    if (!b.count) return
    const w = Math.max(1, Math.min(48, bw * 0.7)), x = PAD.l + i * bw + (bw - w) / 2
    const other = b.count - b.cooperation - b.conflict
    const bar = svg('g', { class: 'bucket' })
    bar.append(svg('title', {}, `${b.period}: ${b.count} events (${b.cooperation} cooperation, ${b.conflict} conflict), mean Goldstein ${fmtGoldstein(b.meanGoldstein)}`))
    bar.append(svg('rect', { x, y: y(b.cooperation), width: w, height: Math.max(0, y(0) - y(b.cooperation)), class: 'bar-coop' }))
    bar.append(svg('rect', { x, y: y(b.cooperation + b.conflict), width: w, height: Math.max(0, y(b.cooperation) - y(b.cooperation + b.conflict)), class: 'bar-conflict' }))
    if (other > 0) bar.append(svg('rect', { x, y: y(b.count), width: w, height: Math.max(0, y(b.cooperation + b.conflict) - y(b.count)), class: 'bar-other' }))
    root.append(bar)
    line.push(`${x + w / 2},${gy(b.meanGoldstein)}`)
  })
  buckets.forEach((b, i) => {
    const x = PAD.l + i * bw + bw / 2
    if (i % every === 0) root.append(svg('text', { x, y: H - PAD.b + 16, class: 'tick', 'text-anchor': 'middle' }, b.period))
  })
  root.append(svg('polyline', { points: line.join(' '), class: 'goldstein-line' }))
  for (const p of line) { const [cx, cy] = p.split(','); root.append(svg('circle', { cx: cx!, cy: cy!, r: 3, class: 'goldstein-dot' })) }
  return root
}
