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
  it('ends a sentence at a period inside closing double quotes, even after an abbreviation', () => {
    expect(sents('The mayor said "no." The council voted anyway.')).toEqual(['The mayor said "no."', 'The council voted anyway.'])
    expect(sents('She called it “made in the U.S.” Critics disagreed.')).toEqual(['She called it “made in the U.S.”', 'Critics disagreed.'])
    // a single quote after a period may be a possessive, so the abbreviation still holds
    expect(sents("The U.S.' Treasury Department objected.")).toHaveLength(1)
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
    expect(toks('sold to AT&T. Mr. Xi')).toEqual(['sold', 'to', 'AT', '&', 'T', '.', 'Mr.', 'Xi'])
  })
})

describe('tokenizer scanner', () => {
  // The specification the scanner implements, as the regex it replaced.
  const REFERENCE = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu
  const reference = (text: string) => {
    const out: [number, number][] = []
    REFERENCE.lastIndex = 0
    for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
      let end = m.index + m[0].length
      const abbreviation = /\.[\p{L}]+\.$/u.test(m[0]) || (/^[A-Z][a-z]{0,3}\.$/.test(m[0]) && text[m.index - 1] !== '&')
      if (m[0].length > 1 && m[0].endsWith('.') && !abbreviation) { end -= 1; REFERENCE.lastIndex = end }
      out.push([m.index, end])
    }
    return out
  }
  const spans = (text: string) => { const k = tokenize(text); return Array.from({ length: k.count }, (_, i) => [k.starts[i], k.ends[i]]) }

  it('agrees with the reference regex on scripts, marks, astral characters and lone surrogates', () => {
    for (const t of ['Ça va?  Naïve café—e\u0301tude.', 'Şi. Ab.cd. Dr.x. AB. Abcde. Ab1.', '٣٤.٥ 𝐀𝐁. 😀x😀 中文。U.S.A.', '\ud800x \udc00. a\u00a0b\u2003c\ufeffd', "rock'n'roll ’em -x x- x--y x.'y"]) {
      expect(spans(t)).toEqual(reference(t))
    }
  })
  it('agrees with the reference regex on random strings of tricky characters', () => {
    const alphabet = ['a', 'Z', 'é', '&', '\u0301', '7', '٣', '.', '-', "'", '’', ' ', '\u00a0', '\n', '😀', '𝐀', '\ud800', '\udc00', 'Mr', '!', '中', 'İ']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length
    for (let k = 0; k < 3000; k++) {
      let t = ''
      for (let i = 0; i < 10; i++) t += alphabet[next()]
      expect(spans(t)).toEqual(reference(t))
    }
  })
})
