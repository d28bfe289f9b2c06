import { describe, expect, it } from 'vitest'
import { splitOnBlankLines } from './blank-lines.js'

// The specification: the regex split it replaces.
const BLANK_LINE = /\r?\n[\t \u00a0]*\r?\n/

describe('splitOnBlankLines', () => {
  it('splits on blank lines with spaces, tabs, no-break spaces and CRLF, and keeps single line breaks', () => {
    expect(splitOnBlankLines('One\nline.\n\nTwo.\r\n \t\u00a0\r\nThree.\n\n\nFour.')).toEqual(['One\nline.', 'Two.', 'Three.', '\nFour.'])
    expect(splitOnBlankLines('')).toEqual([''])
  })
  it('agrees with the regex split on random strings of line breaks and spaces', () => {
    const alphabet = ['a', '\n', '\r', ' ', '\t', '\u00a0', '\r\n']
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length
    for (let k = 0; k < 5000; k++) {
      let t = ''
      for (let i = 0; i < 12; i++) t += alphabet[next()]
      expect(splitOnBlankLines(t), JSON.stringify(t)).toEqual(t.split(BLANK_LINE))
    }
  })
})
