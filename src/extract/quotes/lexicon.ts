import { readFileSync } from 'node:fs'
import { WordFilter } from '../word-filter.js'

// The quote lexicons are versioned data (data/quotes/*.json); loaded once per process.
const DATA = new URL('../../../data/quotes/', import.meta.url)

/** `raising`: seem/appear, an impression held by no one named ("the plan seems to work"). */
export type CueClass = 'speech' | 'belief' | 'intention' | 'evaluative' | 'source' | 'raising'
/**
 * `object`: a stance verb whose object is the attributed content ("supported the bill").
 * `infinitive`: a verb of intention whose `to`-clause is the content ("plans to run", "declined to comment").
 * `bare`: a belief verb that reports a clause without "that" ("thinks Smith will win").
 */
export interface Cue { id: string; lemma: string; class: CueClass; object?: boolean; objectAfter?: string[]; infinitive?: boolean; bare?: boolean }

export interface QuoteLexicon {
  version: string
  /** lower-cased word form → cue */
  cues: Map<string, Cue>
  /** Broad forms (candidate-cues.json) whose occurrences the learned filter (filter.ts) keeps or drops one by one */
  candidates: Map<string, Cue>
  /** Participles that report a perception held by no one named after "be" ("is widely seen as", "is believed to") */
  passiveForms: Set<string>
  /** Every cue and nominal-cue form: most tokens are ruled out without slicing them out of the text */
  cueFilter: WordFilter
  /** The same with the candidate forms, for when the learned filter adds */
  candidateFilter: WordFilter
  pronouns: Map<string, string>
  /** possessive determiner → the pronoun kind it stands for ("his" → male) */
  possessives: Map<string, string>
  /** nouns whose complement is attributed content ("criticism of", "the claim that") → the words that must follow */
  nominals: Map<string, NominalCue>
  groupNouns: Set<string>
  sourceNouns: Set<string>
  /** Polls and studies whose findings a sentence-initial "In …," attributes ("In a poll released Monday, …") */
  sourceContainers: Set<string>
  /** Occasions of speaking ("in an interview", "at a rally"): a phrase naming one ends an object or clause */
  speechEvents: Set<string>
  skipBeforeCue: Set<string>
  notClauseStart: Set<string>
  stopWords: Set<string>
  determiners: Set<string>
}

export interface NominalCue { id: string; after: string[] }
interface NominalFile { version: string; entries: { id: string; forms: string[]; after: string[] }[] }

interface CueFile { version: string; passiveForms: string[]; entries: (Omit<Cue, 'id' | 'lemma' | 'class'> & { id: string; lemma: string; class: CueClass; forms: string[] })[] }
/** Cue forms counted over the PolNeAR train split (scripts/derive-quote-cues.ts); counts are kept for provenance only. */
interface DerivedCueFile { version: string; entries: { id: string; form: string; class: CueClass; infinitive?: boolean; object?: boolean }[] }
interface WordFile {
  version: string; pronouns: Record<string, string>; possessives: Record<string, string>; groupNouns: string[]; sourceNouns: string[]; sourceContainers: string[]; speechEvents: string[]
  skipBeforeCue: string[]; notClauseStart: string[]; stopWords: string[]; determiners: string[]
}

let cached: QuoteLexicon | null = null

export function loadQuoteLexicon(): QuoteLexicon {
  if (cached) return cached
  const cueFile = JSON.parse(readFileSync(new URL('cues.json', DATA), 'utf8')) as CueFile
  const words = JSON.parse(readFileSync(new URL('speaker-words.json', DATA), 'utf8')) as WordFile
  const cues = new Map<string, Cue>()
  for (const e of cueFile.entries) {
    for (const form of e.forms) {
      if (cues.has(form)) throw new Error(`quotes/lexicon: cue form "${form}" listed twice (${cues.get(form)!.id}, ${e.id})`)
      // Every field named, in one order: entries give only the options they use, and cues of a dozen shapes made
      // each cue field read by the reported-speech pass megamorphic.
      cues.set(form, { id: e.id, lemma: e.lemma, class: e.class, object: e.object, objectAfter: e.objectAfter, infinitive: e.infinitive, bare: e.bare })
    }
  }
  const nominalFile = JSON.parse(readFileSync(new URL('nominal-cues.json', DATA), 'utf8')) as NominalFile
  const derivedFile = JSON.parse(readFileSync(new URL('derived-cues.json', DATA), 'utf8')) as DerivedCueFile
  const candidateFile = JSON.parse(readFileSync(new URL('candidate-cues.json', DATA), 'utf8')) as DerivedCueFile
  const nominals = new Map<string, NominalCue>()
  for (const e of nominalFile.entries) {
    for (const form of e.forms) {
      if (nominals.has(form)) throw new Error(`quotes/lexicon: nominal cue "${form}" listed twice (${nominals.get(form)!.id}, ${e.id})`)
      nominals.set(form, { id: e.id, after: e.after })
    }
  }
  // Hand-written cues and nouns keep their own treatment; a derived form only fills a gap.
  for (const { id, form, class: cls, infinitive, object } of derivedFile.entries) {
    if (cues.has(form) || nominals.has(form)) continue
    cues.set(form, { id, lemma: form, class: cls, object: object || undefined, objectAfter: undefined, infinitive: infinitive || undefined, bare: undefined })
  }
  // Candidate forms are no cues to the other rules (clause ends, phrase edges): only findReported reads them, through the filter.
  const candidates = new Map<string, Cue>()
  for (const { id, form, class: cls, infinitive, object } of candidateFile.entries) {
    if (cues.has(form) || nominals.has(form)) continue
    candidates.set(form, { id, lemma: form, class: cls, object: object || undefined, objectAfter: undefined, infinitive: infinitive || undefined, bare: undefined })
  }
  cached = {
    version: `${cueFile.version}.${words.version}.${nominalFile.version}.${derivedFile.version}.${candidateFile.version}`,
    cues,
    candidates,
    passiveForms: new Set(cueFile.passiveForms),
    cueFilter: new WordFilter([...cues.keys(), ...nominals.keys(), ...cueFile.passiveForms]),
    candidateFilter: new WordFilter([...cues.keys(), ...candidates.keys(), ...nominals.keys(), ...cueFile.passiveForms]),
    pronouns: new Map(Object.entries(words.pronouns)),
    possessives: new Map(Object.entries(words.possessives)),
    nominals,
    groupNouns: new Set(words.groupNouns),
    sourceNouns: new Set(words.sourceNouns),
    sourceContainers: new Set(words.sourceContainers),
    speechEvents: new Set(words.speechEvents),
    skipBeforeCue: new Set(words.skipBeforeCue),
    notClauseStart: new Set(words.notClauseStart),
    stopWords: new Set(words.stopWords),
    determiners: new Set(words.determiners),
  }
  return cached
}
