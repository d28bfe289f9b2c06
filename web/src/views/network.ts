import cytoscape from 'cytoscape'
import { get } from '../api.js'
import { h, replace } from '../dom.js'
import type { View } from '../main.js'
import { fmtGoldstein, relationColour } from '../parts/format.js'
import { empty, failure, loading } from '../parts/status.js'
import { timelineChart } from '../parts/timeline-chart.js'
import { eventList } from '../parts/event-table.js'
import { formParams, go, href } from '../router.js'
import { PLOVER_TYPES, type Network, type NetworkEdge, type NetworkNode, type Timeline } from '../types.js'

/** Force-directed layout; a big, dense graph (a whole corpus) needs much more repulsion to untangle its core. */
function layoutFor(nodes: number): cytoscape.LayoutOptions {
  const base = { name: 'cose' as const, animate: false, randomize: false, padding: 24 }
  if (nodes <= 50) return { ...base, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 }
  return { ...base, nodeRepulsion: () => 2500 * nodes, idealEdgeLength: () => 90, edgeElasticity: () => 200, gravity: 0.05, numIter: 2500, nodeOverlap: 40 }
}

/** A readable graph by default; the form raises it (the API allows up to 5000). */
const DEFAULT_MAX_EDGES = 150

/** Only the most active actors carry a permanent label; the rest show theirs on hover. */
const LABELLED = 40
const KINDS = ['state', 'government', 'security', 'opposition', 'business', 'media', 'society', 'organisation', 'other']

function filterForm(params: URLSearchParams): HTMLFormElement {
  const types = new Set((params.get('type') ?? '').split(',').filter(Boolean))
  const kinds = new Set((params.get('kind') ?? '').split(',').filter(Boolean))
  const form = h('form', { class: 'filters', 'aria-label': 'Network filters' },
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
    h('details', {}, h('summary', {}, `Event types${types.size ? ` (${types.size})` : ''}`),
      h('div', { class: 'checks' }, ...PLOVER_TYPES.map((t) => h('label', {}, h('input', { type: 'checkbox', name: 'type', value: t, checked: types.has(t) }), ` ${t}`)))),
    h('details', {}, h('summary', {}, `Actor kinds${kinds.size ? ` (${kinds.size})` : ''}`),
      h('div', { class: 'checks' }, ...KINDS.map((k) => h('label', {}, h('input', { type: 'checkbox', name: 'kind', value: k, checked: kinds.has(k) }), ` ${k}`)))),
    h('label', {}, 'Min. events ', h('input', { type: 'number', name: 'min', min: 1, value: params.get('min') ?? '1', class: 'short' })),
    h('label', {}, 'Strongest ', h('input', { type: 'number', name: 'max', min: 1, max: 5000, value: params.get('max') ?? String(DEFAULT_MAX_EDGES), class: 'short' }), ' relations'),
    h('button', { type: 'submit' }, 'Apply'),
    h('a', { href: '#/network', class: 'button-link' }, 'Reset'))
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const p = formParams(form)
    if (p.min === '1') delete p.min
    if (p.max === String(DEFAULT_MAX_EDGES)) delete p.max
    go('network', p)
  })
  return form
}

/** The dyad's timeline and events, shown when an edge is clicked. */
async function showDyad(panel: HTMLElement, edge: NetworkEdge, names: Map<string, string>, params: URLSearchParams): Promise<void> {
  const a = names.get(edge.source) ?? edge.source, b = names.get(edge.target) ?? edge.target
  replace(panel, loading(`${a} ↔ ${b}`))
  try {
    const t = await get<Timeline>('timeline', { source: edge.source, target: edge.target, both: 'true', bucket: 'week', from: params.get('from'), to: params.get('to'), type: params.get('type'), limit: 200 })
    replace(panel,
      h('h2', {}, `${a} ↔ ${b}`),
      h('p', { class: 'muted' }, `${edge.count} events · ${edge.cooperation} cooperation · ${edge.conflict} conflict · mean Goldstein ${fmtGoldstein(edge.meanGoldstein)}`),
      h('p', {}, h('a', { href: href('timeline', { source: edge.source, target: edge.target }) }, 'Open dyad timeline'), ' · ',
        h('a', { href: href('events', { source: edge.source, target: edge.target, both: 'true' }) }, 'Events table')),
      timelineChart(t),
      t.events.items.length ? eventList(t.events.items) : empty('No events listed'))
  } catch (e) { replace(panel, failure(e)) }
}

/** A state is shown by its name; other actors also by their code, since "Russia" may be RUS or RUSGOV. */
function nodeLabel(n: NetworkNode): string {
  if (!n.name || n.name === n.id) return n.id
  return n.kind === 'state' ? n.name : `${n.name} (${n.id})`
}

/** Start positions on a sunflower spiral, most active actors at the centre: without them every node starts at the
 *  origin and the layout separates them at random, so the same graph would look different on every reload. */
function spiral(i: number): { x: number; y: number } {
  const r = 30 * Math.sqrt(i), a = i * 2.399963 // golden angle
  return { x: r * Math.cos(a), y: r * Math.sin(a) }
}

