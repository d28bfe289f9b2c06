import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences.js'
import { tokenize } from './tokens.js'

const sents = (t: string) => splitSentences(t, [{ start: 0, end: t.length, kind: 'p' }]).map((s) => t.slice(s.start, s.end))

describe('sentences', () => {
  it('splits on end punctuation before a capital and keeps closing quotes with the sentence', () => {
    expect(sents('He left. "It is over," she said. Then? Yes!')).toEqual(['He left.', '"It is over," she said.', 'Then?', 'Yes!'])
    expect(sents('“We will win.” The crowd cheered.')).toEqual(['“We will win.”', 'The crowd cheered.'])
  })
  it('does not split after abbreviations and initials', () => {
    expect(sents('Mr. Smith met U.S. officials and J. R. Jones on Jan. 4. They talked.')).toEqual(['Mr. Smith met U.S. officials and J. R. Jones on Jan. 4.', 'They talked.'])
  })
  it('does not split before a lower-case word', () => {
    expect(sents('The rate was 3.5 per cent. in March')).toEqual(['The rate was 3.5 per cent. in March'])
  })
})

describe('tokens', () => {
  const toks = (t: string) => { const k = tokenize(t); return Array.from({ length: k.count }, (_, i) => t.slice(k.starts[i], k.ends[i])) }
  it('keeps inner apostrophes, hyphens and abbreviation dots', () => {
    expect(toks("Russia's co-operation with the U.S. grew 3.5%.")).toEqual(["Russia's", 'co-operation', 'with', 'the', 'U.S.', 'grew', '3.5', '%', '.'])
  })
  it('splits a sentence-final period from an ordinary word', () => {
    expect(toks('He left.')).toEqual(['He', 'left', '.'])
    expect(toks('Mr. Xi')).toEqual(['Mr.', 'Xi'])
  })
})
