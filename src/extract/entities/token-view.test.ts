import { describe, expect, it } from 'vitest'
import { splitSentences, tokenize } from '../../segment/index.js'
import { tokenView } from './token-view.js'

function view(text: string) {
  const toks = tokenView(text, tokenize(text), splitSentences(text, [{ start: 0, end: text.length, kind: 'p' }]))
  // Per sentence: is it read as written in capitals, in headline case?
  const bySentence = new Map<number, [boolean, boolean]>()
  for (const t of toks) bySentence.set(t.sentence, [t.capsSentence, t.titleCase])
  return [...bySentence.values()]
}

describe('tokenView sentence case', () => {
  it('marks sentences in capitals and in headline case, and no other', () => {
    expect(view('MINISTERS REJECT THE NEW TRADE PLAN. Opposition Says Russian Airstrikes Are Targeting Rebels. The minister met Xi Jinping in Beijing.'))
      .toEqual([[true, false], [false, true], [false, false]])
  })
  it('reads a sentence with a lower-case content word as running text, however many names it has', () => {
    expect(view('Sen. Tom Varga (D-Va.) and Rep. Ana Lindqvist said so. Troops Move Into Kestrel Valley Amid Talks.'))
      .toEqual([[false, false], [false, true]])
  })
  it('needs enough words to judge a sentence', () => {
    // Three words in capitals, four capitalised words: too short to say the sentence is written in capitals or headline case.
    expect(view('NATO MEETS TODAY. Big Talks Begin Here. They met.')).toEqual([[false, false], [false, false], [false, false]])
  })
})

describe('tokenView facts', () => {
  it('reads each yes/no fact of a token from its own bit', () => {
    const text = 'NATO said Russia\'s US-based F-16 jets, “Kremlin’s”.'
    const toks = tokenView(text, tokenize(text), splitSentences(text, [{ start: 0, end: text.length, kind: 'p' }]))
    const facts = (t: (typeof toks)[number]) => [t.possessive, t.suffixed, t.hyphen, t.digit, t.cap, t.allCaps, t.word, t.sentStart].map(Number).join('')
    const by = new Map(toks.map((t) => [t.text, facts(t)]))
    expect(by.get('NATO')).toBe('00001111')
    expect(by.get('said')).toBe('00000010')
    expect(by.get("Russia's")).toBe('10001010')
    expect(by.get('US-based')).toBe('01101110')
    expect(by.get('F-16')).toBe('00111110')
    expect(by.get(',')).toBe('00000000')
    expect(by.get('Kremlin’s')).toBe('10001010')
    expect(toks.find((t) => t.text === "Russia's")).toMatchObject({ base: 'Russia', baseLower: 'russia', lower: "russia's" })
  })
})
