import { describe, expect, it } from 'vitest'
import { cleanMarkdown } from './markdown.js'

const run = (content: string) => cleanMarkdown({ source: 't.md', content, format: 'markdown' }, { capturedAt: null })

describe('Markdown with front matter', () => {
  it('reads web-clipper front matter: URL in source, wiki-linked authors, description as standfirst', () => {
    const out = run([
      '---', 'title: "Chile and Peru settle fishing dispute"', 'source: "https://example.org/chile-peru"', 'author:', '  - "[[Lucia Fernandez]]"',
      'published: 2031-08-19', 'description: "Both governments agree to joint patrols"', 'tags:', '  - "clippings"', '---',
      'Chile and Peru agreed on Tuesday to settle a dispute over fishing rights, officials said.', '', '```', 'code();', '```', '',
      '- First point of the deal', '- Second point of the deal', '', '> "A fair outcome," the minister said.',
    ].join('\n'))
    expect(out.meta).toMatchObject({
      headline: 'Chile and Peru settle fishing dispute', standfirst: 'Both governments agree to joint patrols', url: 'https://example.org/chile-peru',
      authors: [{ name: 'Lucia Fernandez', location: null }], published: { iso: '2031-08-19' },
    })
    expect(out.meta.outlet).toBeUndefined()
    expect(out.paragraphs.map((p) => p.kind)).toEqual(['p', 'list', 'list', 'quote'])
    expect(out.text).not.toContain('code()')
    expect(out.messages).toEqual([])
  })

  it('takes a first heading as headline when there is no front matter, and joins soft-wrapped lines', () => {
    const out = run('# Talks resume in Lima\n\nNegotiators from both sides\nreturned to the table on Monday, officials said.\n')
    expect(out.meta.headline).toBe('Talks resume in Lima')
    expect(out.text).toBe('Negotiators from both sides returned to the table on Monday, officials said.')
  })

  it('warns with a located message about front matter it cannot read', () => {
    const out = run('---\ntitle: Fine\n:::broken\n---\nThe council met on Monday and approved the budget, officials said.\n')
    expect(out.meta.headline).toBe('Fine')
    expect(out.messages).toEqual([expect.objectContaining({ code: 'markdown/front-matter', reason: expect.stringContaining('line 3') })])
  })
})
