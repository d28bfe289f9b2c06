import { describe, expect, it } from 'vitest'
import { tokenize } from '../../segment/tokens.js'
import { extractAmounts } from './extract.js'
import { loadAmountLexicon } from './lexicon.js'

// Invented sentences in news style.
const amounts = (text: string) => extractAmounts(text, tokenize(text), loadAmountLexicon())
  .map((a) => ({ text: a.text, value: a.value, unit: a.unit, ...(a.per ? { per: a.per } : {}), ...(a.approx ? { approx: a.approx } : {}) }))

describe('amounts', () => {
  it('reads multipliers, rates and compound units', () => {
    expect(amounts('The pipeline will carry 38bn cubic metres a year for 30 years.')).toEqual([
      { text: '38bn cubic metres a year', value: 38e9, unit: 'cubic metre', per: 'year' },
      { text: '30 years', value: 30, unit: 'year' },
    ])
    expect(amounts('Output rose to 1.5 million barrels per day.')).toEqual([{ text: '1.5 million barrels per day', value: 1.5e6, unit: 'barrel', per: 'day' }])
  })

  it('keeps the counted noun singular, proper nouns capitalised, and the approximation', () => {
    expect(amounts('Officials said more than 40,000 soldiers and about 2mn Rohingya had crossed; 17 diplomats were expelled.')).toEqual([
      { text: 'more than 40,000 soldiers', value: 40000, unit: 'soldier', approx: 'more-than' },
      { text: 'about 2mn Rohingya', value: 2e6, unit: 'Rohingya', approx: 'about' },
      { text: '17 diplomats', value: 17, unit: 'diplomat' },
    ])
  })

  it('gives currencies as ISO codes and percentages as percent', () => {
    expect(amounts('The fund lent $3.2bn and £450m, while prices rose 12% and unemployment hit 7.5 per cent.')).toEqual([
      { text: '$3.2bn', value: 3.2e9, unit: 'USD' },
      { text: '£450m', value: 4.5e8, unit: 'GBP' },
      { text: '12%', value: 12, unit: 'percent' },
      { text: '7.5 per cent', value: 7.5, unit: 'percent' },
    ])
    expect(amounts('The deal is worth 20 billion yuan.')).toEqual([{ text: '20 billion yuan', value: 2e10, unit: 'CNY' }])
    expect(amounts('Donors pledged US$300m, HK$2bn and ₹500 crore.').map((a) => [a.value, a.unit])).toEqual([[3e8, 'USD'], [2e9, 'HKD'], [5e9, 'INR']])
  })

  it('reads spelled numbers that count, not those naming a known set', () => {
    expect(amounts('The two presidents met for five hours and pledged two million doses.')).toEqual([
      { text: 'five hours', value: 5, unit: 'hour' },
      { text: 'two million doses', value: 2e6, unit: 'dose' },
    ])
    expect(amounts('Freedonia expelled three diplomats; their two sons stayed and one of the envoys left.')).toEqual([
      { text: 'three diplomats', value: 3, unit: 'diplomat' },
    ])
  })

  it('skips years, dates, times, ordinals and numbers without a unit', () => {
    expect(amounts('In 2019 the 21st summit met on 4 February at 3:25 and voted 52 to 48; Feb 12 was quiet.')).toEqual([])
    expect(amounts('The P5+1 talks and the G-20 summit, story 1341684768\n\nhttp links.')).toEqual([])
  })

  it('takes a singular noun at a clipped paragraph end', () => {
    expect(amounts('Looking ahead, the more than 9,000 word\n\nreport was published.')).toEqual([
      { text: 'more than 9,000 word', value: 9000, unit: 'word', approx: 'more-than' },
    ])
  })
})
