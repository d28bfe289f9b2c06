export interface Copyright { publisher: string | null; year: number | null }

const COPYRIGHT = /^(?:copyright\b|©|\(c\))\s*(?:©\s*)?(?:(\d{4})\b\s*)?(.*?)\s*(?:\b(\d{4}))?\s*[.,]?\s*(?:all rights reserved\.?)?$/i

/** "Copyright The Financial Times Limited 2022. All rights reserved." / "© 2022 Reuters" → publisher and year. */
export function parseCopyright(text: string): Copyright | null {
  if (text.length > 200 || !/^(copyright\b|©|\(c\))/i.test(text)) return null
  const m = COPYRIGHT.exec(text)
  if (!m) return null
  const year = Number(m[1] ?? m[3]) || null
  const publisher = m[2]!.replace(/^[\s©,.:-]+|[\s,.:-]+$/g, '').replace(/^(by|the property of)\s+/i, '')
  if (!publisher && !year) return null
  return { publisher: publisher || null, year }
}
