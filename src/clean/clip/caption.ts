import type { Caption } from '../../article/types.js'

/** A block recognised as an image caption or a bare photo credit; `rule` says which convention matched. */
export interface CaptionMatch extends Caption { rule: string; creditOnly: boolean }

// Every convention below contains one of these (©, caption, Image, Photo, Picture, Credit, Getty, /, " via ");
// testing them one by one with indexOf rules out ordinary prose faster than one alternation regex.
const CAPITALISED_MARKER = /Image|Photo|Picture|Credit|Getty/

function hasMarker(s: string): boolean {
  return s.includes('/') || s.includes('©') || hasWordVia(s) || s.includes('caption') || CAPITALISED_MARKER.test(s)
}

/** " via ", found through "via " (a rarer first letter than the space). */
function hasWordVia(s: string): boolean {
  for (let i = s.indexOf('via '); i >= 0; i = s.indexOf('via ', i + 1)) if (i > 0 && s.charCodeAt(i - 1) === 32) return true
  return false
}
const SHARE_PREFIX = /^(?:Facebook Twitter Pinterest|Share on (?:Facebook|Twitter))\s+/
const COPYRIGHT_TAIL = /^(.+?)\s*©\s*([^©]{1,60})$/
const IMAGE_CAPTION = /^Image caption,?\s*(.+)$/i
const IMAGE_SOURCE = /^(?:Image (?:source|copyright)|Getty Images|Media caption),?\s*(.*)$/i
const SLIDESHOW = /^Hide caption\s+(.+?)\s+Previous Next\s+(.+?)(?:\s+\d+ of \d+\b.*)?$/
const TOGGLE = /^(?:Enlarge this image\s+)?toggle caption\s+(.+)$/i
// "… Photo: X/Reuters", "(Photo: X, AFP/Getty Images)", "…meetingImage: X/AP", "[Photo / Xinhua]", "Credit: AP".
const LABELLED_TAIL = /^(.*?)(?:\s*[([]\s*|\s+|(?<=[a-z.]))(?:AP Photo|Photo(?:graph(?:er)?)?|Image|Picture|Credit)\s*(?::|\s\/|\/)\s*([^()[\]:]{1,100}?)\s*[)\]]?\s*$/
const LABEL_WORD = /(?:Photo(?:graph(?:er)?)?|Image|Picture|Credit)\s*[:/]/
// "(Li Tao/Xinhua via AP)", "(AP Photo/Mark Schiefelbein)": a parenthesised agency credit.
const PAREN_CREDIT = /^(.+?)\s*\(([^()]{2,80}?(?:\/|\bvia\s)[^()]{1,60})\)$/
const AGENCIES = ['Getty Images', 'Reuters', 'AFP', 'AP', 'EPA', 'Bloomberg', 'Xinhua', 'Sputnik', 'PA', 'Shutterstock', 'Landov', 'Pool']
const AGENCY_TAIL = new RegExp(`^(.+?)\\s+((?:[\\p{L}.'’ -]+\\/)+\\s*(?:${AGENCIES.join('|')}))$`, 'u')
/** The block ends with an agency name: AGENCY_TAIL backtracks a lot, so it only runs on those. */
const endsWithAgency = (s: string) => AGENCIES.some((a) => s.endsWith(a))

/** Recognises captions by their explicit markers only, so that prose is never taken for a caption. */
export function matchCaption(block: string): CaptionMatch | null {
  if (block.length > 600 || !hasMarker(block)) return null
  const s = block.replace(SHARE_PREFIX, '')
  let m: RegExpExecArray | null
  if ((m = SLIDESHOW.exec(s))) return cap(m[1]!, m[2]!, 'caption.slideshow')
  if ((m = TOGGLE.exec(s))) return credit(halve(m[1]!), 'caption.toggle')
  if ((m = IMAGE_CAPTION.exec(s))) return cap(m[1]!, null, 'caption.image-caption')
  if ((m = IMAGE_SOURCE.exec(s)) && s.length < 120) return credit(m[1]! || 'Getty Images', 'caption.image-source')
  if (s.includes('©') && !/^(?:copyright\b|©)/i.test(s) && (m = COPYRIGHT_TAIL.exec(s)) && !/all rights reserved/i.test(s)) return cap(m[1]!, m[2]!, 'caption.copyright-credit')
  // Cheap guards first: the tail patterns backtrack, so they only run on blocks that can match.
  const slash = s.includes('/')
  if (LABEL_WORD.test(s) && (m = LABELLED_TAIL.exec(s)) && words(m[1]!) <= 80) return m[1]!.trim() ? cap(m[1]!, m[2]!, 'caption.labelled-credit') : credit(m[2]!, 'caption.labelled-credit')
  if ((slash || s.includes(' via ')) && s.endsWith(')') && (m = PAREN_CREDIT.exec(s)) && words(m[2]!) <= 8 && words(m[1]!) <= 80) return cap(m[1]!, m[2]!, 'caption.paren-credit')
  if (slash && endsWithAgency(s) && (m = AGENCY_TAIL.exec(s)) && words(m[1]!) <= 80 && !/[.!?]$/.test(m[2]!)) return cap(m[1]!, m[2]!, 'caption.agency-credit')
  return null
}

function cap(text: string, creditText: string | null, rule: string): CaptionMatch {
  return { text: text.trim().replace(/\s*[|–—-]$/, ''), credit: creditText ? tidy(creditText) : null, rule, creditOnly: false }
}
function credit(creditText: string, rule: string): CaptionMatch {
  return { text: '', credit: tidy(creditText), rule, creditOnly: true }
}
function tidy(s: string): string { return s.replace(/^[\s,:/]+|[\s,.)\]]+$/g, '').replace(/\s*\/\s*/g, '/') }
/** Credits are often printed twice ("X/Getty Images X/Getty Images"). */
function halve(s: string): string {
  const t = s.trim(), h = t.length >> 1
  return t.length % 2 === 1 && t[h] === ' ' && t.slice(0, h) === t.slice(h + 1) ? t.slice(0, h) : t
}
function words(s: string): number { return s.split(/\s+/).filter(Boolean).length }
