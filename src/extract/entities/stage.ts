import type { Article, Entity } from '../../article/index.js'
import { loadKb } from '../../kb/index.js'
import { defineStage } from '../../pipeline/define-stage.js'
import { gazetteer } from './gazetteer.js'
import { lexicon } from './lexicon.js'
import { recognizeEntities } from './recognize.js'

/** The date actors are resolved at: the article's publication date, else when it was captured, else today. */
export function articleDate(article: Article): string {
  return article.meta.published.iso ?? article.options.capturedAt ?? new Date().toISOString()
}

export const entitiesStage = defineStage<Entity[]>({
  name: 'entities',
  version: '1',
  description: 'People, organisations, places, groups and named events with every mention, coreference and dated actor codes (knowledge base in data/kb).',
  requires: ['text', 'spans.sentences', 'spans.tokens'],
  provides: ['spans.entities'],
  // Load the KB and build the name index once, when the pipeline is created, not inside the first article's time.
  // A KB that cannot load is left for compute to report as this stage's failure, so other stages still run.
  init() {
    try { gazetteer(loadKb()); lexicon() } catch { /* reported per article by compute */ }
  },
  compute(article) {
    const tokens = article.spans.tokens
    if (!tokens) return []
    return recognizeEntities(article.text, tokens, article.spans.sentences ?? [], loadKb(), articleDate(article))
  },
  apply(article, entities) {
    article.spans.entities = entities
  },
})