/** The strongest relations as a table under the graph: the same dyads, reachable by keyboard and screen readers. */
function relationsTable(net: Network, names: Map<string, string>, open: (edge: NetworkEdge) => void): HTMLElement {
  const top = [...net.edges].sort((a, b) => b.count - a.count).slice(0, 15)
  return h('details', { class: 'relations', open: true }, h('summary', {}, `Strongest relations (${top.length} of ${net.edges.length})`),
    h('table', { class: 'events' },
      h('thead', {}, h('tr', {}, ...['Relation', 'Events', 'Cooperation', 'Conflict', 'Mean Goldstein'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...top.map((e) => h('tr', { class: e.conflict > e.cooperation ? 'conflict' : 'coop' },
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => open(e) }, `${names.get(e.source) ?? e.source} → ${names.get(e.target) ?? e.target}`)),
        h('td', { class: 'num' }, e.count), h('td', { class: 'num' }, e.cooperation), h('td', { class: 'num' }, e.conflict),
        h('td', { class: 'num' }, fmtGoldstein(e.meanGoldstein)))))))
}

// Cytoscape injects an inline <style> unless an element with this id exists; the CSP forbids inline styles,
// so the rule it wants (`position: relative` on the container) lives in style.css and this marker stops the injection.
function markCytoscapeStyled(): void {
  const id = '__________cytoscape_stylesheet'
  if (!document.getElementById(id)) document.head.append(h('meta', { id, name: 'cytoscape-stylesheet', content: 'provided by style.css' }))
}

export const networkView: View = async (root, route, isCurrent) => {
  const params = route.params
  const graph = h('div', { id: 'graph', class: 'graph', 'aria-label': 'Alignment network' })
  const panel = h('aside', { class: 'panel', id: 'dyad' }, empty('Click an edge', 'Its events and weekly timeline appear here. Click a node to open the actor.'))
  replace(root, h('h1', {}, 'Alignment network'), filterForm(params), loading('network'))
  const net = await get<Network>('network', { from: params.get('from'), to: params.get('to'), type: params.get('type'), kind: params.get('kind'), min: params.get('min'), maxEdges: params.get('max') ?? DEFAULT_MAX_EDGES })
  if (!isCurrent()) return
  if (!net.nodes.length) {
    replace(root, h('h1', {}, 'Alignment network'), filterForm(params), empty('No relations to show', 'No coded events between two actors match these filters. Ingest articles (`entente ingest …`) or widen the filters.'))
    return
  }
  const names = new Map(net.nodes.map((n) => [n.id, nodeLabel(n)]))
  replace(root, h('h1', {}, 'Alignment network'), filterForm(params),
    h('p', { class: 'muted legend-line' }, `${net.nodes.length} actors, ${net.edges.length} relations. Node size = events; edge colour = `,
      h('span', { class: 'swatch coop' }), ' cooperation … ', h('span', { class: 'swatch conflict' }), ' conflict; width = number of events.'),
    h('div', { class: 'split' }, h('div', {}, graph, relationsTable(net, names, (edge) => void showDyad(panel, edge, names, params))), panel))
  const maxNode = Math.max(...net.nodes.map((n) => n.events)), maxEdge = Math.max(...net.edges.map((e) => e.count))
  markCytoscapeStyled()
  const cy = cytoscape({
    container: graph,
    elements: [
      ...net.nodes.map((n, i) => ({ position: spiral(i), data: { id: n.id, label: i < LABELLED ? nodeLabel(n) : '', name: nodeLabel(n), size: 14 + 46 * Math.sqrt(n.events / maxNode), kind: n.kind } })),
      ...net.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, index: i,
        width: 1.5 + 8 * Math.sqrt(e.count / maxEdge), colour: relationColour(e.cooperation, e.conflict) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#4a5d7e', color: '#1b2330', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node[kind = "state"]', style: { 'background-color': '#2f5aa8' } },
      { selector: 'node[kind = "organisation"]', style: { shape: 'round-rectangle', 'background-color': '#5b7d6e' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: 'edge:selected', style: { 'overlay-color': '#1b2330', 'overlay-opacity': 0.15, opacity: 1 } },
    ],
    layout: layoutFor(net.nodes.length),
    wheelSensitivity: 0.3,
  })
  // Handle for debugging in the console and for the browser tests, which click real canvas positions.
  ;(window as unknown as { __entente_cy: unknown }).__entente_cy = cy
  cy.on('tap', 'edge', (evt) => void showDyad(panel, net.edges[evt.target.data('index') as number]!, names, params))
  cy.on('tap', 'node', (evt) => go('timeline', { actor: evt.target.id() as string }))
  // Unlabelled (smaller) actors show their name while hovered.
  cy.on('mouseover', 'node', (evt) => { evt.target.style('label', evt.target.data('name')) })
  cy.on('mouseout', 'node', (evt) => { evt.target.removeStyle('label') })
  graph.dataset.ready = 'true'
}
