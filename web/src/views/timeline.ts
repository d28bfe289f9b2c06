import { get } from '../api.js'
import { h, replace } from '../dom.js'
import type { View } from '../main.js'
import { eventTable } from '../parts/event-table.js'
import { fmtGoldstein, plural } from '../parts/format.js'
import { empty, loading } from '../parts/status.js'
import { timelineChart } from '../parts/timeline-chart.js'
import { formParams, go, href } from '../router.js'
import type { ActorPage, Timeline } from '../types.js'

function form(p: URLSearchParams): HTMLFormElement {
  const f = h('form', { class: 'filters', 'aria-label': 'Timeline' },
    h('label', {}, 'Actor ', h('input', { name: 'actor', value: p.get('actor') ?? '', placeholder: 'e.g. CHN or RUSGOV' })),
    h('span', { class: 'muted' }, 'or dyad'),
    h('label', {}, 'Source ', h('input', { name: 'source', value: p.get('source') ?? '', class: 'short' })),
    h('label', {}, 'Target ', h('input', { name: 'target', value: p.get('target') ?? '', class: 'short' })),
    h('label', {}, 'Per ', h('select', { name: 'bucket' }, ...['week', 'day', 'month'].map((i) => h('option', { value: i, selected: (p.get('bucket') ?? 'week') === i }, i)))),
    h('button', { type: 'submit' }, 'Show'))
  f.addEventListener('submit', (e) => { e.preventDefault(); go('timeline', formParams(f)) })
  return f
}

function actorSide({ actor: a, quotes }: ActorPage): HTMLElement {
  return h('aside', { class: 'panel' },
    h('h2', {}, a.name ?? a.code), h('p', { class: 'muted' }, `${a.code}${a.country ? ` · ${a.country}` : ''}${a.sector ? ` · ${a.sector}` : ''} · ${a.events} events in ${a.articles} articles`),
    a.names.length > 1 ? h('p', { class: 'muted' }, `Also named: ${a.names.filter((n) => n !== a.name).join(', ')}`) : null,
    a.roles.length ? [h('h3', {}, 'Roles'), h('ul', {}, ...a.roles.map((r) => h('li', {}, `${r.name}: ${r.role}`, r.from || r.to ? h('span', { class: 'muted' }, ` (${r.from ?? '…'} – ${r.to ?? '…'})`) : null)))] : null,
    h('h3', {}, 'Counterparts'),
    a.counterparts.length ? h('ul', { class: 'counterparts' }, ...a.counterparts.map((c) => h('li', {},
      h('a', { href: href('timeline', { source: a.code, target: c.code }) }, c.name ?? c.code),
      h('span', { class: 'muted' }, ` ${plural(c.count, 'event')}, mean Goldstein ${fmtGoldstein(c.meanGoldstein)}`)))) : empty('No counterparts'),
    h('h3', {}, `Quotes (${quotes.total})`),
    quotes.items.length ? h('ul', { class: 'quotes' }, ...quotes.items.slice(0, 8).map((q) => h('li', {}, h('q', {}, q.text), ' — ', q.speakerName ?? 'unknown',
      ' ', h('a', { href: href('article', {}, String(q.articleId)) }, 'article')))) : h('p', { class: 'muted' }, 'No quotes attributed.'))
}

export const timelineView: View = async (root, route, isCurrent) => {
  const p = route.params
  const actor = p.get('actor'), source = p.get('source'), target = p.get('target')
  if (!actor && !(source && target)) {
    replace(root, h('h1', {}, 'Timeline'), form(p), empty('Choose an actor or a dyad', 'Click a node or an edge in the network, or type actor codes above.'))
    return
  }
  const title = actor ?? `${source} ↔ ${target}`
  replace(root, h('h1', {}, `Timeline: ${title}`), form(p), loading('timeline'))
  const bucket = p.get('bucket') ?? 'week'
  const [t, detail] = await Promise.all([
    get<Timeline>('timeline', actor ? { actor, bucket, limit: 200 } : { source, target, both: 'true', bucket, limit: 200 }),
    actor ? get<ActorPage>(`actors/${encodeURIComponent(actor)}`).catch(() => null) : Promise.resolve(null),
  ])
  if (!isCurrent()) return
  const main = h('div', {}, timelineChart(t), h('h2', {}, `Events (${t.events.total})`), t.events.items.length ? eventTable(t.events.items) : empty('No events', 'Nothing coded for this actor or dyad.'))
  replace(root, h('h1', {}, `Timeline: ${detail?.actor.name ?? title}`), form(p), detail ? h('div', { class: 'split' }, main, actorSide(detail)) : main)
}
