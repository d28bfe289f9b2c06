import { describe, expect, it } from 'vitest'
import { matchBoilerplate } from './boilerplate.js'
import { parseByline, parseContributors } from './byline.js'
import { matchCaption } from './caption.js'
import { cleanClip } from './clean-clip.js'
import { parseCopyright } from './copyright.js'
import { findRelative, parseDate } from './dates.js'
import { isGap } from './gaps.js'
import { matchDateline } from './dateline.js'
import { stripInline } from './inline.js'
import { detectLanguage } from './language.js'
import { splitFrontMatter } from '../markdown-front-matter.js'

describe('inline markers', () => {
  it('keeps link text, drops link and bold markers and images', () => {
    expect(stripInline('the [stand-off with the US](#) and **Kathrin Hille** ![x](a.png) in  Taipei')).toBe('the stand-off with the US and Kathrin Hille in Taipei')
    expect(stripInline('2 * 3 * 4')).toBe('2 * 3 * 4')
  })
})

describe('bylines', () => {
  it('reads NAME in PLACE lists ending in a relative time', () => {
    const b = parseByline('Ana Ruiz in Lima and Tom Bell in La Paz 3 HOURS AGO', '2031-01-01T12:00:00Z')!
    expect(b.authors).toEqual([{ name: 'Ana Ruiz', location: 'Lima' }, { name: 'Tom Bell', location: 'La Paz' }])
    expect(b.published).toEqual({ relative: '3 HOURS AGO', iso: '2031-01-01T09:00:00Z' })
  })
  it('reads absolute and labelled times at the end of a byline', () => {
    expect(parseByline('Ana Ruiz in Lima FEBRUARY 4 2031', null)).toMatchObject({ authors: [{ name: 'Ana Ruiz', location: 'Lima' }], published: { iso: '2031-02-04' } })
    expect(parseByline('Ana Ruiz in Lima UPDATED 10 HOURS AGO', null)).toMatchObject({ authors: [{ name: 'Ana Ruiz', location: 'Lima' }], published: { relative: '10 HOURS AGO' } })
  })
  it('reads "By" bylines with an agency', () => {
    expect(parseByline('By Ana Ruiz and Tom Bell, Reuters', null)).toMatchObject({ authors: [{ name: 'Ana Ruiz' }, { name: 'Tom Bell' }], agency: 'Reuters' })
  })
  it('reads trailing agencies and all-caps names (AP, Guardian)', () => {
    expect(parseByline('By ZEKE MILLER and ANA RUIZ Associated Press', null)).toMatchObject({ authors: [{ name: 'Zeke Miller' }, { name: 'Ana Ruiz' }], agency: 'Associated Press' })
    expect(parseByline('Helen Marsh in Warsaw and agencies', null)).toMatchObject({ authors: [{ name: 'Helen Marsh', location: 'Warsaw' }], agency: 'agencies' })
    expect(parseByline('By Ana Ruiz | Reuters', null)).toMatchObject({ authors: [{ name: 'Ana Ruiz' }], agency: 'Reuters' })
  })
  it('never takes a headline or a sentence for a byline', () => {
    expect(parseByline('Putin and Xi call for halt to Nato expansion', null)).toBeNull()
    expect(parseByline('Airport Security in Dallas.', null)).toBeNull()
    expect(parseByline('Ana Ruiz in Lima', null)).toBeNull() // one located name alone needs a date next to it
  })
  it('reads contributor lines and skips editors', () => {
    expect(parseContributors('Additional reporting by Ana Ruiz in Hong Kong')).toEqual([{ name: 'Ana Ruiz', location: 'Hong Kong' }])
    expect(parseContributors('Reporting by Ana Ruiz; Editing by Tom Bell')).toEqual([{ name: 'Ana Ruiz', location: null }])
    expect(parseContributors('AP writers Ana Ruiz in Lima and Tom Bell contributed to this report.')).toEqual([{ name: 'Ana Ruiz', location: 'Lima' }, { name: 'Tom Bell', location: null }])
  })
})

describe('dates', () => {
  it('parses printed dates with times and zones', () => {
    expect(parseDate('Updated 4 Feb 2022 14:05 GMT')?.iso).toBe('2022-02-04T14:05:00Z')
    expect(parseDate('Fri 9 May 2031 10.12 BST')?.iso).toBe('2031-05-09T09:12:00Z')
    expect(parseDate('7:47 AM PT – Friday, February 4, 2022')?.iso).toBe('2022-02-04T15:47:00Z')
    expect(parseDate('Published 04/02/2022, 08:29 pm')?.iso).toBe('2022-02-04T20:29:00')
    expect(parseDate('no date here')).toBeNull()
  })
  it('makes relative times absolute only with a reference time', () => {
    expect(findRelative('2 days ago', '2031-10-14T08:00:00Z')?.iso).toBe('2031-10-12')
    expect(findRelative('10 HOURS AGO', null)).toMatchObject({ text: '10 HOURS AGO', iso: null })
  })
})

