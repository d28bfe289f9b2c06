import { describe, expect, it } from 'vitest'
import type { Entity } from '../../article/index.js'
import { loadKb } from '../../kb/index.js'
import { splitSentences, tokenize } from '../../segment/index.js'
import { recognizeEntities } from './recognize.js'

// Our own news-style sentences; none is taken from the shared corpus.
function entities(text: string, date = '2023-03-15'): Entity[] {
  const paragraphs = text.split('\n\n').reduce<{ start: number; end: number; kind: 'p' }[]>((acc, p) => {
    const start = acc.length ? acc.at(-1)!.end + 2 : 0
    acc.push({ start, end: start + p.length, kind: 'p' }); return acc
  }, [])
  return recognizeEntities(text, tokenize(text), splitSentences(text, paragraphs), loadKb(), date)
}
const byName = (es: Entity[], name: string) => es.find((e) => e.name === name)
const texts = (e: Entity | undefined) => e?.mentions.map((m) => m.text)

describe('entities: knowledge-base names', () => {
  it('links full names, surnames and possessives, and dates the actor by the article', () => {
    const es = entities("Vladimir Putin met officials in Sochi. Putin's spokesman later declined to comment.", '2010-06-01')
    const putin = byName(es, 'Vladimir Putin')!
    expect(texts(putin)).toEqual(['Vladimir Putin', 'Putin'])
    expect(putin.actor).toMatchObject({ code: 'RUSGOV', role: 'Prime Minister' })
    expect(putin.kbId).toBe('vladimir-putin')
  })
  it('keeps acronyms case-sensitive: "US" is the United States, "us" is not', () => {
    const es = entities('The US told us that Nato would meet. Officials from the UAE and the U.K. attended.')
    expect(texts(byName(es, 'United States'))).toEqual(['US'])
    expect(byName(es, 'NATO')?.actor?.code).toBe('NATO')
    expect(byName(es, 'United Arab Emirates')).toBeDefined()
    expect(byName(es, 'United Kingdom')).toBeDefined()
  })
  it('splits hyphenated compounds into their parts', () => {
    const es = entities('Analysts watched the Sino-Indian border talks and the India-Pakistan ceasefire.')
    expect(byName(es, 'China')?.mentions[0]).toMatchObject({ text: 'Sino', kind: 'adjective' })
    expect(texts(byName(es, 'India'))).toEqual(['Indian', 'India'])
    expect(texts(byName(es, 'Pakistan'))).toEqual(['Pakistan'])
  })
})

describe('entities: metonymy and adjectives', () => {
  it('reads a capital as the government when it acts and as the place after a locative', () => {
    const es = entities('Washington warned Tehran on Tuesday. The envoy arrived in Washington on Friday.')
    const usa = byName(es, 'United States')!
    expect(usa.mentions[0]).toMatchObject({ text: 'Washington', kind: 'metonym', actor: { code: 'USAGOV', country: 'USA' } })
    expect(byName(es, 'Iran')?.mentions[0]).toMatchObject({ text: 'Tehran', kind: 'metonym', actor: { code: 'IRNGOV' } })
    const city = byName(es, 'Washington')!
    expect(city.type).toBe('PLACE')
    expect(texts(city)).toEqual(['Washington'])
    expect(city.mentions[0]!.start).toBeGreaterThan(30)
  })
  it('gives nationality adjectives the actor of the noun they modify', () => {
    const es = entities('German troops and French diplomats joined Polish state media in the region.')
    expect(byName(es, 'Germany')?.mentions[0]).toMatchObject({ kind: 'adjective', actor: { code: 'DEUMIL' } })
    expect(byName(es, 'France')?.mentions[0]?.actor?.code).toBe('FRAGOV')
    expect(byName(es, 'Poland')?.mentions[0]?.actor?.code).toBe('POLMED')
  })
  it('treats seats of power as the government actor', () => {
    const es = entities('The Kremlin denied the report, while the Pentagon said it was monitoring the situation.')
    expect(byName(es, 'Kremlin')?.actor?.code).toBe('RUSGOV')
    expect(byName(es, 'Pentagon')?.actor?.code).toBe('USAMIL')
  })
  it('reads a regional government of a place as its state acting', () => {
    const es = entities('Loans came from the provincial government of Ontario and the state government of Bavaria.')
    expect(byName(es, 'Ontario')?.mentions[0]).toMatchObject({ text: 'provincial government of Ontario', kind: 'metonym', actor: { code: 'CANGOV' } })
    expect(byName(es, 'Bavaria')?.mentions[0]?.actor?.code).toBe('DEUGOV')
  })
  it('reads a Center of a facility kind as a building, and other Centers as bodies', () => {
    const es = entities('The summit met at the Tolvan Convention Center, where Mira Tolvan of the Halvorsen Policy Center spoke.')
    expect(byName(es, 'Tolvan Convention Center')?.type).toBe('PLACE')
    expect(byName(es, 'Halvorsen Policy Center')?.type).toBe('ORG')
  })
  it('reads a seat of power after a word of place as the building, with no actor', () => {
    const es = entities('The visitors met at the White House, and a letter to the White House followed; crowds gathered outside the Kremlin.')
    const building = es.find((e) => e.name === 'White House' && e.type === 'PLACE')!
    expect(building.actor).toBeNull()
    expect(building.mentions.map((m) => m.text)).toEqual(['the White House'])
    expect(es.find((e) => e.name === 'White House' && e.type === 'ORG')?.actor?.code).toBe('USAGOV')
    expect(es.find((e) => e.name === 'Kremlin')?.type).toBe('PLACE')
    const spoke = entities('He spoke from the Oval Office after a statement from the White House.')
    expect(spoke.find((e) => e.type === 'PLACE')?.mentions.map((m) => m.text)).toEqual(['the Oval Office'])
    expect(spoke.find((e) => e.type === 'ORG')?.mentions.map((m) => m.text)).toEqual(['the White House'])
    // A body named after its seat stays the body: "officials at the State Department".
    expect(entities('Officials at the State Department said so.').find((e) => e.name === 'State Department')?.type).toBe('ORG')
  })
})

