import { describe, expect, it } from 'vitest'
import { attachAmounts } from './stage.js'
import { resolveDate } from './when.js'
import { eventsOf } from './test-helpers.js'

// 2024-03-13 is a Wednesday.
const BASE = '2024-03-13T10:00:00Z'

describe('event dates from the article date and the sentence', () => {
  it.each([
    ['The ministers met on Friday.', '2024-03-08'],
    ['The ministers met last Wednesday.', '2024-03-06'],
    ['The ministers met yesterday.', '2024-03-12'],
    ['The ministers met on Feb 4.', '2024-02-04'],
    ['The ministers met on 4 February 2019.', '2019-02-04'],
    ['The treaty was signed in 2014.', '2014'],
    ['The pact was agreed last year.', '2023'],
    ['The talks resumed in recent days.', '2024-03-13'],
    ['The ministers met again.', '2024-03-13'],
  ])('%s → %s', (sentence, date) => {
    expect(resolveDate(sentence, BASE).date).toBe(date)
  })

  it('has no date for "on Friday" without an article date, and says why', () => {
    expect(resolveDate('They met on Friday.', null)).toEqual({ date: null, via: '"Friday" but no article date' })
  })
})

describe('amounts belong to the event whose evidence holds them', () => {
  it('attaches "more than 100,000 troops" to the deployment', () => {
    const text = 'Borduria has moved more than 100,000 troops to the Syldavian border.'
    const events = eventsOf(text, { Borduria: 'BRD', Syldavian: 'SYL' })
    const start = text.indexOf('more than')
    const amounts = [{ start, end: text.indexOf(' to the'), text: 'more than 100,000 troops', value: 100000, unit: 'troop' }]
    attachAmounts(events, amounts)
    expect(events[0]!.amounts).toEqual([0])
    expect(amounts[0]).toMatchObject({ event: events[0]!.id })
  })
})
