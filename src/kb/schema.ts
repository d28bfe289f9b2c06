import { z } from 'zod'

// The knowledge-base file format shared by every `data/kb/*.json` file (see src/kb/README.md).
// Extra geographic fields (adjectives, capitalOf, seatOf, …) are optional so that people/org
// files written by others validate with the same schema.

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')

export const KB_TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT'] as const

export const kbActorSchema = z.object({
  code: z.string().min(1),
  sector: z.string().nullish(),
  role: z.string().nullish(),
  country: iso3.nullish(),
})

export const kbRoleSchema = z.object({
  role: z.string().nullish(),
  country: iso3.nullish(),
  sector: z.string().nullish(),
  code: z.string().min(1),
  from: isoDate.nullish(),
  to: isoDate.nullish(),
})

export const kbEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  type: z.enum(KB_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  country: iso3.nullish(),
  actor: kbActorSchema.nullish(),
  roles: z.array(kbRoleSchema).optional(),
  lat: z.number().nullish(),
  lon: z.number().nullish(),
  note: z.string().nullish(),
  /** Country adjectives/demonyms and combining forms: "Russian", "Russians", "Russo-". */
  adjectives: z.array(z.string().min(1)).optional(),
  /** A capital city: as an agent ("Beijing said") it stands for this country's government. */
  capitalOf: iso3.nullish(),
  /** A seat of power (Kremlin, Pentagon): always stands for its actor. */
  seatOf: iso3.nullish(),
  /** A seat that is also a building or compound named as a place ("at the White House"): the building there. */
  building: z.boolean().optional(),
  population: z.number().nullish(),
}).passthrough()

export const kbFileSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  provenance: z.string().min(1),
  licence: z.string().optional(),
  entries: z.array(z.unknown()),
})

export type KbEntry = z.infer<typeof kbEntrySchema>
export type KbRole = z.infer<typeof kbRoleSchema>
export type KbFile = z.infer<typeof kbFileSchema>

/** A sovereign state or territory entry (ids "country-<iso>"; a company named "Country Garden" is not one). */
export function isCountry(e: Pick<KbEntry, 'id' | 'type'>): boolean {
  return e.type === 'PLACE' && e.id.startsWith('country-')
}
