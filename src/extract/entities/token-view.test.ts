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
  it('needs enough words to judge a sentence', () => {
    // Three words in capitals, four capitalised words: too short to say the sentence is written in capitals or headline case.
    expect(view('NATO MEETS TODAY. Big Talks Begin Here. They met.')).toEqual([[false, false], [false, false], [false, false]])
  })
})
