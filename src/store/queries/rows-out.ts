import type { Selectable } from 'kysely'
import type { ArticlesTable, EventsTable, QuotesTable } from '../schema.js'
import type { ArticleSummary, StoredEvent, StoredQuote } from '../store.js'

// Table rows → the public shapes of store.ts.

export const ARTICLE_SUMMARY_COLUMNS = ['id', 'source', 'outlet', 'headline', 'url', 'published', 'content_hash', 'events', 'quotes', 'cluster_id', 'ingested_at'] as const
type ArticleRow = Pick<Selectable<ArticlesTable>, (typeof ARTICLE_SUMMARY_COLUMNS)[number]>

export function toArticleSummary(r: ArticleRow): ArticleSummary {
  return {
    id: Number(r.id), source: r.source, outlet: r.outlet, headline: r.headline, url: r.url, published: r.published,
    contentHash: r.content_hash, events: Number(r.events), quotes: Number(r.quotes),
    cluster: r.cluster_id == null ? null : Number(r.cluster_id), ingestedAt: r.ingested_at,
  }
}

export type EventRowOut = Selectable<EventsTable> & { url: string | null; headline: string | null; added_at: string | null; m_mentions: number | null; m_articles: number | null; m_sources: number | null }

export function toStoredEvent(r: EventRowOut): StoredEvent {
  return {
    id: Number(r.id), articleId: Number(r.article_id), eventId: r.event_id, type: r.type, mode: r.mode, cameo: r.cameo,
    quadClass: Number(r.quad_class), goldstein: Number(r.goldstein),
    source: r.source, sourceName: r.source_name, sourceCountry: r.source_country,
    target: r.target, targetName: r.target_name, targetCountry: r.target_country,
    date: r.day, outlet: r.outlet,
    modality: { negated: !!r.negated, hypothetical: !!r.hypothetical, future: !!r.future, reported: !!r.reported },
    evidence: { text: r.evidence_text, start: Number(r.evidence_start), end: Number(r.evidence_end) },
    rule: r.rule, location: r.location, url: r.url, headline: r.headline,
    context: JSON.parse(r.context || '[]') as string[],
    merged: r.merged_id == null ? null : { id: Number(r.merged_id), numMentions: Number(r.m_mentions ?? 0), numArticles: Number(r.m_articles ?? 0), numSources: Number(r.m_sources ?? 0) },
    addedAt: r.added_at ?? '',
  }
}

export type QuoteRowOut = Selectable<QuotesTable> & { headline: string | null; published: string | null; outlet: string | null }

export function toStoredQuote(r: QuoteRowOut): StoredQuote {
  return {
    id: Number(r.id), articleId: Number(r.article_id), text: r.text, direct: !!r.direct,
    speakerName: r.speaker_name, speakerEntity: r.speaker_entity, speakerCode: r.speaker_code, cue: r.cue,
    start: Number(r.start_offset), end: Number(r.end_offset), headline: r.headline, published: r.published, outlet: r.outlet,
  }
}
