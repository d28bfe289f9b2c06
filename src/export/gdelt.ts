import type { StoredEvent } from '../store/index.js'

/** The 61 columns of a GDELT 2.0 Events record, in order (GDELT 2.0 Event Database codebook, 2016). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${p}${c}`)
}
function geoColumns(p: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`)
}

// GDELT roots "lead paragraph" events; the event rows do not keep paragraph numbers, so an event whose
// evidence starts within the first LEAD_CHARS characters of the text counts as a root event.
const LEAD_CHARS = 400

const tsv = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '))

/** The actor's type (sector) from a CAMEO-style code: the part after its country prefix (RUSGOV → GOV). */
function actorType(code: string, country: string | null): string {
  if (code === '---') return ''
  const rest = country && code.startsWith(country) ? code.slice(country.length) : code.length > 3 ? code.slice(3) : ''
  return rest.slice(0, 3)
}

function fractionDate(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`)
  const y = Number(day.slice(0, 4))
  const doy = Math.floor((t - Date.UTC(y, 0, 1)) / 86_400_000) + 1
  return (y + doy / 365).toFixed(4)
}

function actor(code: string, name: string | null, country: string | null): string[] {
  if (code === '---') return Array(10).fill('')
  return [code, (name ?? '').toUpperCase(), country ?? '', '', '', '', '', actorType(code, country), '', '']
}

/** One GDELT 2.0 Events line (tab-separated) for a stored event row. */
export function gdeltRow(e: StoredEvent): string {
  const day = e.date ?? ''
  const ymd = day.replace(/-/g, '')
  const added = e.addedAt ? e.addedAt.replace(/[-:T]/g, '').slice(0, 14) : ''
  const cameo = e.cameo || ''
  const cols: (string | number | null)[] = [
    e.id, ymd, ymd.slice(0, 6), ymd.slice(0, 4), day ? fractionDate(day) : '',
    ...actor(e.source, e.sourceName, e.sourceCountry), ...actor(e.target, e.targetName, e.targetCountry),
    e.evidence.start < LEAD_CHARS ? 1 : 0, cameo, cameo.slice(0, 3), cameo.slice(0, 2), e.quadClass, e.goldstein,
    e.merged?.numMentions ?? 1, e.merged?.numSources ?? 1, e.merged?.numArticles ?? 1, '',
    ...Array(16).fill(''),
    e.location ? 1 : '', e.location ?? '', '', '', '', '', '', '',
    added, e.url ?? '',
  ]
  return cols.map(tsv).join('\t')
}
