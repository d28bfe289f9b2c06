import type { ActorCode } from '../article/index.js'
import type { KbEntry, KbRole } from './schema.js'

/** "2008" → "2008-01-01", "2008-05" → "2008-05-01": comparable as strings. */
export function fullDate(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10)
}

function holds(role: KbRole, date: string): boolean {
  return (!role.from || fullDate(role.from) <= date) && (!role.to || date < fullDate(role.to))
}

function fromRole(role: KbRole, entry: KbEntry): ActorCode {
  return {
    code: role.code, country: role.country ?? entry.country ?? null, sector: role.sector ?? null,
    role: role.role ?? null, from: role.from ?? null, to: role.to ?? null,
  }
}

/**
 * The actor an entry stands for on a date: the dated role valid then (the latest-starting one when
 * several overlap), else the entry's default actor, else the last role held before that date (a former
 * office holder keeps the code of the office he last held; the role says "former"), else, before any
 * office, the first one he was to hold (its code, with no role: "Mitt Romney" in 2012 is no former senator).
 */
export function actorFor(entry: KbEntry, date?: string | null): ActorCode | null {
  const day = fullDate(date ?? new Date().toISOString())
  const roles = entry.roles ?? []
  let best: KbRole | null = null
  for (const r of roles) if (holds(r, day) && (!best || fullDate(r.from ?? '0000') > fullDate(best.from ?? '0000'))) best = r
  if (best) return fromRole(best, entry)
  if (entry.actor) {
    const a = entry.actor
    return { code: a.code, country: a.country ?? entry.country ?? null, sector: a.sector ?? null, role: a.role ?? null }
  }
  if (roles.length) {
    const byStart = [...roles].sort((a, b) => fullDate(a.from ?? '0000').localeCompare(fullDate(b.from ?? '0000')))
    const last = byStart.filter((r) => fullDate(r.from ?? '0000') <= day).at(-1)
    if (!last) { const first = fromRole(byStart[0]!, entry); first.role = null; return first }
    const actor = fromRole(last, entry)
    // Changed in place: a spread copy would take another object shape than every other actor's.
    actor.role = actor.role ? `former ${actor.role}` : null
    return actor
  }
  return null
}
