import { get } from '../api.js'
import { h, replace } from '../dom.js'
import type { View } from '../main.js'
import { plural } from '../parts/format.js'
import { empty, loading } from '../parts/status.js'
import { formParams, go, href } from '../router.js'
import type { ArticleHit, ArticleList, ArticleHits, ArticleSummary, ClusterList } from '../types.js'

const PAGE = 50

/** A search snippet: the store marks matched words with [ ]; shown bold, built from text nodes only. */
export function snippet(text: string): HTMLElement {
  const p = h('p', { class: 'snippet' })
  for (const [i, part] of text.split(/\[([^\]]*)\]/).entries()) p.append(i % 2 ? h('b', {}, part) : part)
  return p
}

export function articleItem(a: ArticleSummary | ArticleHit): HTMLElement {
  return h('li', { class: 'article-item' },
    h('a', { href: href('article', {}, String(a.id)), class: 'article-link' }, a.headline ?? a.source),
    h('div', { class: 'muted' }, [a.outlet, a.published?.slice(0, 10), plural(a.events, 'event'), a.cluster && a.cluster !== a.id ? `copy of #${a.cluster}` : null].filter(Boolean).join(' · ')),
    'snippet' in a && a.snippet ? snippet(a.snippet) : null)
}

export const articlesView: View = async (root, route, isCurrent) => {
  const p = route.params
  const q = p.get('q') ?? ''
  const offset = Number(p.get('offset') ?? 0) || 0
  const f = h('form', { class: 'filters' }, h('input', { type: 'search', name: 'q', value: q, placeholder: 'Full-text search', 'aria-label': 'Full-text search' }), h('button', { type: 'submit' }, 'Search'))
  f.addEventListener('submit', (e) => { e.preventDefault(); go('articles', formParams(f)) })
  replace(root, h('h1', {}, 'Articles'), f, loading('articles'))
  const [list, dups] = await Promise.all([
    get<ArticleList | ArticleHits>('articles', { q, limit: PAGE, offset }),
    get<ClusterList>('duplicates', { limit: 20 }).catch(() => null),
  ])
  if (!isCurrent()) return
  replace(root, h('h1', {}, 'Articles'), f,
    h('div', { class: 'split' },
      h('div', {},
        h('p', { class: 'toolbar' }, `${list.total} article${list.total === 1 ? '' : 's'}`,
          offset > 0 ? h('a', { href: href('articles', { q, offset: Math.max(0, offset - PAGE) || null }) }, '← previous') : null,
          offset + PAGE < list.total ? h('a', { href: href('articles', { q, offset: offset + PAGE }) }, 'next →') : null),
        list.items.length ? h('ul', { class: 'articles' }, ...list.items.map(articleItem)) : empty(q ? `No article matches “${q}”` : 'No articles yet', 'Ingest some with `entente ingest <files>` or POST /api/articles.')),
      h('aside', { class: 'panel' }, h('h2', {}, 'Near-duplicate clusters'),
        !dups ? h('p', { class: 'muted' }, 'Could not load the clusters.')
          : dups.items.length ? h('ol', { class: 'clusters' }, ...dups.items.map((c) => h('li', {}, `${c.size} copies`, h('ul', {}, ...c.articles.map((a) => h('li', {},
              h('a', { href: href('article', {}, String(a.id)) }, a.headline ?? a.source), h('span', { class: 'muted' }, ` ${a.outlet ?? ''}`)))))))
          : h('p', { class: 'muted' }, 'No near-duplicates found.'))))
}