describe('captions', () => {
  it('recognises credit conventions', () => {
    expect(matchCaption('Leaders in Lima on Friday © AP')).toMatchObject({ text: 'Leaders in Lima on Friday', credit: 'AP' })
    expect(matchCaption('Hide caption Crowds in the square. Previous Next Jo Lee/AP 1 of 8 i View slideshow')).toMatchObject({ text: 'Crowds in the square.', credit: 'Jo Lee/AP' })
    expect(matchCaption('Troops at the border. Photo: Jo Lee/AFP/Getty Images')).toMatchObject({ credit: 'Jo Lee/AFP/Getty Images' })
    expect(matchCaption('Enlarge this image toggle caption Jo Lee/Getty Images Jo Lee/Getty Images')).toMatchObject({ creditOnly: true, credit: 'Jo Lee/Getty Images' })
    expect(matchCaption('Ministers met in Lima (Jo Lee/Xinhua via AP)')).toMatchObject({ credit: 'Jo Lee/Xinhua via AP' })
  })
  it('leaves prose alone', () => {
    expect(matchCaption('The minister said the photo showed nothing new.')).toBeNull()
    expect(matchCaption('Reuters reported that talks would resume on Monday.')).toBeNull()
  })
})

describe('boilerplate', () => {
  it('drops page furniture by rule id and keeps prose', () => {
    expect(matchBoilerplate('Advertisement')).toBe('boilerplate.ad')
    expect(matchBoilerplate('Sign up for Daily Newsletters Manage Newsletters')).toBe('boilerplate.newsletter')
    expect(matchBoilerplate('Read more →')).toBe('boilerplate.read-more')
    expect(matchBoilerplate('already have an account? Login here')).toBe('boilerplate.account')
    expect(matchBoilerplate('Markets rally | Storm hits coast | Vote count delayed | Live: summit')).toBe('boilerplate.nav-list')
    expect(matchBoilerplate('The minister said she would sign up for the talks.')).toBeNull()
    expect(matchBoilerplate('Comments on the plan were due by Friday.')).toBeNull()
  })
})

describe('datelines and copyright', () => {
  it('strips wire datelines', () => {
    expect(matchDateline('BEIJING, Feb 4 (Xinhua) -- China said')).toMatchObject({ place: 'Beijing', agency: 'Xinhua', date: 'Feb 4' })
    expect(matchDateline('Officials said on Monday - or so')).toBeNull()
  })
  it('reads publisher and year', () => {
    expect(parseCopyright('Copyright The Financial Times Limited 2022. All rights reserved.')).toEqual({ publisher: 'The Financial Times Limited', year: 2022 })
    expect(parseCopyright('© 2031 Reuters')).toEqual({ publisher: 'Reuters', year: 2031 })
  })
})