describe('entities: names the knowledge base does not know', () => {
  it('finds a person from an appositive and the organisation from its head word', () => {
    const es = entities('"The talks were cordial," said Marta Kowalczyk, an analyst at the Baltic Policy Institute in Warsaw.')
    const person = byName(es, 'Marta Kowalczyk')!
    expect(person.type).toBe('PERSON')
    expect(person.description).toContain('analyst at the Baltic Policy Institute')
    expect(byName(es, 'Baltic Policy Institute')?.type).toBe('ORG')
    expect(byName(es, 'Warsaw')?.type).toBe('PLACE')
  })
  it('takes role and country from the title before an unknown name, and links the surname later', () => {
    const es = entities("Norway's foreign minister Ingrid Halvorsen Dahl visited Oslo. Dahl said the visit went well.")
    const p = byName(es, 'Ingrid Halvorsen Dahl')!
    expect(p.actor).toMatchObject({ code: 'NORGOV', country: 'NOR', role: 'Foreign Minister' })
    expect(texts(p)).toEqual(['Ingrid Halvorsen Dahl', 'Dahl'])
  })
  it('takes the country from an adjective before a portfolio written in capitals and the title', () => {
    const es = entities('"We are ready," Liberian Information Minister Kofi Tarmo told reporters.')
    expect(byName(es, 'Kofi Tarmo')?.actor?.code).toBe('LBRGOV')
  })
  it('reads names headed by a building word as places', () => {
    const es = entities('Families waited at Tolvan Gymnasium, and the envoy stayed at the Halvorsen Hotel.')
    expect(byName(es, 'Tolvan Gymnasium')?.type).toBe('PLACE')
    expect(byName(es, 'Halvorsen Hotel')?.type).toBe('PLACE')
    const near = entities("Trucks waited at the Tolvan Crossing on Gaza's border, and Mira Plant sang.")
    expect(byName(near, 'Tolvan Crossing')?.type).toBe('PLACE')
    expect(byName(near, 'Mira Plant')?.type).toBe('PERSON')
  })
  it('keeps particles inside names', () => {
    const es = entities('The proposal was drafted by Pieter van der Berg and backed by Khalid bin Rashid.')
    expect(byName(es, 'Pieter van der Berg')?.type).toBe('PERSON')
    expect(byName(es, 'Khalid bin Rashid')?.type).toBe('PERSON')
  })
  it('does not make entities of capitalised sentence starters, weekdays or months', () => {
    const es = entities('Despite the rain, talks continued on Monday. However, nothing was agreed in March. Meanwhile, prices rose.')
    expect(es).toEqual([])
  })
  it('recognises named events and their short forms', () => {
    const es = entities('Athletes gathered for the Paris Summer Olympics. The Games opened on Friday.')
    const ev = byName(es, 'Paris Summer Olympics')!
    expect(ev.type).toBe('EVENT')
    expect(texts(ev)).toEqual(['Paris Summer Olympics', 'Games'])
  })
  it('resolves "the two leaders" to the two heads of state named in the article', () => {
    const es = entities('Presidents Joe Biden and Emmanuel Macron met in Paris. The two leaders discussed trade.', '2023-03-15')
    for (const name of ['Joe Biden', 'Emmanuel Macron']) expect(byName(es, name)?.mentions.some((m) => m.kind === 'title' && m.text === 'The two leaders'), name).toBe(true)
  })
  it('reads an unknown name after "in"/"near" as a place, and group adjectives as no entity', () => {
    const es = entities('Fighting resumed near Kafr Batna, local Sunni and Arab elders said.')
    expect(byName(es, 'Kafr Batna')?.type).toBe('PLACE')
    expect(es.filter((e) => e.name === 'Sunni' || e.name === 'Arab')).toEqual([])
  })
  it('finds no unknown names in a headline-case sentence but keeps known ones', () => {
    const es = entities('Rebel Commanders Say Government Forces Keep Shelling Harbour Towns In Ukraine')
    expect(es.map((e) => e.name)).toEqual(['Ukraine'])
  })
  it('matches KB names written with curly apostrophes, and ignores ordinary capitalised words', () => {
    const es = entities('The People’s Republic of China signed the Friendship Treaty. Justice was not mentioned.')
    expect(byName(es, 'China')?.mentions[0]?.text).toBe('People’s Republic of China')
    expect(es.filter((e) => e.name === 'Justice')).toEqual([])
  })
  it('links "the Russian president" to the one Russian president named in the article', () => {
    const es = entities('Vladimir Putin met Olaf Scholz in Moscow. The Russian president said talks would continue.', '2022-02-15')
    const putin = byName(es, 'Vladimir Putin')!
    expect(putin.mentions.find((m) => m.kind === 'title')?.text).toBe('The Russian president')
    expect(byName(es, 'Olaf Scholz')?.mentions.some((m) => m.kind === 'title')).toBe(false)
  })
})

describe('entities: span edges of company names', () => {
  it('takes a legal-form suffix into the company name', () => {
    const es = entities('Gazprom PJSC was not involved, but Boeing Co. said its shares rose.')
    expect(texts(byName(es, 'Boeing'))).toEqual(['Boeing Co.'])
  })
  it('leaves a maker before a model number and a country code glued to "$" unlinked', () => {
    const es = entities('The airline ordered ten Airbus A350 jets worth US$3 billion, and Airbus said delivery starts soon.')
    expect(texts(byName(es, 'Airbus'))).toEqual(['Airbus'])
    expect(byName(es, 'United States')).toBeUndefined()
  })
})

describe("entities: a company's arm in a country, unions, and quoted town names", () => {
  it('reads a known company right before a country as its arm there, not when a possessive or another name follows', () => {
    const es = entities('The state will give Ford Australia a grant, while Boeing said it would wait.')
    expect(byName(es, 'Ford Australia')?.actor?.code).toBe('AUSBUS')
    expect(byName(es, 'Australia')).toBeUndefined()
    expect(byName(entities('said Mira Tolvan, Eurasia Group Iran analyst.'), 'Eurasia Group')).toBeDefined()
    const apart = entities("Ford's Australia plant and Airbus UK Chairman Tom Enders")
    expect(apart.map((e) => e.name)).toEqual(expect.arrayContaining(['Ford', 'Airbus', 'United Kingdom']))
  })
  it('knows major trade unions as labour actors', () => {
    const es = entities('The plan was backed by the United Auto Workers and opposed by COSATU.')
    expect(byName(es, 'United Auto Workers')?.actor?.code).toBe('USALAB')
    expect(byName(es, 'Congress of South African Trade Unions')?.actor?.code).toBe('ZAFLAB')
  })
  it('reads a town name alone in quotation marks as a title, not the town', () => {
    const es = entities('The new core, called "Darwin", ships in May; the team flew to Darwin.')
    expect(texts(byName(es, 'Darwin'))).toEqual(['Darwin'])
    const text = 'The new core, called "Darwin", ships in May; the team flew to Darwin.'
    expect(es.flatMap((e) => e.mentions).filter((m) => m.text === 'Darwin').map((m) => m.start)).toEqual([text.lastIndexOf('Darwin')])
  })
})

