import { get, query } from '../api.js'
import { h, replace } from '../dom.js'
import type { View } from '../main.js'
import { eventTable } from '../parts/event-table.js'
import { empty, loading } from '../parts/status.js'
import { formParams, go } from '../router.js'
import { PLOVER_TYPES, type PageOf, type EventRow } from '../types.js'

const FILTERS = ['actor', 'source', 'target', 'type', 'quadClass', 'from', 'to', 'outlet', 'both'] as const
const PAGE = 50

function form(p: URLSearchParams): HTMLFormElement {
  const f = h('form', { class: 'filters', 'aria-label': 'Event filters' },
    h('label', {}, 'Actor ', h('input', { name: 'actor', value: p.get('actor') ?? '', class: 'short' })),
    h('label', {}, 'Source ', h('input', { name: 'source', value: p.get('source') ?? '', class: 'short' })),
    h('label', {}, 'Target ', h('input', { name: 'target', value: p.get('target') ?? '', class: 'short' })),
    h('label', {}, 'Type ', h('select', { name: 'type' }, h('option', { value: '' }, 'any'), ...PLOVER_TYPES.map((t) => h('option', { value: t, selected: p.get('type') === t }, t)))),
    h('label', {}, 'QuadClass ', h('select', { name: 'quadClass' }, h('option', { value: '' }, 'any'),
      ...[['1', 'verbal coop'], ['2', 'material coop'], ['3', 'verbal conflict'], ['4', 'material conflict']].map(([v, l]) => h('option', { value: v!, selected: p.get('quadClass') === v }, l!)))),
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: p.get('from') ?? '' })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: p.get('to') ?? '' })),
    h('label', {}, 'Outlet ', h('input', { name: 'outlet', value: p.get('outlet') ?? '', class: 'short' })),
    p.get('both') ? h('input', { type: 'hidden', name: 'both', value: p.get('both')! }) : null,
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: '#/events', class: 'button-link' }, 'Reset'))
  f.addEventListener('submit', (e) => { e.preventDefault(); go('events', formParams(f)) })
  return f
}

export const eventsView: View = async (root, route, isCurrent) => {
  const p = route.params
  const filters: Record<string, string> = {}
  for (const k of FILTERS) { const v = p.get(k); if (v) filters[k] = v }
  const offset = Number(p.get('offset') ?? 0) || 0
  replace(root, h('h1', {}, 'Events'), form(p), loading('events'))
  const list = await get<PageOf<EventRow>>('events', { ...filters, limit: PAGE, offset })
  if (!isCurrent()) return
  const page = (o: number) => `#/events${query({ ...filters, offset: o || null })}`
  replace(root, h('h1', {}, 'Events'), form(p),
    h('p', { class: 'toolbar' },
      h('span', {}, list.total ? `${offset + 1}–${offset + list.items.length} of ${list.total}` : '0 events'),
      offset > 0 ? h('a', { href: page(Math.max(0, offset - PAGE)) }, '← previous') : null,
      offset + PAGE < list.total ? h('a', { href: page(offset + PAGE) }, 'next →') : null,
      h('a', { href: `/api/events.csv${query(filters)}`, download: 'entente-events.csv', class: 'button-link', id: 'csv' }, 'Download CSV'),
      h('a', { href: `/api/events${query({ ...filters, limit: PAGE, offset })}`, class: 'muted' }, 'JSON')),
    list.items.length ? eventTable(list.items) : empty('No events match these filters', 'Loosen a filter or reset.'))
}
