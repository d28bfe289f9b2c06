import { describe, expect, it } from 'vitest'
import { AmountStarts } from './gates.js'
import { loadAmountLexicon } from './lexicon.js'

const lex = loadAmountLexicon()
const may = (token: string, starts = lex.starts) => starts.mayStart(token, 0, token.length)

describe('amount start pre-check', () => {
  it('lets through every number word in any case, with a hyphenated tail, and every currency symbol and prefix', () => {
    for (const w of lex.numberWords.keys()) {
      for (const form of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), `${w}-five`]) expect(may(form), form).toBe(true)
    }
    for (const s of lex.currencySymbols.keys()) {
      const dollar = s.indexOf('$')
      expect(may(dollar > 0 ? s.slice(0, dollar) : s), s).toBe(true)
    }
    for (const d of ['7', '2022', '3.5']) expect(may(d)).toBe(true)
  })
  it('rejects ordinary words that share a number word\'s first letters', () => {
    for (const w of ['the', 'The', 'on', 'for', 'this', 'side', 'an', 'second', 'Obama', '“', 'th-']) expect(may(w), w).toBe(false)
  })
  it('falls back to the full lookup when a number word is not plain ASCII letters', () => {
    const loose = new AmountStarts(['ikke'], [])
    expect(may('the', loose)).toBe(true)
    expect(may('the', new AmountStarts(['ten'], []))).toBe(false)
  })
  it('never rejects a token whose head (before a hyphen) is a number word, on random tokens', () => {
    const pieces = [...lex.numberWords.keys(), 'US', 'HK', '-', 'x', 'E', 'th', 'ree', '7', '\u212a', 'é', 'twenty-five-year-old-and-more-letters']
    let seed = 5
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length
    for (let k = 0; k < 20000; k++) {
      let token = ''
      for (let i = 0, n = 1 + (k % 3); i < n; i++) { const p = pieces[next()]!; token += k % 2 ? p.toUpperCase() : p }
      const lower = token.toLowerCase()
      if (lex.numberWords.has(lower) || lex.numberWords.has(lower.split('-')[0]!)) expect(may(token), token).toBe(true)
    }
  })
})
