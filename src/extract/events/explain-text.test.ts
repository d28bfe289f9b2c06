import { describe, expect, it } from 'vitest'
import { explainEvents } from './explain-text.js'
import { articleOf } from './test-helpers.js'
import { eventsStage } from './stage.js'

describe('entente explain text', () => {
  it('prints per event the sentence, the rule and pattern, the actors\' resolution, modality, date and place reasoning', () => {
    const article = articleOf(['Borduria will not expel Syldavian diplomats. Ruritania expelled two Bordurian envoys in Ostrava on Friday.'],
      { Borduria: 'BRD', Bordurian: 'BRD', Syldavian: 'SYL', Ruritania: 'RRT', Ostrava: '@Ostrava' }, '2024-03-13')
    article.spans.quotes = []
    article.spans.amounts = []
    eventsStage.apply(article, eventsStage.compute(article, { options: {}, resources: new Map() }))
    const text = explainEvents(article)
    expect(text).toContain('fixture: 2 events')
    expect(text).toContain('sentence: Ruritania expelled two Bordurian envoys in Ostrava on Friday.')
    expect(text).toContain('rule: verb.expel.diplomats')
    expect(text).toContain('source: subject "Ruritania" before the verb')
    expect(text).toContain('date: 2024-03-08 ("Friday" → the last Friday from the article date 2024-03-13)')
    expect(text).toContain('place: Ostrava')
    expect(text).toMatch(/\(negated, future\)/)
    expect(text).toMatch(/modality: .*negation "not"/)
  })
})
