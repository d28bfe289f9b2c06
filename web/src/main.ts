import './style.css'
import { replace } from './dom.js'
import { currentRoute, go } from './router.js'
import { failure } from './parts/status.js'
import { analyzeView } from './views/analyze.js'
import { articlesView } from './views/articles.js'
import { eventsView } from './views/events.js'
import { networkView } from './views/network.js'
import { readerView } from './views/reader.js'
import { searchView } from './views/search.js'
import { timelineView } from './views/timeline.js'
import type { Route } from './router.js'

export type View = (root: HTMLElement, route: Route, isCurrent: () => boolean) => void | Promise<void>

const VIEWS: Record<string, View> = {
  network: networkView,
  timeline: timelineView,
  events: eventsView,
  articles: articlesView,
  article: readerView,
  search: searchView,
  analyze: analyzeView,
}

const root = document.getElementById('view')!
let generation = 0

async function render(): Promise<void> {
  const route = currentRoute()
  const mine = ++generation
  const view = VIEWS[route.view]
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) a.classList.toggle('active', a.dataset.view === route.view || (route.view === 'article' && a.dataset.view === 'articles'))
  document.body.dataset.view = route.view
  delete document.body.dataset.ready
  root.replaceChildren()
  if (!view) { go('network'); return }
  try {
    await view(root, route, () => mine === generation)
  } catch (e) {
    if (mine === generation) replace(root, failure(e, () => void render()))
  }
  if (mine === generation) document.body.dataset.ready = route.view
}

document.getElementById('quick-search')!.addEventListener('submit', (e) => {
  e.preventDefault()
  const q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '').trim()
  if (q) go('search', { q })
})
window.addEventListener('hashchange', () => void render())
void render()
