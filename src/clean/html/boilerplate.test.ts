import { describe, expect, it } from 'vitest'
import { boilerplateRule, isBoilerplatePhrase } from './boilerplate.js'

describe('boilerplate rules (rules/boilerplate.json)', () => {
  it('names furniture by class words, whatever separators the CMS uses', () => {
    expect(boilerplateRule('share-bar')).toBe('bp/share')
    expect(boilerplateRule('related-posts')).toBe('bp/related')
    expect(boilerplateRule('newsletter_signup')).toBe('bp/newsletter')
    expect(boilerplateRule('ad ad-slot')).toBe('bp/ads')
    expect(boilerplateRule('comment-list')).toBe('bp/comments')
    expect(boilerplateRule('entry-meta')).toBe('bp/byline')
  })

  it('does not match words inside other words, and never removes a body container', () => {
    expect(boilerplateRule('update-notice-loaded')).toBeNull() // "date", "ad" only as whole words
    expect(boilerplateRule('article-content has-meta')).toBeNull()
    expect(boilerplateRule('story__body ad-free')).toBeNull()
    expect(boilerplateRule('post_content sidebar-left')).toBeNull()
  })

  it('knows short furniture lines, not sentences that merely contain the words', () => {
    expect(isBoilerplatePhrase('Advertisement')).toBe(true)
    expect(isBoilerplatePhrase('Read more: Council budget explained')).toBe(true)
    expect(isBoilerplatePhrase('Leia também: o novo orçamento')).toBe(true)
    expect(isBoilerplatePhrase('The council said it would read more submissions next week.')).toBe(false)
    expect(isBoilerplatePhrase(`Advertisement ${'revenue fell sharply, the company said, '.repeat(5)}`)).toBe(false)
  })
})
