import { describe, expect, it } from 'vitest'
import { compileRule, loadRules } from './rules.js'
import { WordFilter } from '../word-filter.js'

function passes(filter: WordFilter, word: string): boolean {
  return filter.scan(` ${word} `, Uint32Array.of(1), Uint32Array.of(word.length + 1)).length === 1
}

describe('the word filter', () => {
  const rules = loadRules()

  it('lets every trigger and pattern word through, in any case and with a curly apostrophe', () => {
    const patternWords = rules.rules.flatMap((r) => r.elements.flatMap((el) => ('words' in el ? [...el.words] : [])))
    const filter = new WordFilter(patternWords)
    for (const [f, words] of [[rules.triggerFilter, [...rules.byTrigger.keys()]], [filter, patternWords]] as const) {
      expect(words.length).toBeGreaterThan(100)
      for (const w of words) {
        expect(passes(f, w)).toBe(true)
        expect(passes(f, w.toUpperCase())).toBe(true)
        expect(passes(f, w.replace(/'/g, '’'))).toBe(true)
      }
    }
  })

  it('rejects most other words', () => {
    const filter = new WordFilter(['attack', 'attacked', 'meet', 'a', "'s", 'u.s.'])
    const others = ['attic', 'attacks', 'meeting', 'an', 'the', 'me', 'Moscow', '2024', ',', 'xylophone', 'attackers', 'meat', 'I', "'d", 'u.k.']
    expect(others.filter((w) => passes(filter, w))).toEqual([])
    expect(['Attack', 'MEET', 'attacked', 'A', '’s', "'S", 'U.S.'].every((w) => passes(filter, w))).toBe(true)
  })

  it('leaves words with other non-ASCII letters to the exact lookup', () => {
    const filter = new WordFilter(['attack', 'café'])
    expect(passes(filter, 'attäck')).toBe(true)
    expect(passes(filter, 'CAFÉ')).toBe(true)
  })
})

describe('pattern words', () => {
  it('also accept their possessives, so one lookup decides', () => {
    const rule = compileRule({ id: 't.sign', p: 'sign ~ deal|allies', cameo: '057' }, 'verb', 0, 'test')
    const words = (rule.elements[1] as { words: Set<string> }).words
    expect(['deal', "deal's", "allies'", "allies's"].every((w) => words.has(w))).toBe(true)
    expect(words.has("deal'")).toBe(false)
  })
})
