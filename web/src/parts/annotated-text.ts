import { h } from '../dom.js'
import type { AnalysisRecord, CodedEvent } from '../types.js'

interface Layer { start: number; end: number; kind: 'entity' | 'quote' | 'event'; cls: string; title: string; eventId?: string }

function layers(record: AnalysisRecord): Layer[] {
  const out: Layer[] = []
  for (const e of record.entities) {
    const code = e.actor?.code ? ` · ${e.actor.code}` : ''
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, kind: 'entity', cls: `ent ent-${e.type.toLowerCase()}`, title: `${e.name} · ${e.type}${code}` })
  }
  for (const q of record.quotes) out.push({ start: q.start, end: q.end, kind: 'quote', cls: 'q', title: `Quote · ${q.speaker?.name ?? 'speaker unknown'}` })
  for (const ev of record.events) {
    out.push({ start: ev.evidence.start, end: ev.evidence.end, kind: 'event', cls: `ev ${ev.quadClass >= 3 ? 'ev-conflict' : 'ev-coop'}`, title: `${ev.type} (CAMEO ${ev.cameo}) · click for why`, eventId: ev.id })
  }
  return out.filter((l) => l.end > l.start && l.end <= record.text.length)
}

/** The article text with entities, quotes (speaker shown) and events highlighted. Text goes in as text nodes only.
 *  One sweep over the span boundaries, so overlapping layers nest without re-scanning the text. */
export function annotatedText(record: AnalysisRecord, onEvent: (ev: CodedEvent) => void): HTMLElement {
  const text = record.text
  const all = layers(record)
  const cuts = new Set<number>([0, text.length])
  for (const l of all) { cuts.add(l.start); cuts.add(l.end) }
  const points = [...cuts].sort((a, b) => a - b)
  const starting = new Map<number, Layer[]>()
  for (const l of all) { const list = starting.get(l.start); if (list) list.push(l); else starting.set(l.start, [l]) }
  const speakerAt = new Map(record.quotes.map((q) => [q.start, q.speaker?.name ?? null] as const))
  const eventsById = new Map(record.events.map((e) => [e.id, e]))
  const root = h('div', { class: 'annotated' })
  let active: Layer[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!, b = points[i + 1]!
    active = active.filter((l) => l.end > a)
    active.push(...(starting.get(a) ?? []))
    if (speakerAt.has(a)) root.append(h('span', { class: 'speaker-tag', title: 'speaker' }, speakerAt.get(a) ?? 'unknown speaker'))
    const piece = text.slice(a, b)
    if (!active.length) { root.append(piece); continue }
    const ev = active.filter((l) => l.kind === 'event').sort((x, y) => (x.end - x.start) - (y.end - y.start))[0]
    const cls = [...new Set(active.map((l) => l.cls))].join(' ')
    const title = active.map((l) => l.title).join('\n')
    if (ev?.eventId) {
      const event = eventsById.get(ev.eventId)!
      root.append(h('mark', { class: cls, title, 'data-event': ev.eventId, role: 'button', tabindex: 0,
        onclick: () => onEvent(event), onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') onEvent(event) } }, piece))
    } else root.append(h('span', { class: cls, title }, piece))
  }
  return root
}

export function legend(): HTMLElement {
  return h('p', { class: 'legend' },
    h('span', { class: 'ent ent-person' }, 'person'), ' ', h('span', { class: 'ent ent-org' }, 'organisation'), ' ',
    h('span', { class: 'ent ent-place' }, 'place'), ' ', h('span', { class: 'q' }, 'quote'), ' ',
    h('mark', { class: 'ev ev-coop' }, 'cooperative event'), ' ', h('mark', { class: 'ev ev-conflict' }, 'conflictual event'))
}
