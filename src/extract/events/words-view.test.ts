import { describe, expect, it } from 'vitest'
import { splitSentences, tokenize } from '../../segment/index.js'
import { lowerWords } from '../../segment/lower-words.js'
import { tokenView } from '../entities/token-view.js'
import { WordsView } from './words-view.js'

describe('WordsView shares the lower-case words the entity recogniser made', () => {
  const text = 'Putin’s ÉLAN met NATO\'s Über-Chef. The U.S. says “No”, Ärzte ohne Grenzen agree.'
  const segmented = () => {
    const tokens = tokenize(text)
    const sentences = splitSentences(text, [{ start: 0, end: text.length, kind: 'p' }])
    return { tokens, sentences }
  }

  it('reads the same words whether it folds them itself or takes them from the entity pass', () => {
    const { tokens, sentences } = segmented()
    const own = new WordsView(text, tokens.starts.subarray(0, tokens.count), tokens.ends.subarray(0, tokens.count))
    const expected = Array.from({ length: tokens.count }, (_, i) => own.lower(i))
    tokenView(text, tokens, sentences)
    expect(lowerWords(tokens).filter((w) => w === undefined)).toHaveLength(0)
    const shared = WordsView.of(text, tokens)
    expect(Array.from({ length: tokens.count }, (_, i) => shared.lower(i))).toEqual(expected)
    expect(expected).toContain("putin's")
    expect(expected).toContain('élan')
  })

  it('folds the words itself when no earlier pass did', () => {
    const { tokens } = segmented()
    const view = WordsView.of(text, tokens)
    expect(view.lower(0)).toBe("putin's")
    expect(lowerWords(tokens)[0]).toBe("putin's")
  })
})
