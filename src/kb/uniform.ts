import type { KbEntry } from './schema.js'

// KB files leave out the fields an entry does not need, so parsed entries (and their actor and role
// objects) come in a dozen object shapes. The entity scan, grouping and actor coding read entries in the
// hot path and then see more shapes than V8's inline caches hold: they are deoptimised and recompiled
// each time a new shape turns up in the text, which is most of the first pass's extra cost. So every
// entry gets one shape: known fields in a fixed order (absent ones undefined, which JSON output leaves
// out as before), then any other field the file carried.
const ENTRY = ['id', 'type', 'name', 'aliases', 'country', 'actor', 'roles', 'lat', 'lon', 'note', 'adjectives', 'capitalOf', 'seatOf', 'building', 'population', 'when', 'layer']
const ACTOR = ['code', 'sector', 'role', 'country']
const ROLE = ['role', 'country', 'sector', 'code', 'from', 'to']

function reshape(src: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of fields) out[f] = src[f]
  for (const k in src) if (!fields.includes(k)) out[k] = src[k]
  return out
}

function uniformEntry(e: KbEntry): KbEntry {
  const out = reshape(e, ENTRY)
  if (e.actor) out.actor = reshape(e.actor, ACTOR)
  if (e.roles) out.roles = e.roles.map((r) => reshape(r, ROLE))
  return out as KbEntry
}

/** The entries in one shape. Built twice: the first build settles how V8 stores each field (a number,
 *  undefined or an object), so that the objects of the second all share that final shape. */
export function uniformEntries(entries: readonly KbEntry[]): KbEntry[] {
  entries.map(uniformEntry)
  return entries.map(uniformEntry)
}
