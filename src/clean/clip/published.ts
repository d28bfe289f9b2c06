import { findRelative, parseDate } from './dates.js'

export interface PublishedLine { kind: 'published' | 'modified'; iso: string | null; relative: string | null }

const LABEL = /^(published|first published|posted|updated|last updated|last modified|modified)\b\s*(?:on|at)?\s*:?\s*/i

/** A block that is only a publication time: "Published 4 February 2022", "Updated 4 Feb 2022 14:05 GMT", "2 days ago", "February 4, 2022". */
export function parsePublishedLine(text: string, capturedAt: string | null): PublishedLine | null {
  if (text.length > 120 || !/\d/.test(text)) return null
  const label = LABEL.exec(text)
  const rest = label ? text.slice(label[0].length) : text
  const kind = label && /updated|modified/i.test(label[1]!) ? 'modified' : 'published'
  const rel = findRelative(rest, capturedAt)
  if (rel && rest.replace(rel.text, '').replace(/[\s·•|,.:-]+/g, '') === '') return { kind, iso: rel.iso, relative: rel.text }
  const d = parseDate(rest)
  if (!d) return null
  if (d.leftover > (label ? 2 : 0)) return null
  return { kind, iso: d.iso, relative: null }
}