describe('entities: products and market indices are not organisations or people', () => {
  it('skips a product name after a model number and a market index', () => {
    const es = entities('Kestrel Aviation flew its 450 Skyrunner for the first time, and the Hang Seng index rose while the Toronto Composite fell.')
    expect(es.map((e) => e.name)).not.toContain('Skyrunner')
    expect(es.map((e) => e.name)).not.toContain('Hang Seng')
    expect(es.map((e) => e.name)).not.toContain('Toronto Composite')
  })
  it('does not take two capitalised words ending in an ordinary noun for a person', () => {
    const es = entities('Downloads from Vexa Store doubled, while Marta Kowalczyk said prices would stay.')
    expect(byName(es, 'Vexa Store')?.type).not.toBe('PERSON')
    expect(byName(es, 'Marta Kowalczyk')?.type).toBe('PERSON')
  })
})

describe('entities: named events with several editions', () => {
  it('picks the edition on or nearest the article date', () => {
    const text = 'Athletes arrived for the Winter Olympics amid tight security.'
    expect(entities(text, '2014-02-10').find((e) => e.type === 'EVENT')?.kbId).toBe('sochi-winter-olympics')
    expect(entities(text, '2021-11-30').find((e) => e.type === 'EVENT')?.kbId).toBe('beijing-winter-olympics')
  })
})

describe('entities: organisation names around places and lists', () => {
  it('reads a country name followed by a headed name as one organisation', () => {
    const es = entities('A contract with the United States Coast Guard was signed, officials in the United States said.')
    expect(byName(es, 'United States Coast Guard')?.type).toBe('ORG')
    expect(texts(byName(es, 'United States'))).toEqual(['the United States'])
  })
  it('splits two names with the same head joined by "and"', () => {
    const es = entities('Lakeview Airlines and Harbour Airlines agreed to merge their routes.')
    expect(es.filter((e) => e.type === 'ORG').map((e) => e.name)).toEqual(['Lakeview Airlines', 'Harbour Airlines'])
  })
  it('codes a spokesman or leader by the body named before the title ("Norway\'s foreign office spokesman X")', () => {
    const es = entities("Norway's foreign office spokesman Lars Vik said little. Later, Danish opposition leader Eva Bro spoke.")
    expect(byName(es, 'Lars Vik')?.actor).toMatchObject({ code: 'NORGOV', country: 'NOR' })
    expect(byName(es, 'Eva Bro')?.actor).toMatchObject({ code: 'DNKOPP', country: 'DNK' })
  })
  it('codes a person by the body an appositive names ("X, a spokesman for Norway\'s foreign office,") and only then', () => {
    const es = entities("Lars Vik, a spokesman for Norway's foreign office, said little. Eva Bro, a professor at Oslo University, agreed. " +
      'Nils Lund, the envoy to Denmark, left. Ole Dahl, an adviser to the Danish prime minister, stayed.')
    expect(byName(es, 'Lars Vik')?.actor).toMatchObject({ code: 'NORGOV', country: 'NOR' })
    expect(byName(es, 'Eva Bro')?.actor?.country ?? null).toBeNull()
    expect(byName(es, 'Nils Lund')?.actor?.country ?? null).toBeNull()
    expect(byName(es, 'Ole Dahl')?.actor).toMatchObject({ code: 'DNKGOV', country: 'DNK' })
  })
  it('does not read the letters of a code or of an ampersand name as a KB acronym', () => {
    const es = entities('Farmers blocked the PA-391 highway. A memo from PA&E reached the PA on Monday.')
    expect(byName(es, 'Palestinian Authority')?.mentions.map((m) => m.text)).toEqual(['PA'])
  })
  it('reads a party letter and state after a legislator as a label, not as names', () => {
    const es = entities('Rep. Ann Vale (R., Ind.) and Sen. Jo Marsh (D., Calif.) spoke. Rep. Ed Doyle, I., Vt., agreed.')
    expect(es.map((e) => e.name)).toEqual(['Ann Vale', 'Jo Marsh', 'Ed Doyle'])
  })
  it('codes a committee of a legislature as legislative, and a place after "on" as its topic, not its state', () => {
    const es = entities('The Senate Select Committee on Kabul questioned the envoy. The Bank of Norway agreed.')
    expect(byName(es, 'Senate Select Committee on Kabul')?.actor).toMatchObject({ country: null, sector: 'LEG' })
  })
})

describe('entities: hyphenated given names', () => {
  it('reads a hyphenated given name before a surname as part of a person name', () => {
    const es = entities('The talks were led by Jean-Claude Brisard, a veteran diplomat. Brisard said little afterwards.')
    expect(texts(byName(es, 'Jean-Claude Brisard'))).toEqual(['Jean-Claude Brisard', 'Brisard'])
    expect(byName(es, 'Jean-Claude Brisard')?.type).toBe('PERSON')
  })
})

describe('entities: a name after "in" that acts elsewhere', () => {
  it('joins the organisation rather than becoming a place', () => {
    const es = entities('Investors bought a stake in Korvex on Monday, and Korvex shares rose. Officials in Raqqa said the city was calm.')
    expect(byName(es, 'Korvex')?.type).toBe('ORG')
    expect(texts(byName(es, 'Korvex'))).toEqual(['Korvex', 'Korvex'])
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Raqqa'))?.type).toBe('PLACE')
  })
})

describe('entities: names that end in a title word, facilities and named events', () => {
  it('keeps a full name whose first word is a KB surname and whose last word is a title word', () => {
    const es = entities('Schools closed to honour Martin Luther King Jr. on Monday. Admirers of Martin Luther King gathered.')
    expect(byName(es, 'Martin Luther King Jr.')?.type).toBe('PERSON')
    expect(es.some((e) => e.name === 'Luther' || e.name === 'Jr.')).toBe(false)
  })
  it('makes facility names places, with a capitalised or a lower-case head', () => {
    const es = entities('Fans filled Wembley Stadium before the concert at the Orpheum Theater. Flights left Gatwick airport late, and Kabul airport was shut.')
    expect(byName(es, 'Wembley Stadium')?.type).toBe('PLACE')
    expect(byName(es, 'Orpheum Theater')?.type).toBe('PLACE')
    expect(byName(es, 'Gatwick airport')?.type).toBe('PLACE')
    // A capital before "airport" is the place, not its government acting.
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Kabul'))?.mentions[0]?.kind).not.toBe('metonym')
  })
  it('reads "<Place> Air Show" and "<Name> Day" as events, but a given name before "Day" as a person', () => {
    const es = entities('Orders were thin at the Farnborough Air Show. Offices shut on Harvest Day, and Doris Day sang.')
    expect(byName(es, 'Farnborough Air Show')?.type).toBe('EVENT')
    expect(byName(es, 'Harvest Day')?.type).toBe('EVENT')
    expect(byName(es, 'Doris Day')?.type).toBe('PERSON')
  })
  it('reads a dotted "C.E.O." as a title, not an organisation', () => {
    const es = entities('As the company’s C.E.O., Dana Whitfield approved the plan.')
    expect(es.some((e) => e.name === 'C.E.O.')).toBe(false)
  })
  it('marks a maker named before a kind of product it makes as inside a product', () => {
    const es = entities('The carrier bought ten Airbus jets. Airbus said deliveries start in May.')
    const airbus = byName(es, 'Airbus')!
    expect(airbus.mentions.map((m) => m.inside ?? null)).toEqual(['product', null])
  })
})

