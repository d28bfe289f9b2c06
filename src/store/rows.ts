import type { CodedEvent, EventActor } from '../article/types.js'
import type { AnalysisRecord } from '../record/index.js'
import type { EventsTable, QuotesTable } from './schema.js'

// Pure conversions from an analysis record to table rows (no database access here).

export type EventRow = Omit<EventsTable, 'id' | 'article_id' | 'merged_id'>
export type QuoteRow = Omit<QuotesTable, 'id' | 'article_id'>

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/

export function isoDay(v: string | null | undefined): string | null {
  if (!v) return null
  const m = ISO_DAY.exec(v)
  return m ? m[0] : null
}

export const NO_ACTOR = '---'

/** One row per (source actor × target actor) of each event; an event without a target gets NO_ACTOR. */
export function eventRows(record: AnalysisRecord, outlet: string | null): EventRow[] {
  const articleDay = isoDay(record.metadata.published?.iso)
  const rows: EventRow[] = []
  for (const e of record.events) {
    const sources = e.source.length ? e.source : [null]
    const targets = e.target.length ? e.target : [null]
    for (const s of sources) for (const t of targets) rows.push(eventRow(e, s, t, isoDay(e.date) ?? articleDay, outlet))
  }
  return rows
}

function eventRow(e: CodedEvent, s: EventActor | null, t: EventActor | null, day: string | null, outlet: string | null): EventRow {
  return {
    event_id: e.id, type: e.type, mode: e.mode ?? null, context: JSON.stringify(e.context ?? []), cameo: e.cameo, quad_class: e.quadClass, goldstein: e.goldstein,
    source: s?.code || NO_ACTOR, source_name: s?.name ?? null, source_country: s?.country ?? null,
    target: t?.code || NO_ACTOR, target_name: t?.name ?? null, target_country: t?.country ?? null,
    day, outlet,
    negated: e.modality?.negated ? 1 : 0, hypothetical: e.modality?.hypothetical ? 1 : 0,
    future: e.modality?.future ? 1 : 0, reported: e.modality?.reported ? 1 : 0,
    evidence_text: e.evidence?.text ?? '', evidence_start: e.evidence?.start ?? 0, evidence_end: e.evidence?.end ?? 0,
    rule: e.rule ?? '', location: e.location?.name ?? null,
  }
}

/** Counted in the network, timelines and merged events: it happened (not denied, not hypothetical),
 *  has a date and two actors. Denied and hypothetical events stay queryable as event rows. */
export function isFactual(r: EventRow): boolean {
  return !r.negated && !r.hypothetical && r.day !== null && r.source !== NO_ACTOR && r.target !== NO_ACTOR
}

export function quoteRows(record: AnalysisRecord): QuoteRow[] {
  const codeOf = new Map(record.entities.map((e) => [e.id, e.actor?.code ?? null]))
  return record.quotes.map((q) => ({
    text: q.text, direct: q.direct ? 1 : 0,
    speaker_name: q.speaker?.name ?? null, speaker_entity: q.speaker?.entity ?? null,
    speaker_code: (q.speaker?.entity ? codeOf.get(q.speaker.entity) : null) ?? q.speaker?.mention?.actor?.code ?? null,
    cue: q.cue ?? null, start_offset: q.start, end_offset: q.end,
  }))
}

export interface ActorFacts { code: string; name: string | null; country: string | null; sector: string | null; events: number }
export interface ActorName { code: string; name: string; role: string; role_from: string | null; role_to: string | null }

/** Actors of this article (from entities with codes and from events) with their event counts. */
export function actorFacts(record: AnalysisRecord, rows: EventRow[]): { actors: ActorFacts[]; names: ActorName[] } {
  const actors = new Map<string, ActorFacts>()
  const names = new Map<string, ActorName>()
  const add = (code: string, name: string | null, country: string | null, sector: string | null) => {
    let a = actors.get(code)
    if (!a) actors.set(code, a = { code, name, country, sector, events: 0 })
    a.name ??= name; a.country ??= country; a.sector ??= sector
    return a
  }
  for (const e of record.entities) {
    const c = e.actor
    if (!c?.code) continue
    add(c.code, e.name, c.country, c.sector)
    const key = `${c.code}\u0000${e.name}\u0000${c.role ?? ''}`
    if (!names.has(key)) names.set(key, { code: c.code, name: e.name, role: c.role ?? '', role_from: c.from ?? null, role_to: c.to ?? null })
  }
  for (const r of rows) {
    if (r.source !== NO_ACTOR) add(r.source, r.source_name, r.source_country, null).events++
    if (r.target !== NO_ACTOR && r.target !== r.source) add(r.target, r.target_name, r.target_country, null).events++
  }
  return { actors: [...actors.values()], names: [...names.values()] }
}

export interface DyadDay { source: string; target: string; day: string; type: string; quad_class: number; n: number; goldstein_sum: number }

export function dyadDays(rows: EventRow[]): DyadDay[] {
  const agg = new Map<string, DyadDay>()
  for (const r of rows) {
    if (!isFactual(r)) continue
    const key = `${r.source}\u0000${r.target}\u0000${r.day}\u0000${r.type}\u0000${r.quad_class}`
    const d = agg.get(key)
    if (d) { d.n++; d.goldstein_sum += r.goldstein } else agg.set(key, { source: r.source, target: r.target, day: r.day!, type: r.type, quad_class: r.quad_class, n: 1, goldstein_sum: r.goldstein })
  }
  return [...agg.values()]
}

/** The record as stored: without its text, which is kept once in `articles.body`. */
export function recordJson(record: AnalysisRecord): string {
  return JSON.stringify({ ...record, text: undefined })
}
