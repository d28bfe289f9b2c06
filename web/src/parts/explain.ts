import { h } from '../dom.js'
import type { AnalysisRecord, CodedEvent } from '../types.js'
import { fmtGoldstein, QUAD_LABEL } from './format.js'

function row(label: string, ...value: (Node | string)[]): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, ...value)]
}

/** "Why was this coded?": everything that justifies one event, from the record itself. */
export function explainEvent(ev: CodedEvent, record: AnalysisRecord): HTMLElement {
  const entity = (id: string | null) => (id ? record.entities.find((e) => e.id === id) : undefined)
  const actor = (list: CodedEvent['source']) => list.length
    ? h('ul', { class: 'actors' }, ...list.map((a) => {
        const ent = entity(a.entity)
        // The words in the evidence that name this actor ("Beijing" as a metonym for CHNGOV, "he", …).
        const named = ent?.mentions.find((m) => m.start >= ev.evidence.start && m.end <= ev.evidence.end)
        return h('li', {}, h('strong', {}, ent?.name ?? a.name ?? a.code), ` → ${a.code}`, a.country ? ` (${a.country})` : '',
          named && named.text !== ent?.name ? h('span', {}, ` named here as “${named.text}”${named.kind ? ` (${named.kind})` : ''}`) : null,
          ent ? h('span', { class: 'muted' }, ` · ${ent.type}, ${ent.mentions.length} mention${ent.mentions.length === 1 ? '' : 's'}${ent.rule ? `, by ${ent.rule}` : ''}`) : h('span', { class: 'muted' }, ' · not linked to an entity'))
      }))
    : h('span', { class: 'muted' }, 'none')
  const flags = Object.entries(ev.modality).filter(([, v]) => v).map(([k]) => k)
  return h('section', { class: 'explain', 'aria-label': 'Why was this coded?' },
    h('h3', {}, 'Why was this coded?'),
    h('blockquote', { class: 'evidence' }, ev.evidence.text),
    h('dl', {},
      ...row('Type', h('strong', {}, ev.type), ev.mode ? ` · mode ${ev.mode}` : ''),
      ...row('CAMEO', ev.cameo),
      ...row('QuadClass', `${ev.quadClass} · ${QUAD_LABEL[ev.quadClass] ?? 'unknown'}`),
      ...row('Goldstein', fmtGoldstein(ev.goldstein)),
      ...row('Source', actor(ev.source)),
      ...row('Target', actor(ev.target)),
      ...row('Modality', flags.length ? flags.join(', ') : 'asserted'),
      ...row('Date', ev.date ?? 'unknown'),
      ...row('Place', ev.location ? `${ev.location.name}${ev.location.country ? ` (${ev.location.country})` : ''}` : 'unknown'),
      ...row('Context', ev.context.length ? ev.context.join(', ') : '—'),
      ...row('Rule', h('code', {}, ev.rule)),
      ...row('Offsets', `${ev.evidence.start}–${ev.evidence.end}`)))
}
