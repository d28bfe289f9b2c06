import { describe, expect, it } from 'vitest'
import { createPipeline } from '../pipeline/index.js'
import { decodeCharacterReferences } from './character-references.js'

describe('clean: HTML character references in text input', () => {
  it('decodes numeric and named references and counts them', () => {
    expect(decodeCharacterReferences('Jos&#233; Ortiz &amp; Maria&#x2019;s plan, Caf&eacute;')).toEqual({ text: 'José Ortiz & Maria’s plan, Café', count: 4 })
  })

  it('leaves text without references, and unknown or bare ampersands, as they are', () => {
    const text = 'Marks & Spencer and AT&T; R&D &notareference; spending'
    expect(decodeCharacterReferences('No references here.')).toEqual({ text: 'No references here.', count: 0 })
    expect(decodeCharacterReferences(text).text).toBe(text)
  })

  it('decodes plain-text articles before cleaning and says so, but not HTML (its parser decodes)', () => {
    const pipeline = createPipeline()
    const text = pipeline.run({ source: 'fixture', format: 'text', content: 'Premier Jos&#233; Ortiz met the board on Monday.' })
    expect(text.text).toContain('José Ortiz')
    expect(text.messages.map((m) => m.code)).toContain('clean/character-references')
    const html = pipeline.run({ source: 'fixture', format: 'html', content: '<html><body><article><p>Premier Jos&#233; Ortiz met the board on Monday to discuss the budget and the plan for the coming year.</p></article></body></html>' })
    expect(html.messages.map((m) => m.code)).not.toContain('clean/character-references')
  })
})
