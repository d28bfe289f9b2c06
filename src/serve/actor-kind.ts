// The kind of a CAMEO-style actor code, for the network's "actor kinds" filter and node shapes.
// A bare ISO alpha-3 code is a state; otherwise the first recognised three-letter sector segment decides
// (CAMEO actor codebook: GOV, MIL, COP, OPP, REB, BUS, MED, CVL, IGO, NGO, …).

const SECTOR_KIND: Record<string, string> = {
  GOV: 'government', LEG: 'government', JUD: 'government', ELI: 'government', SPY: 'security', MIL: 'security', COP: 'security',
  OPP: 'opposition', REB: 'opposition', INS: 'opposition', SEP: 'opposition', BUS: 'business', MED: 'media',
  CVL: 'society', EDU: 'society', HLH: 'society', LAB: 'society', REF: 'society', AGR: 'society', REL: 'society', ENV: 'society',
  IGO: 'organisation', NGO: 'organisation', MNC: 'business', UNO: 'organisation',
}

export const ACTOR_KINDS = ['state', 'government', 'security', 'opposition', 'business', 'media', 'society', 'organisation', 'other'] as const

export function actorKind(code: string, country: string | null): string {
  if (/^[A-Z]{3}$/.test(code) && (country === null || country === code)) return country ? 'state' : SECTOR_KIND[code] ?? 'organisation'
  for (let i = country ? 3 : 0; i + 3 <= code.length; i += 3) {
    const kind = SECTOR_KIND[code.slice(i, i + 3)]
    if (kind) return kind
  }
  return country ? 'other' : 'organisation'
}
