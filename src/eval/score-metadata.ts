import type { AnalysisRecord } from '../record/index.js'
import { fold } from './fold.js'
import type { GoldMetadata, GoldPerson } from './gold-types.js'

export interface FieldResult { field: string; ok: boolean; expected: unknown; got: unknown }
export interface MetadataScore { right: number; scored: number; fields: FieldResult[] }

/** Scores each metadata field the gold states; fields absent from the gold are not scored. */
export function scoreMetadata(gold: GoldMetadata | undefined, rec: AnalysisRecord): MetadataScore {
  const fields: FieldResult[] = []
  const m = rec.metadata
  const check = (field: string, expected: unknown, got: unknown, ok: boolean) => fields.push({ field, ok, expected, got })
  if (gold) {
    for (const key of ['section', 'headline', 'standfirst', 'publisher'] as const) {
      if (gold[key] !== undefined) check(key, gold[key], m[key], sameString(gold[key]!, m[key]))
    }
    if (gold.copyrightYear !== undefined) check('copyrightYear', gold.copyrightYear, m.copyrightYear, gold.copyrightYear === m.copyrightYear)
    if (gold.captions) {
      const got = m.captions.map((c) => ({ text: c.text, credit: c.credit }))
      check('captions', gold.captions, got, sameList(gold.captions, got, (g, s) => sameString(g.text, s.text) && (g.credit === undefined || (g.credit === null ? s.credit === null : sameString(g.credit, s.credit)))))
    }
    for (const key of ['authors', 'contributors'] as const) {
      if (!gold[key]) continue
      const got = m[key].map((p) => ({ name: p.name, location: p.location }))
      check(key, gold[key], got, sameList(gold[key]!, got, samePerson))
    }
    if (gold.published) {
      const p = m.published
      const ok = (gold.published.relative === undefined || sameString(gold.published.relative, p.relative ?? null))
        && (gold.published.iso === undefined || sameInstant(gold.published.iso, p.iso))
      check('published', gold.published, p, ok)
    }
    if (gold.gaps !== undefined) check('gaps', gold.gaps, m.gaps.length, gold.gaps === m.gaps.length)
    const body = fold(rec.text)
    if (gold.bodyStartsWith !== undefined) check('bodyStartsWith', gold.bodyStartsWith, rec.text.slice(0, gold.bodyStartsWith.length + 20), body.startsWith(fold(gold.bodyStartsWith)))
    if (gold.bodyEndsWith !== undefined) check('bodyEndsWith', gold.bodyEndsWith, rec.text.slice(-(gold.bodyEndsWith.length + 20)), body.endsWith(fold(gold.bodyEndsWith)))
  }
  return { right: fields.filter((f) => f.ok).length, scored: fields.length, fields }
}

function sameString(expected: string, got: string | null | undefined): boolean {
  return typeof got === 'string' && fold(expected) === fold(got)
}

function samePerson(g: GoldPerson, s: { name: string; location: string | null }): boolean {
  return sameString(g.name, s.name) && (g.location === undefined || (g.location === null ? s.location === null : sameString(g.location, s.location)))
}

/** Same items in the same number, in any order. */
function sameList<G, S>(gold: readonly G[], got: readonly S[], eq: (g: G, s: S) => boolean): boolean {
  if (gold.length !== got.length) return false
  const used = new Set<number>()
  return gold.every((g) => {
    const i = got.findIndex((s, k) => !used.has(k) && eq(g, s))
    if (i >= 0) used.add(i)
    return i >= 0
  })
}

/** A gold date matches a system date-time on the same day; two date-times must be the same instant. */
function sameInstant(expected: string, got: string | null): boolean {
  if (!got) return false
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) return got.slice(0, 10) === expected
  const a = Date.parse(expected), b = Date.parse(got)
  return !Number.isNaN(a) && a === b
}
