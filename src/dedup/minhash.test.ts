import { describe, expect, it } from 'vitest'
import { bandKeys, decodeSketch, encodeSketch, estimateContainment, estimateJaccard, LSH_BANDS, sketchText } from './index.js'

const base = 'The harbour authority of Velmar closed the northern channel on Monday after a cargo ship ran aground near the breakwater, '
  + 'stranding dozens of fishing boats inside the port. Salvage crews expect to refloat the vessel within three days if the weather holds, '
  + 'a spokeswoman for the authority said, adding that no fuel had leaked into the bay and that the crew of twelve was safe.'
const other = 'Parliament in Ostria voted by a narrow margin to raise the retirement age to sixty-seven, ending months of street protests '
  + 'and a bitter campaign by the unions. The finance minister said the reform would save billions over the coming decade.'

describe('MinHash sketches', () => {
  it('estimates identical texts as identical and unrelated texts as far apart', () => {
    expect(estimateJaccard(sketchText(base), sketchText(base))).toBe(1)
    expect(estimateContainment(sketchText(base), sketchText(other))).toBeLessThan(0.1)
  })

  it('ignores case, punctuation and spacing changes made by republishers', () => {
    const copy = base.toUpperCase().replace(/,/g, ' ;').replace(/ /g, '  ')
    expect(estimateJaccard(sketchText(base), sketchText(copy))).toBe(1)
  })

  it('sees an excerpt as contained in the full story even though their Jaccard is low', () => {
    const third = 'Elsewhere in the region, farmers in the southern plains reported the driest spring in forty years, with reservoirs '
      + 'at a quarter of their usual level and wheat prices climbing on the commodity exchange for a fifth consecutive week.'
    const long = `${base} ${other} ${third}`
    const a = sketchText(long), b = sketchText(base)
    expect(estimateJaccard(a, b)).toBeLessThan(0.5)
    expect(estimateContainment(a, b)).toBeGreaterThan(0.8)
  })

  it('round-trips through its storage form and yields one bucket key per band', () => {
    const s = sketchText(base)
    const back = decodeSketch(encodeSketch(s))
    expect(back.size).toBe(s.size)
    expect([...back.mins]).toEqual([...s.mins])
    const keys = bandKeys(s)
    expect(keys).toHaveLength(LSH_BANDS)
    expect(new Set(keys).size).toBe(LSH_BANDS)
    expect(bandKeys(sketchText(''))).toEqual([])
  })
})