describe('clip cleaning', () => {
  const clip = [
    'Europe', '', 'Ministers back grain deal at Lima talks', '', 'Agreement covers shipments through the Black Sea for another year', '',
    'Delegates in Lima on Friday © Reuters', '', 'Ana Ruiz in Lima and **Tom Bell** in Kyiv 5 HOURS AGO', '',
    'Ministers from twelve countries agreed on Friday to extend the grain corridor for another year, officials said.', '',
    'The deal, reached after two days of talks, covers about 30mn tonnes of', '',
    '[wheat and maize](#) shipped each year through the corridor.', '',
    'Advertisement', '', 'Officials said inspections would continue at the ports.', '',
    'Additional reporting by Jo Lee in Ankara', '', '[Copyright](#) The Daily Ledger 2031. All rights reserved.', '', 'Footer link',
  ].join('\n')
  const out = cleanClip({ source: 't', content: clip, format: 'clip' }, { capturedAt: null })

  it('separates the page header from the body', () => {
    expect(out.meta).toMatchObject({
      section: 'Europe', headline: 'Ministers back grain deal at Lima talks', standfirst: 'Agreement covers shipments through the Black Sea for another year',
      captions: [{ text: 'Delegates in Lima on Friday', credit: 'Reuters' }], authors: [{ name: 'Ana Ruiz', location: 'Lima' }, { name: 'Tom Bell', location: 'Kyiv' }],
      contributors: [{ name: 'Jo Lee', location: 'Ankara' }], publisher: 'The Daily Ledger', copyrightYear: 2031, published: { relative: '5 HOURS AGO' }, language: 'en',
    })
    expect(out.text.startsWith('Ministers from twelve countries')).toBe(true)
    expect(out.text.endsWith('inspections would continue at the ports.')).toBe(true)
    expect(out.text).not.toMatch(/Advertisement|\]\(#\)|Footer/)
  })
  it('reports the gap where the clip lost text, with its place', () => {
    expect(out.meta.gaps).toHaveLength(1)
    const g = out.meta.gaps![0]!
    expect(out.text.slice(g.offset, g.offset + 15)).toBe('wheat and maize')
    expect(out.messages).toEqual([expect.objectContaining({ code: 'clip/gap', place: { start: g.offset - 2, end: g.offset } })])
  })
})

describe('gaps', () => {
  it('needs a cut paragraph followed by a mid-sentence start', () => {
    expect(isGap('the more than 7,000 word', 'reached between the two', false)).toBe(true)
    expect(isGap('they pledged to', '“increase co-operation” with each other', false)).toBe(true)
    expect(isGap('relations with', 'Frayed ties between the west', true)).toBe(true)
    expect(isGap('They also', 'While China had signalled backing', false)).toBe(false)
    expect(isGap('The talks ended.', 'then the ministers left', false)).toBe(false)
  })
})

describe('language and front matter', () => {
  it('guesses English by function words and other languages by script', () => {
    expect(detectLanguage('The president said that the talks with the union were over.')).toBe('en')
    expect(detectLanguage('Президент заявил, что переговоры завершены.')).toBe('ru')
    expect(detectLanguage('Der Präsident sagte, die Gespräche seien beendet.')).toBeNull()
  })
  it('reads the YAML subset of front matter and reports a line it cannot read', () => {
    const fm = splitFrontMatter('---\ntitle: "A: b"\ntags: [x, "y, z"]\nauthors:\n  - name: Ana Ruiz\n    location: Lima\n  - Tom Bell\n{bad\n---\nBody')
    expect(fm.data).toEqual({ title: 'A: b', tags: ['x', 'y, z'], authors: [{ name: 'Ana Ruiz', location: 'Lima' }, 'Tom Bell'] })
    expect(fm.body).toBe('Body')
    expect(fm.error?.line).toBe(8) // line 1 is the opening ---
  })
})

describe('clip header and body variants', () => {
  const run = (lines: string[], capturedAt: string | null = null) => cleanClip({ source: 't', content: lines.join('\n\n'), format: 'clip' }, { capturedAt })
  it('reads a line printed twice as the headline high up, and as a caption right above the body', () => {
    const title = run(['Daily Ledger', 'Saturday, Jan 24, 2031', 'Grain deal extended for a year', 'Grain deal extended for a year', 'Ministers agree to keep the corridor open', 'Ministers from twelve countries agreed on Friday to extend the grain corridor, officials said.'])
    expect(title.meta).toMatchObject({ headline: 'Grain deal extended for a year', standfirst: 'Ministers agree to keep the corridor open', captions: [] })
    const caption = run(['Grain deal extended for a year', 'Ana Ruiz', 'Friday 23 January 2031 18:02 GMT', 'Ships waiting at the port of Odesa', 'Ships waiting at the port of Odesa', 'Ministers from twelve countries agreed on Friday to extend the grain corridor, officials said.'])
    expect(caption.meta).toMatchObject({ headline: 'Grain deal extended for a year', captions: [{ text: 'Ships waiting at the port of Odesa', credit: null }], authors: [{ name: 'Ana Ruiz' }] })
    expect(caption.text.startsWith('Ministers from twelve')).toBe(true)
  })
  it('takes no date line above the headline for a section, in any language', () => {
    const out = run(['lørdag 7. mars 2031', 'Ministers back grain deal at Lima talks', 'Ministers agree to keep the corridor open', 'Ministers from twelve countries agreed on Friday to extend the grain corridor, officials said.'])
    expect(out.meta).toMatchObject({ section: null, headline: 'Ministers back grain deal at Lima talks' })
  })
  it('takes a linked section tag of up to five words, and drops related-story links from the body', () => {
    const out = run([
      '[Chinese politics & policy](#)', 'Beijing tightens rules on overseas listings', 'Regulators want tech groups to seek approval before selling shares abroad',
      '**Ana Ruiz** in Hong Kong YESTERDAY',
      'China will require companies to seek approval before listing abroad, the securities regulator said on Tuesday.',
      '[Investors brace for new listing rules](#)', 'The rules take effect next month.',
    ], '2031-06-02T10:00:00Z')
    expect(out.meta).toMatchObject({ section: 'Chinese politics & policy', headline: 'Beijing tightens rules on overseas listings', authors: [{ name: 'Ana Ruiz', location: 'Hong Kong' }], published: { relative: 'YESTERDAY', iso: '2031-06-01' } })
    expect(out.text).not.toContain('Investors brace')
    expect(out.text.endsWith('The rules take effect next month.')).toBe(true)
  })
})