describe('entities: given names that are also places, and natural features', () => {
  it('reads a place name that is a given name, before more name words, as a first name', () => {
    const es = entities('The plan was praised by Brent Scowcroft and by Douglas Lute, who met President Vladimir V. Putin last year.')
    expect(byName(es, 'Brent Scowcroft')?.type).toBe('PERSON')
    expect(byName(es, 'Douglas Lute')?.type).toBe('PERSON')
    expect(texts(byName(es, 'Vladimir Putin'))).toEqual(['Vladimir V. Putin'])
    expect(es.some((e) => e.type === 'PLACE')).toBe(false)
  })
  it('makes rivers, seas and bays places, and does not join a person to the place after "of"', () => {
    const es = entities('Barges sailed down the Varna River into the Bay of Ostrava. The bill was backed by Sen. Jack Reed of Rhode Island.')
    expect(byName(es, 'Varna River')?.type).toBe('PLACE')
    expect(byName(es, 'Bay of Ostrava')?.type).toBe('PLACE')
    expect(byName(es, 'Jack Reed')?.type).toBe('PERSON')
    expect(byName(es, 'Rhode Island')?.type).toBe('PLACE')
  })
})

describe('entities: bare surnames and the article date', () => {
  it('gives a surname to the person the article names in full when the KB person of that name is out of office', () => {
    const es = entities('Education Secretary Ruth Kelly said the plan would work. Kelly added that schools agreed.', '2005-03-01')
    expect(texts(byName(es, 'Ruth Kelly'))).toEqual(['Ruth Kelly', 'Kelly'])
    expect(byName(es, 'John F. Kelly')).toBeUndefined()
  })
  it('links no one the KB knows to a bare surname that is a given name when its KB holders were out of office', () => {
    expect(entities('Kelly said the plan would work.', '2005-03-01').some((e) => e.kbId === 'john-f-kelly')).toBe(false)
    // A very common surname alone names no KB person at all; with the office named it does.
    expect(entities('Kelly said the plan would work.', '2018-03-01').some((e) => e.kbId === 'john-f-kelly')).toBe(false)
    expect(entities('Chief of Staff Kelly said the plan would work.', '2018-03-01').find((e) => e.kbId === 'john-f-kelly')?.actor?.code).toBe('USAGOV')
  })
})

describe('entities: short mixed-case aliases', () => {
  it('match only as written: "Let us" is no armed group, "LeT" is', () => {
    expect(entities('Let us hope for peace. Let’s see.').some((e) => e.type === 'GROUP')).toBe(false)
    expect(entities('Police blamed LeT for the attack.').find((e) => e.type === 'GROUP')?.actor?.code).toBe('LET')
  })
})

describe('entities: a name at the end of a quoted sentence', () => {
  it('drops the sentence period from a short last word, also before a closing quotation mark', () => {
    const es = entities('Officials said: "We will never deal with Iran.” Later they met Kim Jong Un. Nobody objected.')
    expect(texts(byName(es, 'Iran'))).toEqual(['Iran'])
    expect(texts(byName(es, 'Kim Jong Un'))).toEqual(['Kim Jong Un'])
  })
})

describe('entities: organisation names with "of the" / "for the", and titles with an "of" phrase', () => {
  it('reads an organisation head followed by "of the"/"for the" as one name, but stops before a known name', () => {
    const es = entities('Inspectors from the Ministry of the Interior met the Federal Service for the Financial Markets in a long session. Staff at the Embassy of the United States were told to stay home.')
    expect(byName(es, 'Ministry of the Interior')?.type).toBe('ORG')
    expect(byName(es, 'Federal Service for the Financial Markets')?.type).toBe('ORG')
    expect(texts(byName(es, 'United States'))).toEqual(['the United States'])
  })
  it('reads "the Chief Executive Officer of X" after a name as the person\'s title, not an organisation', () => {
    const es = entities('In a statement released late on Monday, Tomas Ekberg, the Chief Executive Officer of Velbrook Motors, said the plant would stay open for now.')
    expect(byName(es, 'Tomas Ekberg')?.type).toBe('PERSON')
    expect(es.some((e) => /Officer/.test(e.name))).toBe(false)
    expect(byName(es, 'Velbrook Motors')?.type).toBe('ORG')
  })
  it('takes "Mutual" as an organisation head', () => {
    const es = entities('Shares of Harbour Mutual fell sharply in early trading on Tuesday after the report.')
    expect(byName(es, 'Harbour Mutual')?.type).toBe('ORG')
  })
})

describe('entities: lone capitalised words', () => {
  it('makes no organisation of contractions, suffixes, capitalised plurals of ordinary words, heading words or lone given names', () => {
    const es = entities('“I’m not leaving,” she said after the vote, and Hillary smiled. Secrets from the rally spread fast near the stage, said Tom Ruddle Jr. in the NEWS pages of a weekly.')
    for (const word of ['I’m', 'Secrets', 'NEWS', 'Hillary', 'Jr.']) expect(es.find((e) => e.name === word), word).toBeUndefined()
    expect(es.find((e) => e.name.startsWith('Tom Ruddle'))?.type).toBe('PERSON')
  })
  it('makes no organisation of a capitalised sector or person noun alone ("Protesters", "Officials")', () => {
    const es = entities('Photos: Unrest in the capital – Protesters and riot police clash near the palace, and Officials said nothing.')
    for (const word of ['Protesters', 'Officials']) expect(es.find((e) => e.name === word), word).toBeUndefined()
  })
  it('makes no organisation of an acronym in the plural or a regional adjective ("ICBMs", "NGOs", "Welsh")', () => {
    const es = entities('The talks covered ICBMs and the NGOs working there, and Welsh leaders were not invited.')
    for (const word of ['ICBMs', 'NGOs', 'Welsh']) expect(es.find((e) => e.name === word), word).toBeUndefined()
  })
  it('keeps a capitalised plural after "the" as a group', () => {
    const es = entities('During the long winter of that year the Soviets closed the border for several weeks.')
    expect(byName(es, 'Soviets')?.type).toBe('GROUP')
  })
  it('makes an unknown name found as a place after "in" a place in its other mentions too', () => {
    const es = entities('Fighters regrouped in Kolvek on Monday after the raid on the nearby villages. Kolvek is now quiet, and the roads to Kolvek have reopened to traffic.')
    const kolvek = byName(es, 'Kolvek')
    expect(kolvek?.type).toBe('PLACE')
    expect(kolvek?.mentions.length).toBe(3)
  })
})

