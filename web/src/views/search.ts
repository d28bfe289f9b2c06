import { get } from '../api.js'
import { h, replace } from '../dom.js'
import type { View } from '../main.js'
import { plural } from '../parts/format.js'
import { empty, loading } from '../parts/status.js'
import { formParams, go, href } from '../router.js'
import type { SearchResult } from '../types.js'
import { articleItem } from './articles.js'

export const searchView: View = async (root, route, isCurrent) => {
  const q = route.params.get('q') ?? ''
  const f = h('form', { class: 'filters', role: 'search' }, h('input', { type: 'search', name: 'q', value: q, placeholder: 'Articles, actors, quotes', 'aria-label': 'Search text' }), h('button', { type: 'submit' }, 'Search'))
  f.addEventListener('submit', (e) => { e.preventDefault(); go('search', formParams(f)) })
  if (!q.trim()) { replace(root, h('h1', {}, 'Search'), f, empty('Type something to search', 'Searches article text and headlines, actor names and codes, and quotes.')); return }
  replace(root, h('h1', {}, 'Search'), f, loading('results'))
  const r = await get<SearchResult>('search', { q })
  if (!isCurrent()) return
  const none = !r.articles.items.length && !r.actors.items.length && !r.quotes.items.length
  replace(root, h('h1', {}, `Search: ${q}`), f, none ? empty(`Nothing found for “${q}”`, 'Try a name, a country code such as RUS, or a word from a quote.') :
    h('div', { class: 'columns', id: 'results' },
      h('section', {}, h('h2', {}, `Articles (${r.articles.total})`), r.articles.items.length ? h('ul', { class: 'articles' }, ...r.articles.items.map(articleItem)) : h('p', { class: 'muted' }, 'none')),
      h('section', {}, h('h2', {}, `Actors (${r.actors.total})`), r.actors.items.length ? h('ul', {}, ...r.actors.items.map((a) => h('li', {},
        h('a', { href: href('timeline', { actor: a.code }) }, a.name ?? a.code), h('span', { class: 'muted' }, ` ${a.code} · ${plural(a.events, 'event')}`)))) : h('p', { class: 'muted' }, 'none')),
      h('section', {}, h('h2', {}, `Quotes (${r.quotes.total})`), r.quotes.items.length ? h('ul', { class: 'quotes' }, ...r.quotes.items.map((qu) => h('li', {},
        h('q', {}, qu.text), h('div', { class: 'muted' }, `— ${qu.speakerName ?? 'unknown speaker'} · `, h('a', { href: href('article', {}, String(qu.articleId)) }, qu.headline ?? 'article'))))) : h('p', { class: 'muted' }, 'none'))))
}
