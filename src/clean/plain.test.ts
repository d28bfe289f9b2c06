import { describe, expect, it } from 'vitest'
import { cleanPlain } from './plain.js'

describe('plain text', () => {
  it('moves scraped caption junk to captions, drops page furniture and a repeated headline', () => {
    const content = [
      'Flooding forces thousands from homes in Valencia',
      'Hide caption Rescue teams wade through a flooded street on Tuesday. Previous Next Jo Lee/AP',
      'Enlarge this image toggle caption Ana Ruiz/AFP/Getty Images Ana Ruiz/AFP/Getty Images',
      'Thousands of people were forced from their homes\nafter heavy rain flooded parts of Valencia, officials said.',
      'Advertisement',
      'Sign up for Daily Newsletters Manage Newsletters',
      'Emergency services said the water was expected to recede by the weekend.',
    ].join('\n\n')
    const out = cleanPlain({ source: 't', content, format: 'text', hints: { headline: 'Flooding forces thousands from homes in Valencia' } }, { capturedAt: null })
    expect(out.text).toBe('Thousands of people were forced from their homes after heavy rain flooded parts of Valencia, officials said.\n\nEmergency services said the water was expected to recede by the weekend.')
    expect(out.meta.captions).toEqual([{ text: 'Rescue teams wade through a flooded street on Tuesday.', credit: 'Jo Lee/AP' }])
    expect(out.meta.language).toBe('en')
    const first = out.text.indexOf('\n\n')
    expect(out.paragraphs).toEqual([{ start: 0, end: first, kind: 'p' }, { start: first + 2, end: out.text.length, kind: 'p' }])
  })

  it('keeps a short sentence as it is (sentence sets are plain text)', () => {
    const out = cleanPlain({ source: 't', content: 'Rebels shelled the town.', format: 'text' }, { capturedAt: null })
    expect(out.text).toBe('Rebels shelled the town.')
  })

  it('drops a first block that repeats the headline up to case and punctuation, not one that says more', () => {
    const clean = (first: string) => cleanPlain({ source: 't', content: `${first}\n\nDelegates met on Monday.`, format: 'text', hints: { headline: 'Talks resume in Geneva' } }, { capturedAt: null }).text
    expect(clean('TALKS RESUME — in Geneva!')).toBe('Delegates met on Monday.')
    expect(clean('Talks resume in Geneva today')).toBe('Talks resume in Geneva today\n\nDelegates met on Monday.')
    expect(clean('Talks resume in Genève')).toBe('Talks resume in Genève\n\nDelegates met on Monday.')
  })
})
