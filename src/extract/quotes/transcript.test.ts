import { describe, expect, it } from 'vitest'
import { brief, quotesOf } from './test-helpers.js'

// Invented transcript lines and block quotes.

describe('transcript lines opened by a stray mark', () => {
  it('credits each line to its speaker when the page kept only the opening marks', () => {
    const { quotes } = quotesOf(['Partial transcript:', '"HOST: Will the ferry run on Sunday?', '"DAHL: It will run every day of the week.'])
    const curly = quotesOf(['Partial transcript:', '"HOST: Will the ferry run?', '"DAHL: It is no “ghost ship.” It will run every day.']).quotes
    expect(curly.filter((q) => q.rule === 'direct.transcript').map((q) => q.speaker?.name)).toEqual(['HOST', 'DAHL'])
    expect(brief(quotes)).toEqual([
      [true, 'Will the ferry run on Sunday', ['HOST']],
      [true, 'It will run every day of the week', ['DAHL']],
    ])
  })
})

describe('a block quote after "X added:"', () => {
  it('takes the paragraph after a speech verb and a colon for the speaker’s words', () => {
    const { quotes } = quotesOf(['The ferry vote was held on Monday.', 'The captain added:', 'It is typical of the council. They never ask the crews first.'])
    expect(brief(quotes)).toEqual([[true, 'It is typical of the council. They never ask the crews first', ['captain']]])
  })
  it('needs a speech verb before the colon', () => {
    const { quotes } = quotesOf(['The ferry vote was held on Monday.', 'The timetable:', 'Boats leave at six, eight and ten every morning.'])
    expect(quotes).toEqual([])
  })
})
