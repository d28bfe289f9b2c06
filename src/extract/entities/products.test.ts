import { describe, expect, it } from 'vitest'
import type { Entity } from '../../article/index.js'
import { loadKb } from '../../kb/index.js'
import { splitSentences, tokenize } from '../../segment/index.js'
import { recognizeEntities } from './recognize.js'

// Invented sentences: product and index names are set aside; names inside them are marked.
function entities(text: string): Entity[] {
  return recognizeEntities(text, tokenize(text), splitSentences(text, [{ start: 0, end: text.length, kind: 'p' }]), loadKb(), '2024-05-01')
}
const names = (es: Entity[]) => es.map((e) => e.name)
const mention = (es: Entity[], text: string) => es.flatMap((e) => e.mentions).find((m) => m.text === text)

describe('entities: products and market indices', () => {
  it('sets aside a product named by its class noun, a version apposition or a model tier, with its other mentions', () => {
    const es = entities('Veltrona unveiled new Korvex laptops on Monday. The Korvex Pro costs more. Users liked Zephra, the new version of its software.')
    expect(names(es)).not.toContain('Korvex')
    expect(names(es)).not.toContain('Korvex Pro')
    expect(names(es)).not.toContain('Zephra')
  })
  it('sets aside index names, and the Nikkei only when a market word follows', () => {
    const es = entities("The FTSE 100 fell 2 percent and the Nikkei dropped 300 points, while the Nasdaq Composite rose.")
    expect(names(es).some((n) => /FTSE|Nikkei|Nasdaq/.test(n))).toBe(false)
  })
  it('marks a possessor of an index or product as inside it', () => {
    const es = entities("Japan's Nikkei 225 fell 3 percent. Sales of Veltrona's iPhone rose.")
    expect(mention(es, 'Japan')?.inside).toBe('index')
    expect(mention(es, 'Veltrona')?.inside).toBe('product')
  })
  it("marks a city before an index, with a bare apostrophe too (\"Paris' CAC 40\")", () => {
    const es = entities("London's FTSE 100 and Paris' CAC 40 each closed down.")
    expect(mention(es, 'London')?.inside).toBe('index')
    expect(mention(es, 'Paris')?.inside).toBe('index')
  })
  it("sets aside a known company's model, its later mentions and the models listed after it", () => {
    const es = entities('Ford will drop the Ford Velmara, the Corvane and Ostrella next year. Dealers said the Velmara sold well.')
    expect(names(es)).toEqual(['Ford'])
  })
  it('reads a company and an unknown word as a model only after a determiner, or when the article writes "the" + the word', () => {
    expect(names(entities('Analysts at Ford Veltronik said sales fell.'))).toEqual(['Ford Veltronik'])
    expect(names(entities('Ford Veltronik to be revived. Dealers said the Veltronik sold well.'))).toEqual([])
    expect(names(entities('Workers at the Ford Veltronik plant walked out.'))).toEqual(['Ford Veltronik'])
  })
  it('keeps a company whose name goes on with an ordinary word or a legal form', () => {
    expect(names(entities('Profits at Toyota Motor Corporation rose.'))).toEqual(['Toyota Motor Corporation'])
    expect(entities('Shares of Ford Motor rose.').flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['Ford Motor'])
  })
  it('sets aside names listed after a product-shaped name', () => {
    const es = entities('Besides the iVelt Classic, Korvane and Ostrella, the firm sold Veltronik shares.')
    expect(names(es)).not.toContain('Korvane')
    expect(names(es)).not.toContain('Ostrella')
  })
  it('does not take a count or an amount before a name for a model number', () => {
    expect(names(entities('The £10bn Korvane plan was backed, and a spokesman for Korvane said work starts soon.'))).toEqual(['Korvane'])
    expect(names(entities('A new plan for 3,000 Velmar workers was backed, and a spokesman for Velmar said work starts soon.'))).toEqual(['Velmar'])
  })
  it('sets aside a word named by a model number elsewhere in the article, in the plural too', () => {
    const es = entities('The carrier ordered 40 Veltrona 919 Skymaster jets. Two airlines will get Skymasters from 2026.')
    expect(names(es)).not.toContain('Skymasters')
  })
})
