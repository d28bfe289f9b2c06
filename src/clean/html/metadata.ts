import type { ArticleMeta } from '../../article/types.js'
import { parseByline, toPeople } from './authors.js'
import { dateFromUrl, toIsoDate } from './dates.js'
import { fold } from './dom.js'
import { findArticleObject, ldNames, ldText, parseJsonLd } from './json-ld.js'
import { firstMeta } from './meta-tags.js'
import { indexPage } from './page-index.js'

export interface PageMeta { meta: Partial<ArticleMeta>; articleBody: string | null; invalidJsonLd: number }

/** Metadata from JSON-LD first, then OpenGraph/`<meta>` tags, then the visible page (h1, bylines, <time>, URL).
 *  `hintDate` (a feed item's date) comes before the day written in the URL.
 *  Must run before pruning: the header, byline and scripts it reads are removed from the body afterwards. */
export function readPageMeta(document: Document, hintUrl: string | null, hintDate: string | null = null): PageMeta {
  const ix = indexPage(document)
  const { objects, invalid } = parseJsonLd(ix.jsonLd)
  const ld = findArticleObject(objects) ?? {}
  const tags = ix.metas
  const siteName = notUrl(firstMeta(tags, 'og:site_name', 'application-name')) ?? ldText((ld.publisher as Record<string, unknown> | undefined)?.name) ?? null
  const canonical = ix.canonical || firstMeta(tags, 'og:url') || ldText(ld.url) || null
  const url = hintUrl ?? canonical
  const h1 = fold(ix.h1?.textContent ?? '') || null
  const ogTitle = stripSite(firstMeta(tags, 'og:title', 'twitter:title'), siteName)
  const headline = fuller(ldText(ld.headline), ogTitle) ?? ogTitle ?? h1 ?? stripSite(fold(document.title ?? ''), siteName)
  const published = toIsoDate(ldText(ld.datePublished))
    ?? toIsoDate(firstMeta(tags, 'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'))
    ?? toIsoDate(ix.time?.getAttribute('datetime'))
    ?? toIsoDate(hintDate) // a feed item's date is more precise than the day in its URL
    ?? dateFromUrl(url)
  const modified = toIsoDate(ldText(ld.dateModified)) ?? toIsoDate(firstMeta(tags, 'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified'))
  let authors = toPeople(ldNames(ld.author))
  if (!authors.length) authors = toPeople([...(tags.get('author') ?? []), ...(tags.get('article:author') ?? []), ...(tags.get('parsely-author') ?? []), ...(tags.get('dc.creator') ?? [])].filter((a) => !/^https?:/.test(a)))
  if (!authors.length) authors = toPeople(bylineNames(ix.bylines))
  const lang = document.documentElement?.getAttribute('lang') || ldText(ld.inLanguage) || firstMeta(tags, 'og:locale', 'content-language', 'language')
  const publisher = ldText((ld.publisher as Record<string, unknown> | undefined)?.name ?? ld.publisher) ?? siteName
  const body = ldText(ld.articleBody)
  const year = Number(ldText(ld.copyrightYear) ?? ld.copyrightYear)
  return {
    meta: {
      headline, authors, publisher, outlet: siteName ?? publisher, url, canonicalUrl: canonical,
      section: firstMeta(tags, 'article:section', 'parsely-section', 'section') ?? ldText(ld.articleSection),
      standfirst: ldText(ld.description) ?? firstMeta(tags, 'og:description', 'description', 'twitter:description'),
      published: { iso: published }, modified,
      language: lang ? lang.trim().split(/[-_]/)[0]!.toLowerCase() || null : null,
      copyrightYear: Number.isInteger(year) && year > 1900 ? year : null,
    },
    articleBody: body,
    invalidJsonLd: invalid,
  }
}

/** Names from visible byline elements ("By Jane Roe and John Doe"). */
function bylineNames(bylines: readonly Element[]): string[] {
  for (const el of bylines) {
    const names = parseByline(fold(el.textContent ?? ''))
    if (names.length) return names
  }
  return []
}

/** "Talks resume in Geneva | The Daily Planet" → "Talks resume in Geneva": drops the site's name after
 *  (or before) a separator; without a known site name, a short last part ("… - Reuters") is taken for it. */
export function stripSite(title: string | null, siteName: string | null): string | null {
  if (!title) return null
  const seps = [...title.matchAll(/\s+[|–—·•-]\s+/g)]
  if (!seps.length) return title
  const site = siteName?.trim().toLowerCase()
  const first = seps[0]!, last = seps[seps.length - 1]!
  const before = title.slice(0, last.index), after = title.slice(last.index + last[0].length)
  if (site && after.toLowerCase() === site) return before
  if (site && title.slice(0, first.index).toLowerCase() === site) return title.slice(first.index + first[0].length)
  if (!site && after.split(' ').length <= 4 && (last[0].includes('|') || before.length > after.length)) return before
  return title
}

function notUrl(s: string | null): string | null {
  return s && !/^https?:\/\//.test(s) ? s : null
}

/** JSON-LD headlines are often cut to 110 characters (a search-engine guideline): take the other title when it
 *  is the same headline, longer. */
function fuller(ldHeadline: string | null, other: string | null): string | null {
  if (!ldHeadline || !other || !(/(?:\.{3}|…)$/.test(ldHeadline) || ldHeadline.length >= 100)) return ldHeadline
  const stem = ldHeadline.replace(/\s*(?:\.{3}|…)$/, '')
  return other.length > stem.length && other.startsWith(stem) ? other : ldHeadline
}
