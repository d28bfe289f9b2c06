import { get } from '../api.js'
import { h, replace } from '../dom.js'
import type { View } from '../main.js'
import { plural } from '../parts/format.js'
import { annotatedText, legend } from '../parts/annotated-text.js'
import { explainEvent } from '../parts/explain.js'
import { empty, loading } from '../parts/status.js'
import type { AnalysisRecord, CodedEvent, StoredArticle } from '../types.js'

function metadata(r: AnalysisRecord): HTMLElement {
  const m = r.metadata
  const people = (list: { name: string; location: string | null }[]) => list.map((p) => p.location ? `${p.name} (${p.location})` : p.name).join(', ')
  const rows: [string, string | null][] = [
    ['Outlet', m.outlet ?? m.publisher ?? null], ['Published', m.published.iso ?? m.published.relative ?? null],
    ['Authors', people(m.authors) || null], ['Contributors', people(m.contributors) || null], ['Section', m.section],
    ['URL', m.url], ['Source', r.source], ['Format', r.format],
  ]
  return h('dl', { class: 'meta' }, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v!)]))
}

function problems(r: AnalysisRecord): HTMLElement | null {
  const gaps = r.metadata.gaps
  if (!gaps.length && !r.messages.length) return null
  return h('section', { class: 'messages' }, h('h3', {}, 'Messages'),
    h('ul', {},
      ...gaps.map((g) => h('li', { class: 'warning' }, h('code', {}, 'clip/gap'), ` text missing at ${g.offset}: “…${g.before}” ⟶ “${g.after}…”`)),
      ...r.messages.map((m) => h('li', { class: m.severity }, h('code', {}, m.code), ` ${m.reason}`))))
}

/** The annotated reader for one record; shared by the article page and the analyze box. */
export function renderRecord(r: AnalysisRecord, selected: string | null): HTMLElement {
  const side = h('aside', { class: 'panel', id: 'explain' })
  const show = (ev: CodedEvent) => {
    replace(side, explainEvent(ev, r))
    for (const el of document.querySelectorAll('mark.selected')) el.classList.remove('selected')
    for (const el of document.querySelectorAll(`mark[data-event="${CSS.escape(ev.id)}"]`)) el.classList.add('selected')
  }
  replace(side, r.events.length ? empty('Click a highlighted event', 'to see why it was coded: type, CAMEO, Goldstein, actors, rule and evidence.') : empty('No events coded in this article'))
  const body = h('article', { class: 'reader' },
    h('h1', { class: 'headline' }, r.metadata.headline ?? '(no headline)'),
    r.metadata.standfirst ? h('p', { class: 'standfirst' }, r.metadata.standfirst) : null,
    metadata(r),
    h('p', { class: 'counts muted' }, [plural(r.entities.length, 'entity'), plural(r.quotes.length, 'quote'), plural(r.events.length, 'event')].join(' · ')),
    legend(),
    annotatedText(r, show),
    problems(r))
  const view = h('div', { class: 'split' }, body, side)
  const first = selected ? r.events.find((e) => e.id === selected) : undefined
  if (first) queueMicrotask(() => show(first))
  return view
}

export const readerView: View = async (root, route, isCurrent) => {
  if (!route.arg) { replace(root, empty('No article chosen', 'Open one from the Articles list.')); return }
  replace(root, loading('article'))
  const a = await get<StoredArticle>(`articles/${encodeURIComponent(route.arg)}`)
  if (!isCurrent()) return
  replace(root, renderRecord(a.record, route.params.get('event')))
}
