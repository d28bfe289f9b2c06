import type { InputFormat } from '../article/index.js'

/** Guesses how a text was written, from its extension first and then its shape. */
export function detectFormat(content: string, name = ''): InputFormat {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  const head = content.slice(0, 2000).trimStart()
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) || /<(article|div|p)[\s>][\s\S]*<\/(article|div|p)>/i.test(head)) return 'html'
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(content)) return 'markdown'
  // Clip markers: flattened links, bold markers, "© CREDIT" captions, copyright lines, "N HOURS AGO".
  if (/\]\(#\)|\*\*[^*\n]+\*\*|©|\bAll rights reserved\b|\b\d+ (HOURS?|MINUTES?|DAYS?) AGO\b/.test(content)) return 'clip'
  if (ext === 'md' || ext === 'markdown') return 'markdown'
  return 'text'
}