describe('entities: actors named by a place and a sector noun', () => {
  it('codes "Darfur rebels", "Kabul police", "rebels in the Ivory Coast", "troops from Chad" as sectors of those states', () => {
    const es = entities('Darfur rebels attacked a convoy, Kabul police arrested two men, rebels in the Ivory Coast blocked a road and troops from Chad crossed the border.', '2005-03-01')
    const actorOf = (name: string, text: string) => byName(es, name)?.mentions.find((m) => m.text === text)?.actor?.code
    expect(actorOf('Darfur', 'Darfur')).toBe('SDNREB')
    expect(actorOf('Afghanistan', 'Kabul')).toBe('AFGCOP')
    expect(actorOf('Ivory Coast', 'Ivory Coast')).toBe('CIVREB')
    expect(actorOf('Chad', 'Chad')).toBe('TCDMIL')
  })
  it('gives "President Bush" in an undated or later text the one KB person who held that title', () => {
    const es = entities('President Bush has threatened further action against the regime.', '2026-01-01')
    expect(byName(es, 'George W. Bush')?.actor?.code).toBe('USAGOV')
  })
})

describe('entities: acronyms an article defines', () => {
  it('gives an acronym in brackets after an unknown organisation that spells its initials to that organisation, not to a KB namesake', () => {
    const es = entities('The rebel Forces for Defence of Democracy (FDD) rejected the offer. Later the FDD said it would keep fighting in the hills.')
    expect(texts(byName(es, 'Forces for Defence of Democracy'))).toEqual(['Forces for Defence of Democracy', 'FDD', 'FDD'])
    expect(es.some((e) => e.kbId && e.mentions.some((m) => m.text === 'FDD'))).toBe(false)
  })
})

describe('entities: KB names written with a small first letter', () => {
  it('matches "al-Qaeda", "al-Shabaab" and "Bashar al-Assad" as written, and capitalised at a sentence start', () => {
    const es = entities('Drones killed two al-Qaeda leaders. Al-Qaeda denied it, and al-Shabaab stayed silent. Bashar al-Assad spoke later.', '2015-05-01')
    expect(texts(byName(es, 'al-Qaeda'))).toEqual(['al-Qaeda', 'Al-Qaeda'])
    expect(byName(es, 'al-Shabaab')?.kbId).toBe('al-shabaab')
    expect(byName(es, 'Bashar al-Assad')?.kbId).toBeTruthy()
  })
  it('links "the Bush administration" to the leader whatever the article date', () => {
    const es = entities('The Bush administration declared that the talks were over.', '2026-01-01')
    expect(byName(es, 'George W. Bush')?.kbId).toBe('george-w-bush')
  })
})

describe('entities: a title with "of" and a country', () => {
  it('reads "the president of Armenia" as Armenia\'s government, not as the president the article names', () => {
    const es = entities('Vladimir Putin met the president of Armenia in Sochi on Monday.', '2010-06-01')
    expect(texts(byName(es, 'Vladimir Putin'))).toEqual(['Vladimir Putin'])
    expect(byName(es, 'Armenia')?.mentions[0]?.actor?.code).toBe('ARMGOV')
  })
})

describe('entities: an ordinary word opening the sentence before a known name', () => {
  it('is no part of a name when it is an adverb of an ordinary word ("Recently Polish President …")', () => {
    const es = entities('Recently Polish diplomats met in Geneva. Separately British officials met in Oslo.')
    for (const word of ['Recently Polish', 'Separately British']) expect(es.find((e) => e.name === word), word).toBeUndefined()
    expect(es.find((e) => e.name === 'Poland')).toBeDefined()
  })
  it('is no part of an organisation name ("Senior US officials", "Former British Prime Minister …")', () => {
    const es = entities('Senior US officials said the talks had failed. Former British Prime Minister Margaret Thatcher died on Monday after a stroke at the age of 87, her spokesman said.', '2013-04-08')
    expect(es.some((e) => e.name.startsWith('Senior') || e.name.startsWith('Former'))).toBe(false)
    expect(texts(byName(es, 'United States'))).toEqual(['US'])
    expect(byName(es, 'Margaret Thatcher')?.type).toBe('PERSON')
  })
})

describe('entities: an organisation named before a title', () => {
  it('gives an unknown person the actor of the organisation they speak for, and keeps the KB organisation', () => {
    const es = entities('NATO spokesman Olof Brandtner criticised the drills on Monday, and Arab League Secretary General Karim Sahel agreed with him later that day.', '2015-05-01')
    expect(byName(es, 'Olof Brandtner')?.actor?.code).toBe('NATO')
    expect(byName(es, 'Karim Sahel')?.actor?.code).toBe('ARABLEAGUE')
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Arab League'))?.kbId).toBeTruthy()
  })
})

describe('entities: a lone unknown name after "the"', () => {
  it('is a thing (product, ship, programme), not an organisation, unless an organisation noun or a speech verb follows', () => {
    const es = entities('The new jet is called the Skyrunner by its maker. Crews prefer the Skyrunner to older planes, the Varta newspaper wrote, and the Brastov reported the same.')
    expect(byName(es, 'Skyrunner')).toBeUndefined()
    expect(byName(es, 'Varta')?.type).toBe('ORG')
    expect(byName(es, 'Brastov')?.type).toBe('ORG')
  })
  it('is a place when a place noun follows ("the Darvaz district", "the Zorvak refugee camp")', () => {
    const es = entities('Shells fell on the Darvaz district overnight, and families fled to the Zorvak refugee camp near the border.')
    expect(byName(es, 'Darvaz')?.type).toBe('PLACE')
    expect(byName(es, 'Zorvak')?.type).toBe('PLACE')
  })
})

