import { describe, expect, it } from 'vitest'
import { arabicArticleForms, asciiForm, newsSurnames } from '../../scripts/kb-data/news-surname.ts'

// Invented names; the rules are general naming conventions.
describe('news surnames and spellings', () => {
  it('gives the family name, with particles, or the family name first where it comes first', () => {
    expect(newsSurnames('Anna van der Berg', 'NLD')).toEqual(['van der Berg'])
    expect(newsSurnames('Wang Lifen', 'CHN')).toEqual(['Wang'])
    expect(newsSurnames('Karim al-Nasser', 'SYR')).toEqual(['al-Nasser', 'Nasser'])
  })
  it('folds diacritics and drops an apostrophe inside a word, not a possessive or an initial one', () => {
    expect(asciiForm('Gökhan Yılmaz')).toBe('Gokhan Yilmaz')
    expect(asciiForm("Dov Ya'ari")).toBe('Dov Yaari')
    expect(asciiForm("Women's Front")).toBeNull()
    expect(asciiForm("Sean O'Hara")).toBeNull()
  })
  it('spells an Arabic article inside a full name the other ways news does', () => {
    expect(arabicArticleForms('Fahd bin Saud Al Rashid')).toEqual(['Fahd bin Saud al-Rashid', 'Fahd bin Saud Al-Rashid'])
    expect(arabicArticleForms('Omar el-Kadi')).toEqual(['Omar El Kadi', 'Omar El-Kadi'])
    expect(arabicArticleForms('Al Jensen')).toEqual([])
  })
})
