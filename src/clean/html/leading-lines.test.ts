import { describe, expect, it } from 'vitest'
import { dropLeadingHeader } from './leading-lines.js'

const p = (...texts: string[]) => texts.map((text) => ({ text, kind: 'p' as const }))

describe('dropLeadingHeader', () => {
  it('drops the headline, a byline and a bare date repeated at the top of the body', () => {
    expect(dropLeadingHeader(p('Dam opens after decade of delays', 'By Ola Nordmann and Kari Hansen', 'June 1, 2027', 'The dam opened on Monday.'), 'Dam opens after decade of delays'))
      .toEqual(p('The dam opened on Monday.'))
  })

  it('keeps story sentences that start like a byline, and the same lines further down', () => {
    const blocks = p('By Tuesday evening, police had arrested 14 people.', 'Dam opens after decade of delays')
    expect(dropLeadingHeader(blocks, 'Dam opens after decade of delays')).toEqual(blocks)
  })
})