describe('entities: a currency code before an amount', () => {
  it('is no organisation ("GBP 20bn", "(GB # 20.1 billion)"), while an unknown acronym elsewhere still is', () => {
    const es = entities('The deal is worth GBP 20 billion (RMB # 180 billion), the KLPA said on Monday.')
    expect(byName(es, 'GBP')).toBeUndefined()
    expect(byName(es, 'RMB')).toBeUndefined()
    expect(byName(es, 'KLPA')?.type).toBe('ORG')
  })
})

describe('entities: an acronym an organisation is given in brackets', () => {
  it('may spell its function words and skip a leading nationality ("Chinese Ministry of Foreign Affairs (MOFA)")', () => {
    const es = entities('A readout from the Syldavian Ministry of Foreign Affairs (MOFA) was short. MOFA described the talks as warm.')
    const org = byName(es, 'Syldavian Ministry of Foreign Affairs')
    expect(texts(org)).toEqual(['Syldavian Ministry of Foreign Affairs', 'MOFA', 'MOFA'])
    expect(byName(es, 'MOFA')).toBeUndefined()
  })
  it('does not take an acronym that spells another name', () => {
    const es = entities('The Kestrel Motor Group (BRT) said so, and BRT agreed.')
    expect(texts(byName(es, 'Kestrel Motor Group'))).toEqual(['Kestrel Motor Group'])
  })
})

describe('entities: a title, a name and "of" a country', () => {
  it('gives an unknown official the country named after the name ("Prime Minister Tolga Erdem of Mongolia", "…, of Serbia,")', () => {
    const es = entities('Prime Minister Tolga Erdem of Mongolia and Foreign Minister Dragan Vesnic, of Serbia, are expected to attend.', '2022-02-04')
    expect(byName(es, 'Tolga Erdem')?.actor?.code).toBe('MNGGOV')
    expect(byName(es, 'Dragan Vesnic')?.actor?.code).toBe('SRBGOV')
  })
  it('leaves a legislator or governor "of" a state without that country ("Rep. Dale Corbin of Georgia")', () => {
    const es = entities('Rep. Dale Corbin of Georgia and Gov. Amy Larkin of Georgia said so.', '2020-02-04')
    expect(byName(es, 'Dale Corbin')?.actor?.country ?? null).toBeNull()
    expect(byName(es, 'Amy Larkin')?.actor?.country ?? null).toBeNull()
  })
})

describe('entities: smaller towns of the KB (provincial and district seats)', () => {
  it('are places alone or after "in", with their plain and Arabic-article spellings', () => {
    const es = entities('Fighters regrouped in Raqqa on Monday, and shelling hit Fallujah and Sirte.', '2015-01-01')
    for (const town of ['Raqqa', 'Fallujah', 'Sirte']) expect(es.find((e) => e.mentions.some((m) => m.text === town))?.type, town).toBe('PLACE')
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Raqqa'))?.kbId).toBeTruthy()
  })
  it('give way to a name they are part of, and to the surname of someone named in full', () => {
    const es = entities('Orlando Vasquez met students at Oxford University. Later, Lindsay Durham spoke, and Durham said she was happy.', '2015-01-01')
    expect(es.some((e) => e.type === 'PLACE' && e.mentions.some((m) => m.text === 'Orlando'))).toBe(false)
    expect(es.some((e) => e.type === 'PLACE' && e.mentions.some((m) => m.text === 'Oxford'))).toBe(false)
    expect(texts(byName(es, 'Lindsay Durham'))).toEqual(['Lindsay Durham', 'Durham'])
  })
})

describe('entities: a sentence of many names is no headline', () => {
  it('finds unknown people in it ("Sen. Tom Varga (D-Va.) and Rep. Ana Lindqvist said so.")', () => {
    const es = entities('Sen. Tom Varga (D-Va.) and Rep. Ana Lindqvist said so.', '2015-01-01')
    expect(byName(es, 'Tom Varga')?.type).toBe('PERSON')
    expect(byName(es, 'Ana Lindqvist')?.type).toBe('PERSON')
  })
})

describe('entities: words around US political names', () => {
  it('reads "Sens." as a title, "Congressional" and "Allah" alone as no organisation, and knows US outlets and pollsters', () => {
    const es = entities('Sens. Dale Corbin and Amy Larkin said Allah is great and Congressional leaders agreed, Breitbart News reported, citing a Gallup poll of Britons.', '2015-01-01')
    for (const word of ['Sens', 'Allah', 'Congressional']) expect(es.find((e) => e.name === word), word).toBeUndefined()
    expect(byName(es, 'Dale Corbin')?.type).toBe('PERSON')
    expect(byName(es, 'Breitbart News')?.actor?.code).toBe('USAMED')
    expect(byName(es, 'Gallup')?.kbId).toBeTruthy()
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Britons'))?.name).toBe('United Kingdom')
  })
})

describe('entities: titles, handles and quoted titles', () => {
  it('reads "Secretary of Defense", "National Security Advisor" and "Attorney General" as titles, and a title before a given name as a person whatever the last word', () => {
    const es = entities('Secretary of Defense Dale Corbin and National Security Advisor Amy Larkin visited Rep. George Holding and Attorney General Tom Varga.', '2018-01-01')
    for (const name of ['Dale Corbin', 'Amy Larkin', 'George Holding', 'Tom Varga']) expect(byName(es, name)?.type, name).toBe('PERSON')
    expect(es.find((e) => e.name.includes('Defense Dale'))).toBeUndefined()
  })
  it('takes no person from an ordinary word after a dateline before a known name, a quoted title or a handle', () => {
    const es = entities('KESTREL (Reuters) - Senior Trump administration officials backed a campaign called “Expunging Filth” — Ana Ruiz (@AnaRuizNews) said so.', '2019-01-01')
    for (const name of ['Senior Trump', 'Expunging Filth', 'AnaRuizNews']) expect(es.find((e) => e.name === name), name).toBeUndefined()
    expect(byName(es, 'Donald Trump')).toBeDefined()
  })
})

describe('entities: a known organisation before a title', () => {
  it('is not extended into a name by the title ("White House Chief of Staff Denis McDonough")', () => {
    const es = entities('White House Chief of Staff Dale Corbin said so, and this is a warning to ALL the others.', '2015-01-01')
    expect(byName(es, 'Dale Corbin')?.type).toBe('PERSON')
    expect(byName(es, 'Dale Corbin')?.actor?.code).toBe('USAGOV')
    expect(es.find((e) => e.name === 'ALL')).toBeUndefined()
  })
})

describe('entities: a state body named without its country', () => {
  it('is the known body whose name it ends, or of the state of the known body whose name it starts', () => {
    const es = entities('The U.S. House voted on Tuesday, and the House sent the bill on. The White House said nothing. The Senate voted later, and the Senate Foreign Relations Committee agreed.', '2019-01-01')
    const house = es.find((e) => e.mentions.some((m) => m.text === 'U.S. House'))
    expect(texts(house)).toContain('House')
    expect(texts(es.find((e) => e.name === 'White House'))).not.toContain('House')
    expect(byName(es, 'Senate')?.actor?.code).toBe('USALEG')
  })
})

