import type { InputFormat } from '../article/index.js'

const CLIP_HEAD = /^(?:By [A-Z][\w'’.-]+ [A-Z]|(?:Published|Updated|Last updated)\b.{0,40}\d{4}|[A-Z][A-Z .'’-]{2,40}(?:, [A-Z][a-z]+)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? \([A-Za-z .]{2,30}\) ?[-–—]|Image (?:caption|source|copyright)\b|(?:(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\w*,? )?(?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}),? \d{4}(?: [\d:.]+ ?(?:[AP]M|GMT|BST|UTC|ET))?$|.{10,300}\b(?:Photograph|Photo|Credit): [^\n]{2,60}$)/m
const CLIP_FIELD = /^(?:TITLE|URL|DATE|AUTHOR|SOURCE|OUTLET): \S/gm

/** Guesses how a text was written, from its extension first and then its shape. */
export function detectFormat(content: string, name = ''): InputFormat {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  const head = content.slice(0, 2000).trimStart()
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) || /<(article|div|p)[\s>][\s\S]*<\/(article|div|p)>/i.test(head)) return 'html'
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(content)) return 'markdown'
  // Clip markers: flattened links, bold markers, "© CREDIT" captions, copyright lines, "N HOURS AGO".
  if (/\]\(#\)|\*\*[^*\n]+\*\*|©|\bAll rights reserved\b|\b\d+ (HOURS?|MINUTES?|DAYS?) AGO\b/.test(content)) return 'clip'
  // Page furniture near the top: a byline, a published line, a wire dateline, a BBC image caption, a date line, a credited photo caption, a clipper's KEY: value header.
  if (CLIP_HEAD.test(head) || (head.match(CLIP_FIELD) ?? []).length >= 2) return 'clip'
  if (ext === 'md' || ext === 'markdown') return 'markdown'
  return 'text'
}
