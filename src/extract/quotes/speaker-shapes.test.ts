import { describe, expect, it } from 'vitest'
import { brief, quotesOf } from './test-helpers.js'

// Invented sentences: speaker phrases the reported pass used to miss.

const reported = (paragraph: string) => brief(quotesOf(['The ferry vote was held on Monday.', paragraph]).quotes)

describe('quantifiers and shares written as words', () => {
  it('takes "two in three" and a lone quantifier before a past tense for the speaker', () => {
    expect(reported('Two in three said they would vote against the plan.')).toEqual([[false, 'they would vote against the plan', ['Two in three']]])
    expect(reported('Several said they would rather keep the old boats.')).toEqual([[false, 'they would rather keep the old boats', ['Several']]])
  })
  it('still reads "several reports" as a noun', () => {
    expect(reported('Several reports reached the council in May.')).toEqual([])
  })
})

describe('a plural possessive before the speaker', () => {
  it('does not take the apostrophe of "islanders’ spokesman" for a closing quotation mark', () => {
    expect(reported("The islanders' spokesman Per Dahl said the council ignored them.")).toEqual([[false, 'the council ignored them', ['Per Dahl']]])
  })
})

describe('yes and no as answers', () => {
  it('reports "said no" after a question', () => {
    const quotes = reported('Asked whether she would resign, the mayor said no.')
    expect(quotes).toContainEqual([false, 'no', ['mayor']])
  })
})