describe('entities: bare surnames of KB people', () => {
  it('link no KB person by a very common surname alone ("Warren reported from …"), and read a KB surname after a given name as that person\'s ("Abbas Araqchi")', () => {
    const es = entities('Warren reported from Buenos Aires. Later, Deputy Foreign Minister Abbas Araqchi told state media so.', '2016-01-01')
    expect(es.some((e) => e.kbId === 'elizabeth-warren')).toBe(false)
    expect(es.some((e) => e.kbId === 'mahmoud-abbas')).toBe(false)
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Abbas Araqchi'))?.type).toBe('PERSON')
  })
})

describe('entities: US state abbreviations', () => {
  it('read "Fla.", "Ky." after a town as the state, not an organisation', () => {
    const es = entities('He studied in Daytona Beach, Fla., and worked in Lexington, Ky., for years.', '2015-01-01')
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Fla.'))?.name).toBe('Florida')
    expect(es.find((e) => e.mentions.some((m) => m.text === 'Ky.'))?.name).toBe('Kentucky')
  })
})

describe('entities: a country code before a currency sign', () => {
  it('is part of the currency, glued or spaced ("US$40", "US $50 million"), not the country', () => {
    const es = entities('The US $50 million package and a further US$40 million were approved, and the US sent more.', '2013-01-01')
    const us = es.find((e) => e.name === 'United States')
    expect(texts(us)).toEqual(['US'])
  })
  it('knows earlier US presidents and other spellings of leaders\' names (Eisenhower, Morsy, Yanukovich)', () => {
    const es = entities('Eisenhower had warned of it, Morsy agreed and Yanukovich did not.', '2013-01-01')
    for (const id of ['dwight-d-eisenhower', 'mohamed-morsi', 'viktor-yanukovych']) expect(es.some((e) => e.kbId === id), id).toBe(true)
  })
})

describe('entities: warships', () => {
  it('are their navy\'s, whatever names their own names repeat ("USS Ronald Reagan", "HMS Defender")', () => {
    const es = entities('The USS Ronald Reagan and HMS Kestrel sailed into the strait.', '2017-01-01')
    expect(byName(es, 'USS Ronald Reagan')?.actor?.code).toBe('USAMIL')
    expect(byName(es, 'HMS Kestrel')?.actor?.code).toBe('GBRMIL')
    expect(es.some((e) => e.kbId === 'ronald-reagan')).toBe(false)
  })
})

describe('entities: qualified peoples, countries and regions', () => {
  it('read "North African", "Latin American" as regions\' adjectives, never a person or organisation', () => {
    const es = entities('North African and East Asian envoys met Latin American ministers and Western European diplomats.', '2016-01-01')
    expect(es.filter((e) => e.type === 'PERSON' || e.type === 'ORG')).toEqual([])
    expect(byName(es, 'North Africa')?.mentions[0]).toMatchObject({ text: 'North African', kind: 'adjective' })
    expect(byName(es, 'South America')?.mentions[0]?.text).toBe('Latin American')
  })
  it('drop a compound of a people\'s adjective with an unknown word ("Native American", "Arab American")', () => {
    const es = entities('A Native American tribe and an Arab American group sued.', '2016-01-01')
    expect(es.filter((e) => e.type === 'ORG' || e.type === 'PERSON')).toEqual([])
  })
  it('link an ordinary qualifier before a country to the country ("Nazi Germany", "a nuclear Iran"), a compass word makes a region', () => {
    const es = entities('Nazi Germany invaded. They fear a Nuclear Iran, while Eastern Ukraine burns.', '2016-01-01')
    expect(texts(byName(es, 'Germany'))).toEqual(['Germany'])
    expect(texts(byName(es, 'Iran'))).toEqual(['Iran'])
    expect(byName(es, 'Eastern Ukraine')?.type).toBe('PLACE')
    expect(es.some((e) => e.type === 'ORG')).toBe(false)
  })
  it('split a known organisation from the person named after it in a caption ("White House Chris Wallace")', () => {
    const es = entities('Photo: White House Jane Morrow speaks. Credit: NATO spokesman Olav Lindqvist.', '2016-01-01')
    expect(byName(es, 'White House')?.actor?.code).toBe('USAGOV')
    expect(byName(es, 'Jane Morrow')?.type).toBe('PERSON')
    expect(es.some((e) => e.name.includes('White House Jane'))).toBe(false)
  })
  it('make a prize or award an event, not a person ("the Nobel Peace Prize"); "N. Korea" is North Korea', () => {
    const es = entities('She won the Nobel Peace Prize and the Sakharov Award, and N. Korea protested.', '2016-01-01')
    expect(byName(es, 'Nobel Peace Prize')?.type).toBe('EVENT')
    expect(byName(es, 'Sakharov Award')?.type).toBe('EVENT')
    expect(byName(es, 'North Korea')?.mentions[0]?.text).toBe('N. Korea')
  })
})

describe('entities: places named by their kind', () => {
  it('read palaces, walls, bases, mountains and "Mount"/"Fort"/"Camp" names as places, not people', () => {
    const es = entities('Crowds gathered at Kestrow Palace and the Old Wall, near Mount Dalvar, Fort Renner and Tarvik Air Base. Mount Dalvar fell; Dalvar is quiet now.', '2016-01-01')
    for (const name of ['Kestrow Palace', 'Old Wall', 'Mount Dalvar', 'Fort Renner', 'Tarvik Air Base']) expect(byName(es, name)?.type, name).toBe('PLACE')
    expect(texts(byName(es, 'Mount Dalvar'))).toEqual(['Mount Dalvar', 'Mount Dalvar', 'Dalvar'])
    expect(es.some((e) => e.type === 'PERSON')).toBe(false)
  })
  it('keep people whose surname is a place word ("Fiona Hill", "Deputy Solicitor General Jeffrey Wall", "Comedian Harry Hill")', () => {
    const es = entities('Deputy Solicitor General Daniel Wall spoke with Fiona Castle on Monday. Comedian Harry Hill joked.', '2016-01-01')
    for (const name of ['Daniel Wall', 'Fiona Castle', 'Harry Hill']) expect(byName(es, name)?.type, name).toBe('PERSON')
    expect(byName(es, 'Daniel Wall')?.actor?.sector).toBe('GOV')
  })
})

