import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect.js'

describe('format detection', () => {
  it('uses the extension for HTML and the shape for the rest', () => {
    expect(detectFormat('<p>x</p>', 'page.html')).toBe('html')
    expect(detectFormat('<!doctype html><html><body><p>Hi</p></body></html>')).toBe('html')
    expect(detectFormat('---\ntitle: A\n---\nBody text.\n', 'a.txt')).toBe('markdown')
    expect(detectFormat('# Heading\n\nBody text.\n', 'notes.md')).toBe('markdown')
  })
  it('recognises clips by their page furniture', () => {
    expect(detectFormat('Title\n\nThe [talks](#) resumed.')).toBe('clip')
    expect(detectFormat('Talks resume\n\nBy Ana Ruiz\n\nNegotiators met on Monday.')).toBe('clip')
    expect(detectFormat('Talks resume\n\nPublished 4 February 2031\n\nNegotiators met.')).toBe('clip')
    expect(detectFormat('LIMA (Reuters) - Negotiators met on Monday.')).toBe('clip')
    expect(detectFormat('Talks resume\nSaturday, Jan 24, 2031\n\nNegotiators met on Monday.')).toBe('clip')
    expect(detectFormat('TITLE: Talks resume\nURL: https://example.org/a\n\nNegotiators met.')).toBe('clip')
  })
  it('leaves ordinary prose as plain text', () => {
    expect(detectFormat('Negotiators met on Monday in Lima.\n\nBy Friday, a deal was close, officials said on 4 February 2031.')).toBe('text')
  })
})
