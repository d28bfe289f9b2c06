import type { Article, CodedEvent, EventActor, EventReasoning, Modality } from '../../article/index.js'
import { cameoEntry, type CameoCode } from './ontology.js'
import { actorKey, collectMentions, type ActorMention } from './mentions.js'
import { findMatches, selectMatches, type RuleMatch } from './match.js'
import { readModality } from './modality.js'
import { intentCode } from './recode.js'
import { SentenceActors, type RoleFill } from './roles.js'
import type { RuleIndex } from './rules.js'
import { resolveDate } from './when.js'
import { resolvePlace, type PlaceLookup } from './where.js'
import { WordsView } from './words-view.js'

/** An event with its reasoning (what `entente explain` prints). */
export interface DetectedEvent extends CodedEvent { why: EventReasoning }

export interface DetectOutput { events: DetectedEvent[]; noSource: { place: { start: number; end: number }; rule: string }[] }

export interface DetectResources { rules: RuleIndex; cameo: Map<string, CameoCode>; lookupPlace: PlaceLookup }

const COOPERATIVE_INTENT_OK = new Set(['resign'])

function uniqueActors(mentions: ActorMention[]): EventActor[] {
  const seen = new Set<string>()
  const out: EventActor[] = []
  for (const m of mentions) for (const a of m.actors) {
    const k = actorKey(a)
    if (!seen.has(k)) { seen.add(k); out.push(a) }
  }
  return out
}

function clauseEndOffset(view: WordsView, from: number, sentenceEnd: number, fallback: number): number {
  for (let i = from; i < sentenceEnd; i++) {
    const w = view.lower(i)
    if (w === ',' || w === ';' || w === ':') return view.ends[i - 1] ?? fallback
  }
  return fallback
}

/** Finds and codes every event of the article, one sentence at a time; only sentences holding a trigger word are examined. */
export function detectEvents(article: Article, res: DetectResources): DetectOutput {
  const text = article.text
  const tokens = article.spans.tokens
  const sentences = article.spans.sentences ?? []
  const out: DetectOutput = { events: [], noSource: [] }
  if (!tokens || !sentences.length) return out
  const view = WordsView.of(text, tokens)
  let mentions: ActorMention[] | null = null
  const baseDate = article.meta.published?.iso ?? article.options.capturedAt ?? null
  let mi = 0
  for (const sentence of sentences) {
    const first = view.tokenAt(sentence.start)
    const end = view.tokenAt(sentence.end)
    const matches = findMatches(view, res.rules, first, end)
    if (!matches.length) continue
    mentions ??= collectMentions(article, view)
    while (mi < mentions.length && mentions[mi]!.first < first) mi++
    let to = mi
    while (to < mentions.length && mentions[to]!.first < end) to++
    const actors = new SentenceActors(view, mentions, mi, to, first, end)
    for (const match of selectMatches(view, matches, end)) {
      const event = codeMatch(article, view, res, match, actors, sentence, first, end, baseDate)
      if ('noSource' in event) out.noSource.push(event.noSource)
      else out.events.push(event)
    }
  }
  return out
}

function codeMatch(
  article: Article, view: WordsView, res: DetectResources, match: RuleMatch, actors: SentenceActors,
  sentence: { start: number; end: number }, first: number, end: number, baseDate: string | null,
): DetectedEvent | { noSource: DetectOutput['noSource'][number] } {
  const { rule, trigger } = match
  const text = article.text
  const roles = actors.fill(match)
  const triggerSpan = { start: view.starts[trigger]!, end: view.ends[match.end - 1]! }
  if (!roles.source.mentions.length) return { noSource: { place: triggerSpan, rule: rule.id } }
  let source = uniqueActors(roles.source.mentions)
  let target = uniqueActors(roles.target.mentions)
  if (rule.joint) {
    // A joint act ("X and Y met", "X held talks with Y"): every participant is source and target.
    if (target.length || source.length > 1) {
      const all = uniqueActors([...roles.source.mentions, ...roles.target.mentions])
      source = all; target = all
    }
  } else {
    const sourceEntities = new Set(source.map((a) => a.entity).filter(Boolean))
    target = target.filter((a) => !a.entity || !sourceEntities.has(a.entity))
  }
  const sourceLast = Math.max(-1, ...roles.source.mentions.filter((m) => m.last < trigger).map((m) => m.last))
  const { modality, cues } = readModality(view, rule, trigger, first, end, sourceLast)
  let cameo = rule.cameo
  if (!target.length && rule.ifNoTarget) cameo = rule.ifNoTarget
  let recoded: string | null = null
  let type = rule.type ?? null
  let mode = rule.mode ?? null
  if (modality.future && !modality.negated && !modality.hypothetical && !(rule.mode && COOPERATIVE_INTENT_OK.has(rule.mode))) {
    const intent = intentCode(cameo)
    if (intent) { recoded = `stated intent: CAMEO ${cameo} → ${intent}`; cameo = intent; type = null; mode = null }
  }
  const entry = cameoEntry(res.cameo, cameo)
  if (!entry) throw new Error(`events/unknown-cameo: rule ${rule.id} uses CAMEO ${cameo}, which data/cameo/codes.tsv does not list`)
  const evStart = Math.min(triggerSpan.start, ...roles.source.mentions.map((m) => m.start))
  const lastEnd = Math.max(triggerSpan.end, ...roles.target.mentions.map((m) => m.end))
  const evEnd = clauseEndOffset(view, view.tokenAt(lastEnd), end, Math.min(sentence.end, text.length))
  const sentenceText = text.slice(sentence.start, sentence.end)
  const when = resolveDate(sentenceText, baseDate)
  const where = resolvePlace(actors.all, actors.from, view.tokenAt(evStart), view.tokenAt(Math.max(evEnd, lastEnd)), trigger, res.lookupPlace)
  return {
    id: '',
    type: type ?? entry.plover ?? 'UNKNOWN',
    mode: mode ?? entry.mode,
    context: entry.context,
    cameo,
    quadClass: entry.quadClass,
    goldstein: entry.goldstein,
    source,
    target,
    modality,
    evidence: { start: evStart, end: Math.max(evEnd, lastEnd), text: text.slice(evStart, Math.max(evEnd, lastEnd)) },
    date: when.date,
    location: where.location,
    rule: rule.id,
    dictionaryVersion: res.rules.version,
    sentence: { start: sentence.start, end: sentence.end },
    why: {
      trigger: { ...triggerSpan, text: text.slice(triggerSpan.start, triggerSpan.end) },
      pattern: `${rule.kind} pattern "${rule.pattern}"`,
      source: roles.passive ? `passive: ${roles.source.via}` : roles.source.via + describe(roles.source.mentions),
      target: (roles.passive ? `passive subject: ${roles.target.via}` : roles.target.via) + describe(roles.target.mentions),
      cues, recoded, date: when.via, place: where.via,
    },
  }
}

function describe(mentions: ActorMention[]): string {
  return mentions.length ? ` [${mentions.map((m) => m.via).join('; ')}]` : ''
}

export type { Modality }