describe('entities: known people under other forms', () => {
  it('link a known person written with a middle initial ("Susan E. Rice")', () => {
    const es = entities('Later, Susan E. Rice said the talks were over.', '2014-01-01')
    expect(byName(es, 'Susan Rice')?.mentions[0]).toMatchObject({ text: 'Susan E. Rice', kind: 'alias' })
  })
  it('read a KB name that begins with a title as that name ("Pope Francis", "King Salman"), but not when more name follows ("President Xi Jinping")', () => {
    const es = entities('Pope Francis arrived on Monday and King Salman greeted him; President Xi Jinping sent a message.', '2016-01-01')
    expect(byName(es, 'Pope Francis')?.kbId).toBe('pope-francis')
    expect(byName(es, 'Salman bin Abdulaziz')?.mentions[0]?.text).toBe('King Salman')
    expect(texts(byName(es, 'Xi Jinping'))).toEqual(['Xi Jinping'])
    expect(es.some((e) => e.name === 'Jinping')).toBe(false)
  })
  it('read a sentence of names and a short verb as running text, so unknown names count ("… met in Rome")', () => {
    const es = entities('Tomas Brennick and Alia Marwen met in Rome.', '2016-01-01')
    expect(byName(es, 'Tomas Brennick')?.type).toBe('PERSON')
    expect(byName(es, 'Alia Marwen')?.type).toBe('PERSON')
  })
})

describe('entities: a name that is a person\'s and a place\'s', () => {
  it('is the place after "in" or before ", State" ("Austin, Texas"), the person otherwise', () => {
    const es = entities('She moved to a ranch in Austin, Texas. Defense Secretary Lloyd Austin said Austin would not go.', '2022-01-01')
    const place = es.find((e) => e.type === 'PLACE' && e.name === 'Austin')
    expect(texts(place)).toEqual(['Austin'])
    expect(texts(byName(es, 'Lloyd Austin'))).toEqual(['Lloyd Austin', 'Austin'])
  })
  it('reads a US state that is also a given name as the state, and as a given name before a surname', () => {
    const es = entities('Rep. Tom Alder of Virginia spoke at a rally in Fairfax, Va., where Virginia Wexley read a poem.', '2016-01-01')
    expect(es.find((e) => e.name === 'Virginia' && e.type === 'PLACE')?.mentions.map((m) => m.text)).toEqual(['Virginia', 'Va.'])
    expect(byName(es, 'Virginia Wexley')?.type).toBe('PERSON')
  })
})

describe('entities: words in capitals that name no organisation', () => {
  it('skip time zones and acronyms of things ("9am ET", "GDP", "an ICBM test")', () => {
    const es = entities('The show airs at 9am ET. GDP fell after an ICBM test, and WMD claims about DNA evidence grew.', '2016-01-01')
    expect(es).toEqual([])
  })
  it('date a known organisation by the leader before it ("the Obama White House") and know "the Islamic Republic", "U.S", NBC', () => {
    const es = entities('The Obama White House denied it on NBC. The Islamic Republic answered the U.S', '2016-01-01')
    expect(byName(es, 'White House')?.mentions.map((m) => m.text)).toEqual(['White House'])
    expect(es.some((e) => e.name.includes('Obama'))).toBe(false)
    expect(byName(es, 'Iran')?.mentions[0]?.text).toBe('The Islamic Republic')
    expect(byName(es, 'United States')).toBeDefined()
    expect(byName(es, 'NBC News')?.actor?.code).toBe('USAMED')
  })
})

describe('entities: a state body named without its state', () => {
  it('is the body of the state the article is about ("the Foreign Ministry", "the Senate")', () => {
    const es = entities('Russia warned Ukraine again. The Foreign Ministry said Russia would respond, and Russian President Vladimir Putin agreed. The Parliament in Russia met.', '2016-01-01')
    expect(byName(es, 'Foreign Ministry')?.actor).toMatchObject({ code: 'RUSGOV', country: 'RUS' })
  })
  it('stays without a state when no state dominates the article, and an unknown army is nobody\'s', () => {
    const es = entities('Russia and China met Japan and India. The Foreign Ministry said so.', '2016-01-01')
    expect(byName(es, 'Foreign Ministry')?.actor?.country ?? null).toBeNull()
    const army = entities('Russia warned Ukraine. Russian President Vladimir Putin spoke in Moscow and Russia waited. The Republican Patriotic Army attacked.', '2016-01-01')
    expect(byName(army, 'Republican Patriotic Army')?.actor?.country ?? null).toBeNull()
  })
})

describe('entities: titles and surnames', () => {
  it('join a surname after a title to the person named in full ("Ambassador Rice"), never to an organisation of that name', () => {
    const es = entities('Susan Rice spoke first. Later Ambassador Rice said so. Critics blast Tolvar. Secretary Tolvar replied.', '2012-10-01')
    expect(texts(byName(es, 'Susan Rice'))).toEqual(['Susan Rice', 'Rice'])
    expect(es.find((e) => e.name === 'Tolvar' && e.type === 'PERSON')?.mentions.map((m) => m.text)).toEqual(['Tolvar'])
  })
  it('keep a middle initial inside a name ("Speaker John A. Boehner"), but not "I." after "World War"', () => {
    const es = entities('An aide to Speaker Mark D. Hollis said so after World War I. America won.', '2012-10-01')
    expect(byName(es, 'Mark D. Hollis')?.type).toBe('PERSON')
    expect(es.some((e) => e.name.includes('America') && e.type === 'ORG')).toBe(false)
  })
  it('name no one by a title alone or a word between two titles ("Mr. President", "spokesman Navy Rear Adm.")', () => {
    const es = entities('"Mr. President, no," he said, said Pentagon spokesman Navy Rear Adm. Tom Hale.', '2012-10-01')
    expect(es.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Tom Hale'])
  })
})

describe('entities: a KB alias that starts with a title', () => {
  it('gives way to the full name when a particle continues it ("Emir Tamim bin Hamad Al Thani")', () => {
    const es = entities("Qatar's Emir Tamim bin Hamad Al Thani arrived on Friday.", '2022-02-04')
    expect(texts(byName(es, 'Tamim bin Hamad Al Thani'))).toEqual(['Tamim bin Hamad Al Thani'])
    expect(es.filter((e) => e.type === 'PERSON')).toHaveLength(1)
  })
  it('keeps a dynasty\'s name after a known person\'s name with that person ("King Salman bin Abdulaziz Al Saud")', () => {
    const es = entities("Saudi Arabia's King Salman bin Abdulaziz Al Saud met the envoy.", '2016-02-04')
    expect(es.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Salman bin Abdulaziz'])
  })
})
