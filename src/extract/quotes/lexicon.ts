import { readFileSync } from 'node:fs'

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
  /** A bit set at the `shapeKey` of every cue form: most words are ruled out without slicing them out of the text */
  cueShapes: Uint32Array
  pronouns: Map<string, string>
  /** possessive determiner → the pronoun kind it stands for ("his" → male) */
  possessives: Map<string, string>
  /** nouns whose complement is attributed content ("criticism of", "the claim that") → the words that must follow */
  nominals: Map<string, NominalCue>
  groupNouns: Set<string>
  sourceNouns: Set<string>
  skipBeforeCue: Set<string>
  notClauseStart: Set<string>
  stopWords: Set<string>
  determiners: Set<string>
}

export interface NominalCue { id: string; after: string[] }
interface NominalFile { version: string; entries: { id: string; forms: string[]; after: string[] }[] }

interface CueFile { version: string; entries: (Omit<Cue, 'id' | 'lemma' | 'class'> & { id: string; lemma: string; class: CueClass; forms: string[] })[] }
interface WordFile {
  version: string; pronouns: Record<string, string>; possessives: Record<string, string>; groupNouns: string[]; sourceNouns: string[]
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
      const { forms: _forms, ...cue } = e
      cues.set(form, cue)
    }
  }
  const nominalFile = JSON.parse(readFileSync(new URL('nominal-cues.json', DATA), 'utf8')) as NominalFile
  const nominals = new Map<string, NominalCue>()
  for (const e of nominalFile.entries) {
    for (const form of e.forms) {
      if (nominals.has(form)) throw new Error(`quotes/lexicon: nominal cue "${form}" listed twice (${nominals.get(form)!.id}, ${e.id})`)
      nominals.set(form, { id: e.id, after: e.after })
    }
  }
  cached = {
    version: `${cueFile.version}.${words.version}.${nominalFile.version}`,
    cues,
    cueShapes: shapeTable([...cues.keys(), ...nominals.keys()]),
    pronouns: new Map(Object.entries(words.pronouns)),
    possessives: new Map(Object.entries(words.possessives)),
    nominals,
    groupNouns: new Set(words.groupNouns),
    sourceNouns: new Set(words.sourceNouns),
    skipBeforeCue: new Set(words.skipBeforeCue),
    notClauseStart: new Set(words.notClauseStart),
    stopWords: new Set(words.stopWords),
    determiners: new Set(words.determiners),
  }
  return cached
}

// Two sets of 2^15 bits (8 KB in all): the table stays in the CPU cache even when other stages run between two articles.
function shapeTable(words: Iterable<string>): Uint32Array {
  const table = new Uint32Array(2 << 10)
  for (const w of words) {
    if (w.length < 2 || w.length > 31) continue
    const [outer, inner] = shapeKeys(w, 0, w.length)
    table[outer >>> 5]! |= 1 << (outer & 31)
    table[1024 + (inner >>> 5)]! |= 1 << (inner & 31)
  }
  return table
}

/** True when a word of this shape may be a cue form: its length with its outer letters, and with the letters next to them, were seen in a cue. */
export function maybeCue(table: Uint32Array, text: string, start: number, end: number): boolean {
  const n = end - start
  if (n < 2 || n > 31) return false
  const outer = (n << 10) | ((text.charCodeAt(start) & 31) << 5) | (text.charCodeAt(end - 1) & 31)
  if ((table[outer >>> 5]! & (1 << (outer & 31))) === 0) return false
  const inner = (n << 10) | ((text.charCodeAt(start + 1) & 31) << 5) | (text.charCodeAt(end - 2) & 31)
  return (table[1024 + (inner >>> 5)]! & (1 << (inner & 31))) !== 0
}

/** Length and letters packed in 15 bits each (letters a–z; other characters fold to their low bits). */
function shapeKeys(w: string, start: number, end: number): [number, number] {
  const n = end - start
  return [(n << 10) | ((w.charCodeAt(start) & 31) << 5) | (w.charCodeAt(end - 1) & 31), (n << 10) | ((w.charCodeAt(start + 1) & 31) << 5) | (w.charCodeAt(end - 2) & 31)]
}
