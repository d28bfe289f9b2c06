import { h } from '../dom.js'
import type { EventRow } from '../types.js'
import { actorLabel, fmtGoldstein, isConflict } from './format.js'

/** "3 articles, 2 sources" when the event was merged with reports of the same event in other articles. */
function mergedNote(e: EventRow): HTMLElement | null {
  const m = e.merged
  if (!m || m.numArticles < 2) return null
  return h('span', { class: 'flag merged', title: `merged event #${m.id}: ${m.numMentions} mentions` }, `${m.numArticles} articles, ${m.numSources} source${m.numSources === 1 ? '' : 's'}`)
}

/** Events as a table; each row links to the annotated article with the event opened. */
export function eventTable(items: EventRow[]): HTMLElement {
  return h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, ...['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Evidence', 'Article'].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...items.map((e) => h('tr', { class: isConflict(e) ? 'conflict' : 'coop' },
      h('td', { class: 'nowrap' }, e.date ?? '—'),
      h('td', {}, actorLabel(e.source, e.sourceName)),
      h('td', {}, h('strong', {}, e.type), h('br'), h('span', { class: 'muted' }, `CAMEO ${e.cameo}${e.mode ? ` · ${e.mode}` : ''}`),
        ...Object.entries(e.modality).filter(([, v]) => v).map(([k]) => h('span', { class: 'flag' }, k)), mergedNote(e)),
      h('td', {}, actorLabel(e.target, e.targetName)),
      h('td', { class: 'num' }, fmtGoldstein(e.goldstein)),
      h('td', { class: 'evidence' }, e.evidence.text),
      h('td', {}, h('a', { href: `#/article/${e.articleId}?event=${encodeURIComponent(e.eventId)}`, class: 'article-link' }, e.headline ?? `article ${e.articleId}`),
        e.outlet ? h('div', { class: 'muted' }, e.outlet) : null)))))
}

/** A narrow list of events for side panels: date, who did what to whom, the evidence and the article link. */
export function eventList(items: EventRow[]): HTMLElement {
  return h('ol', { class: 'event-list' }, ...items.map((e) => h('li', { class: isConflict(e) ? 'conflict' : 'coop' },
    h('div', {}, h('span', { class: 'muted' }, e.date ?? '—'), ' ', h('strong', {}, `${e.source} ${e.type} ${e.target}`),
      h('span', { class: 'muted' }, ` · CAMEO ${e.cameo} · ${fmtGoldstein(e.goldstein)}`),
      ...Object.entries(e.modality).filter(([, v]) => v).map(([k]) => h('span', { class: 'flag' }, k)), mergedNote(e)),
    h('div', { class: 'evidence' }, e.evidence.text),
    h('a', { href: `#/article/${e.articleId}?event=${encodeURIComponent(e.eventId)}`, class: 'article-link' }, e.headline ?? `article ${e.articleId}`),
    e.outlet ? h('span', { class: 'muted' }, ` · ${e.outlet}`) : null)))
}
