import { describe, expect, it } from 'vitest'
import { extractArticle } from './index.js'

const S = (n: number) => `Sentence ${n} of the report says the council met, voted and adjourned, as officials expected it would do.`
const paragraphs = (html: string) => {
  const out = extractArticle(`<html><body>${html}</body></html>`)
  return out.paragraphs.map((p) => [p.kind, out.text.slice(p.start, p.end)])
}

describe('body blocks', () => {
  it('two line breaks in a row end a paragraph; one is a space', () => {
    expect(paragraphs(`<div class="story">${S(1)}<br>${S(2)}<br><br>${S(3)}<br/>\n<br/>${S(4)}</div>`)).toEqual([
      ['p', `${S(1)} ${S(2)}`], ['p', S(3)], ['p', S(4)],
    ])
  })

  it('drops link lists and keeps paragraphs that link a phrase', () => {
    const related = '<ul><li><a href="/1">Council to vote on budget next week</a></li><li><a href="/2">Mayor answers questions from readers</a></li></ul>'
    const linked = `<p>The mayor <a href="/m">said on Monday that the vote would go ahead</a> as planned.</p>`
    expect(paragraphs(`<article><p>${S(1)}</p>${related}${linked}<p>${S(2)}</p></article>`)).toEqual([
      ['p', S(1)], ['p', 'The mayor said on Monday that the vote would go ahead as planned.'], ['p', S(2)],
    ])
  })

  it('keeps an embedded post (blockquote) even when it is mostly links', () => {
    const tweet = '<div class="social-embed"><blockquote class="twitter-tweet"><p><a href="https://t.co/x">https://t.co/x</a> vote now</p>— Council (@council) <a href="/s">May 1, 2030</a></blockquote></div>'
    const got = paragraphs(`<article><p>${S(1)}</p>${tweet}<p>${S(2)}</p></article>`)
    expect(got.map((g) => g[0])).toEqual(['p', 'quote', 'quote', 'p'])
  })

  it('drops short furniture lines wherever they sit in the body', () => {
    expect(paragraphs(`<article><p>${S(1)}</p><p>Advertisement</p><p>Read more: Council budget explained</p><p>${S(2)}</p><p>Sign up for our politics newsletter</p></article>`)).toEqual([
      ['p', S(1)], ['p', S(2)],
    ])
  })
})
