import { describe, expect, it } from 'vitest'
import { brief, quotesOf } from './test-helpers.js'

// Invented reader comments and posts.

describe('quotes signed by a dash line', () => {
  it('credits each quoted comment to the name after its dash, with any dash and a title after a comma', () => {
    const { quotes } = quotesOf([
      'The ferry plan drew many letters.',
      '“The council has failed the islands again.” ― Mara Olsen “I will vote for anyone else.”— Tomas Berg, retired teacher',
      '"We need a bridge, not promises." -- Ida Lund',
    ])
    expect(brief(quotes)).toEqual([
      [true, 'The council has failed the islands again.', ['Mara Olsen']],
      [true, 'I will vote for anyone else.', ['Tomas Berg']],
      [true, 'We need a bridge, not promises.', ['Ida Lund']],
    ])
    expect(quotes.map((q) => q.rule)).toEqual(['direct.dash-signature', 'direct.dash-signature', 'direct.dash-signature'])
    expect(quotes[0]!.cue).toBe('―')
  })
  it('takes no dash aside in running prose for a signature', () => {
    const { quotes } = quotesOf(['The "harbour deal" — Lind’s own project — was dropped on Monday.'])
    expect(quotes.filter((q) => q.rule === 'direct.dash-signature')).toEqual([])
  })
})

describe('posts signed with a handle', () => {
  it('credits the words before "— Name (@handle) date" to the name, without the picture link or the markup tag', () => {
    const { quotes } = quotesOf([
      'Commuters reacted within minutes.',
      '<post id="7">Ferry fares went up again today. Not good for commuters. pic.twitter.com/AbC — Ola Nordmann (@olanord) July 5, 2016</post>',
    ])
    expect(brief(quotes)).toEqual([[true, 'Ferry fares went up again today. Not good for commuters.', ['Ola Nordmann']]])
    expect(quotes[0]!.rule).toBe('direct.post-signature')
  })
  it('needs a dash before the name', () => {
    const { quotes } = quotesOf(['Fares rose again, wrote Ola Nordmann (@olanord) on Monday.'])
    expect(quotes.filter((q) => q.rule === 'direct.post-signature')).toEqual([])
  })
})
