import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { Network, StoredEvent } from '../store/index.js'
import { csvCell, csvRow, CSV_COLUMNS } from './csv.js'
import { GDELT_COLUMNS, gdeltRow } from './gdelt.js'
import { toGexf, toGraphml, xmlEscape } from './graph-xml.js'
import { ploverRecord } from './plover.js'

const event: StoredEvent = {
  id: 42, articleId: 7, eventId: 'ev3', type: 'AGREE', mode: null, cameo: '057', quadClass: 1, goldstein: 8,
  source: 'ARVGOV', sourceName: 'Arvelia', sourceCountry: 'ARV', target: 'BDN', targetName: 'Borduin', targetCountry: 'BDN',
  date: '2024-03-05', outlet: 'Kessan Herald', modality: { negated: true, hypothetical: false, future: false, reported: true },
  evidence: { text: 'signed\ta "deal",\nat last', start: 120, end: 150 }, rule: 'events/agree-sign', location: 'Kessan',
  url: 'https://kessan.example/a?x=1&y=2', headline: '=HYPERLINK("evil")', context: ['economic'],
  merged: { id: 3, numMentions: 5, numArticles: 4, numSources: 2 }, addedAt: '2024-03-06T10:11:12.000Z',
}

describe('GDELT 2.0 Events export', () => {
  const shared = join(process.cwd(), '../shared/data/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv')
  it.skipIf(!existsSync(shared))('has the 61 columns of the codebook, in order', () => {
    const names = readFileSync(shared, 'utf8').split(/\r?\n/).slice(1).map((l) => l.split(',')[0]).filter(Boolean)
    expect([...GDELT_COLUMNS]).toEqual(names)
  })

  it('writes one tab-separated line of 61 fields with dates, codes and merged counters', () => {
    const f = gdeltRow(event).split('\t')
    expect(GDELT_COLUMNS).toHaveLength(61)
    expect(f).toHaveLength(61)
    const col = (name: string) => f[GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])]
    expect([col('GLOBALEVENTID'), col('SQLDATE'), col('MonthYear'), col('Year'), col('FractionDate')]).toEqual(['42', '20240305', '202403', '2024', '2024.1781'])
    expect([col('Actor1Code'), col('Actor1Name'), col('Actor1CountryCode'), col('Actor1Type1Code'), col('Actor2Code'), col('Actor2Type1Code')]).toEqual(['ARVGOV', 'ARVELIA', 'ARV', 'GOV', 'BDN', ''])
    expect([col('EventCode'), col('EventBaseCode'), col('EventRootCode'), col('QuadClass'), col('GoldsteinScale')]).toEqual(['057', '057', '05', '1', '8'])
    expect([col('NumMentions'), col('NumSources'), col('NumArticles'), col('IsRootEvent')]).toEqual(['5', '2', '4', '1'])
    expect([col('ActionGeo_FullName'), col('DATEADDED'), col('SOURCEURL')]).toEqual(['Kessan', '20240306101112', 'https://kessan.example/a?x=1&y=2'])
  })
})

describe('PLOVER export', () => {
  it('uses the manual\'s field names and turns modality into contexts', () => {
    const p = ploverRecord(event)
    expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'date', 'actor', 'recipient', 'event', 'mode', 'context', 'event_text', 'quad_code', 'event_scale']))
    expect(p).toMatchObject({ date: '2024-03-05', actor: [{ code: 'ARVGOV' }], recipient: [{ code: 'BDN' }], event: ['AGREE'], context: ['economic', 'negation'], event_text: [event.evidence.text], quad_code: 1 })
  })
})

describe('CSV export', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas in text', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell(-5)).toBe('-5')
    const row = csvRow(event)
    expect(row).toContain(`"'=HYPERLINK(""evil"")"`)
    expect(row).toContain('"signed\ta ""deal"",\nat last"')
    expect(CSV_COLUMNS).toContain('num_sources')
  })
})

describe('network as GEXF and GraphML', () => {
  const net: Network = {
    events: 3,
    nodes: [{ id: 'A&B', name: '<script>alert(1)</script>', country: 'X"Y', events: 3, asSource: 3, asTarget: 0 }, { id: 'C', name: null, country: null, events: 3, asSource: 0, asTarget: 3 }],
    edges: [{ source: 'A&B', target: 'C', count: 3, meanGoldstein: 2.5, cooperation: 2, conflict: 1, byQuadClass: [2, 0, 1, 0] }],
  }
  it('escapes untrusted names and drops characters XML cannot hold', () => {
    expect(xmlEscape('a<b>&"c\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;')
    for (const xml of [toGexf(net), toGraphml(net)]) {
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(xml).not.toContain('<script>')
      expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(xml).toContain('source="A&amp;B"')
    }
    expect(toGexf(net)).toContain('weight="3"')
    expect(toGraphml(net)).toContain('<data key="weight">3</data>')
  })
})
