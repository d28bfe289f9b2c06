import { emptyMeta } from '../../src/article/index.js'
import type { CodedEvent } from '../../src/article/types.js'
import type { AnalysisRecord } from '../../src/record/index.js'

// Hand-built analysis records (our own invented news texts) so the store can be tested with events,
// quotes and entities before the extraction stages land.

export interface EventSpec { source: string; target: string; type: string; quadClass: number; goldstein: number; date?: string; negated?: boolean; evidence: string }

export function makeRecord(opts: { id: string; text: string; outlet: string; published: string; headline: string; events?: EventSpec[]; quotes?: { text: string; speaker: string; code: string }[] }): AnalysisRecord {
  const meta = { ...emptyMeta(), headline: opts.headline, outlet: opts.outlet, published: { iso: opts.published }, url: `https://${opts.outlet.toLowerCase().replace(/\W+/g, '')}.example/${opts.id}` }
  const entities = [...new Set((opts.events ?? []).flatMap((e) => [e.source, e.target]).concat((opts.quotes ?? []).map((q) => q.code)))].map((code, i) => ({
    id: `e${i}`, name: `${code} leader`, type: 'PERSON' as const, mentions: [], actor: { code, country: code.slice(0, 3), sector: code.slice(3) || null, role: 'President' },
  }))
  const entityOf = (code: string) => entities.find((e) => e.actor.code === code)!.id
  const events: CodedEvent[] = (opts.events ?? []).map((e, i) => {
    const start = Math.max(0, opts.text.indexOf(e.evidence))
    return {
      id: `ev${i}`, type: e.type, mode: null, context: [], cameo: '057', quadClass: e.quadClass, goldstein: e.goldstein,
      source: [{ entity: entityOf(e.source), code: e.source, country: e.source.slice(0, 3), name: `${e.source} leader` }],
      target: [{ entity: entityOf(e.target), code: e.target, country: e.target.slice(0, 3), name: `${e.target} leader` }],
      modality: { negated: !!e.negated, hypothetical: false, future: false, reported: false },
      evidence: { start, end: start + e.evidence.length, text: e.evidence }, date: e.date ?? null, location: null, rule: 'test/hand-built',
    }
  })
  const quotes = (opts.quotes ?? []).map((q) => {
    const start = Math.max(0, opts.text.indexOf(q.text))
    return { start, end: start + q.text.length, text: q.text, direct: true, speaker: { entity: entityOf(q.code), name: q.speaker, mention: null }, cue: 'said', cueSpan: null }
  })
  return {
    id: opts.id, source: `${opts.id}.txt`, format: 'text', text: opts.text, metadata: meta, paragraphs: [], sentences: [],
    entities, quotes, events, amounts: [], messages: [], pipeline: [],
  }
}

export const GAS_TEXT = [
  'The energy ministers of Arvelia and Borduin signed a twenty-year pipeline agreement in the port city of Kessan on Tuesday, ending three years of stalled negotiations over transit fees.',
  'Under the deal, Arvelia will ship up to twelve billion cubic metres of gas a year through a new undersea line, officials from both governments told reporters after the ceremony.',
  '"This agreement opens a new chapter between our peoples," Arvelian minister Tomas Reyk said, adding that construction would begin before the end of next year.',
  'Critics in the Borduin parliament warned that the contract ties the country to a single supplier for a generation, and opposition deputies demanded to see the pricing annex.',
  'Analysts at the regional development bank said the line could lower household heating bills by a tenth once it reaches full capacity in the early 2030s.',
].join('\n\n')

/** A lightly rewritten syndicated copy: new first line, a word changed here and there. */
export const GAS_COPY = `KESSAN (Wire) - ${GAS_TEXT.replace('on Tuesday', 'this Tuesday').replace('told reporters', 'told journalists')}`

export const FLOOD_TEXT = [
  'Emergency crews in the river valley of Ostmark evacuated more than four thousand residents overnight as the Lenne burst its banks after a week of torrential rain.',
  'The Borduin government sent two army helicopters and a field hospital across the border at the request of the Ostmark interior ministry, a spokesman confirmed.',
  '"We are grateful for the swift help from our neighbours," said Ostmark interior minister Hanna Vell, who toured the flooded villages by boat on Wednesday morning.',
  'Meteorologists expect the water level to peak on Thursday before slowly receding, although further storms are forecast for the weekend across the northern hills.',
].join('\n\n')

export const TRADE_TEXT = [
  'Arvelia imposed sweeping tariffs on steel imports from Borduin on Friday, accusing its neighbour of dumping cheap metal on regional markets and undercutting local mills.',
  'Borduin trade officials called the move unjustified and said they would file a complaint with the regional trade tribunal within days, raising fears of a wider dispute.',
  'Steelworkers in the Arvelian city of Marrow welcomed the tariffs, while carmakers warned that higher input prices would be passed on to consumers before the summer.',
].join('\n\n')
