import { describe, expect, it } from 'vitest'
import { compileRule, loadRules } from './rules.js'
import { TriggerFilter } from './trigger-filter.js'

function passes(filter: TriggerFilter, word: string): boolean {
  return filter.mayBeTrigger(` ${word} `, 1, word.length + 1)
}

describe('the trigger filter', () => {
  const rules = loadRules()

  it('lets every trigger form through, in any case and with a curly apostrophe', () => {
    for (const t of rules.byTrigger.keys()) {
      expect(passes(rules.filter, t)).toBe(true)
      expect(passes(rules.filter, t.toUpperCase())).toBe(true)
      expect(passes(rules.filter, t.replace(/'/g, '’'))).toBe(true)
    }
  })

  it('rejects most words that start no rule', () => {
    const filter = new TriggerFilter(['attack', 'attacked', 'meet'])
    const words = ['attic', 'attacks', 'meeting', 'a', 'the', 'me', 'Moscow', '2024', ',', 'xylophone', 'attackers', 'meat']
    expect(words.filter((w) => passes(filter, w))).toEqual([])
    expect(['Attack', 'MEET', 'attacked'].every((w) => passes(filter, w))).toBe(true)
  })

  it('lets words with other non-ASCII letters through to the exact lookup', () => {
    expect(passes(new TriggerFilter(['attack']), 'attäck')).toBe(true)
  })

  it('refuses a trigger that does not start with two letters', () => {
    expect(() => new TriggerFilter(['3rd'])).toThrow(/two letters/)
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
