import type { Entity, Mention, Speaker } from '../../article/index.js'
import type { QuoteLexicon } from './lexicon.js'
import { dashEndingAt, isPossessive, phraseEndingAt, type Phrase } from './phrase.js'
import type { TokenView } from './token-view.js'

const TITLES = /^(presidents?|prime|ministers?|foreign|mr\.?|mrs\.?|ms\.?|dr\.?|gen\.?|sen\.?|rep\.?|gov\.?|chancellor|premier|secretary|king|queen|prince|crown|sheikh|pope|general|senator|governor|mayor|chairman|chairwoman|chief|judge|justice|ambassador|commissioner|director|spokesman|spokeswoman|sir|lord|lady|dame|rev\.?|representative|congressman|congresswoman|minister|deputy|vice|emir|ayatollah|archbishop|cardinal|colonel|col\.?|lt\.?|capt\.?|maj\.?|sgt\.?|adm\.?|prof\.?|professor)$/

const ABBREVIATIONS = /^(jr|sr|inc|corp|ltd|co|gov|sen|rep|gen|col|capt|lt|maj|sgt|adm|prof|rev|mass|calif|fla|tex|ariz|colo|conn|penn|wash|mich|minn|okla|tenn|wis|nev|ore|ind|ill)\.$/i

// How far back (characters) a pair named together can be the antecedent of "they".
const MAX_GROUP_DISTANCE = 1500

interface IndexedMention { start: number; end: number; entity: Entity; mention: Mention }

/** The same speaker named by another mention, as a literal in the order every speaker is made in (a spread copy,
 *  { ...s, mention }, took another object shape, and the code reading speakers was deoptimised for it). */
function withMention(s: Speaker, mention: Mention | null): Speaker {
  return { entity: s.entity, name: s.name, mention, kind: s.kind }
}

/** Each speaker with this mention, in a list built by push: speaker lists come from several places, and `.map` over
 *  one of another array kind than the code had seen deoptimised resolvePhrase each time. */
function allWithMention(list: readonly Speaker[], mention: Mention | null): Speaker[] {
  const out: Speaker[] = []
  for (let i = 0; i < list.length; i++) out.push(withMention(list[i]!, mention))
  return out
}

/**
 * Turns speaker phrases into speakers: linked to the entity layer when an entity mention lies in
 * the phrase, pronouns and group phrases resolved to the last fitting speaker, and unnamed
 * sources ("a senior official", "state media") kept as sources without inventing a person.
 */
export class SpeakerResolver {
  private indexed: IndexedMention[] | null = null
  private lastPerson: Speaker | null = null
  /** Recent person speakers, latest first, for he/she. */
  private persons: Speaker[] = []
  /** Gender learned from honorifics ("Mrs. Clinton") or from an earlier he/she resolved to the speaker. */
  private readonly genders = new Map<string, 'male' | 'female'>()
  private lastGroup: Speaker[] | null = null
  private lastOrg: Speaker | null = null

  constructor(private readonly v: TokenView, private readonly lex: QuoteLexicon, private readonly entities: readonly Entity[]) {}

  /** Entity mentions in text order, indexed on first use (an article whose quotes need no entity skips it). */
  private get mentions(): IndexedMention[] {
    if (this.indexed) return this.indexed
    const out: IndexedMention[] = []
    for (const entity of this.entities) for (const mention of entity.mentions) out.push({ start: mention.start, end: mention.end, entity, mention })
    out.sort((a, b) => a.start - b.start)
    this.indexed = out
    return out
  }

  /** Speakers named by a phrase (several for "Xi and Putin"); remembers them for later pronouns. */
  resolve(p: Phrase): Speaker[] {
    const out = this.resolvePhrase(p)
    this.remember(out)
    return out
  }

  remember(speakers: Speaker[]): void {
    if (speakers.length > 1) { this.lastGroup = speakers; return }
    const s = speakers[0]
    if (!s) return
    if (s.kind === 'person') {
      this.lastPerson = s
      const key = keyOf(s)
      this.persons = [s, ...this.persons.filter((p) => keyOf(p) !== key)].slice(0, 6)
      const g = this.honorificGender(s)
      if (g && key) this.genders.set(key, g)
    }
    else if (s.kind === 'organisation' || s.kind === 'group') this.lastOrg = s
  }

  private resolvePhrase(p: Phrase): Speaker[] {
    const v = this.v
    const cs = v.start(p.start), ce = v.end(p.end - 1)
    const mention = this.mentionOf(p.start, p.end)
    if (p.end - p.start === 1) {
      // "they’ve", "he's": a pronoun written with its auxiliary.
      const word = v.lower(p.start).replace(/['’](ve|s|d|ll|re|m)$/, '')
      const pronoun = this.lex.pronouns.get(word) ?? this.lex.possessives.get(v.lower(p.start))
      if (pronoun === 'relative') {
        // "Alder, who chairs the committee, said …": the speaker is the phrase before "who"; the mention stays "who".
        let j = p.start - 1
        if (j >= 0 && v.is(j, ',')) j--
        else if (j >= 0 && dashEndingAt(v, j)) j -= dashEndingAt(v, j) // "Trump - who previously said …"
        const ante = j >= 0 ? phraseEndingAt(v, this.lex, Math.max(0, j - 12), j) : null
        if (ante && !(ante.end - ante.start === 1 && this.lex.pronouns.has(v.lower(ante.start)))) return allWithMention(this.resolvePhrase(ante), mention)
      }
      if (pronoun) return this.resolvePronoun(pronoun, mention)
    }
    const linked = this.linked(cs, ce)
    if (linked.length) return linked
    // "the two leaders", "both countries" after a joint statement: the last joint speakers.
    const headWord = v.lower(p.end - 1)
    if (this.lex.groupNouns.has(headWord) && /^(the|both|two)$/.test(v.lower(p.start))) {
      const group = this.lastGroup ?? this.coordinatedPersonsBefore(cs)
      if (group) return allWithMention(group, mention)
    }
    const heads: Speaker[] = []
    for (const part of p.parts) { const s = this.unlinked(part.start, part.end); if (s !== null) heads.push(s) }
    if (heads.length) return heads
    const head = v.lower(p.end - 1)
    if (this.lex.groupNouns.has(head) && this.lastGroup) return allWithMention(this.lastGroup, mention)
    return [{ entity: null, name: this.plainName(p.start, p.end), mention, kind: 'source' }]
  }

  private resolvePronoun(kind: string, mention: Mention): Speaker[] {
    if (kind === 'male' || kind === 'female') {
      // The latest person not known to be of the other gender.
      const fitting = this.persons.find((p) => { const g = this.genders.get(keyOf(p)); return !g || g === kind })
      const last = fitting ?? this.lastPerson ?? this.lastPersonMentionBefore(mention.start)
      if (last && keyOf(last)) this.genders.set(keyOf(last), kind as 'male' | 'female')
      return [last ? withMention(last, mention) : { entity: null, name: null, mention, kind: 'person' }]
    }
    if (kind === 'plural') {
      if (this.lastGroup) return allWithMention(this.lastGroup, mention)
      const pair = this.coordinatedPersonsBefore(mention.start)
      if (pair) return allWithMention(pair, mention)
      if (this.lastOrg) return [withMention(this.lastOrg, mention)]
    }
    if (kind === 'thing' && this.lastOrg) return [withMention(this.lastOrg, mention)]
    return [{ entity: null, name: null, mention, kind: 'source' }]
  }

  /** Entity mentions inside the phrase: people first; organisations and groups; a place only as the whole head ("Beijing said"). */
  private linked(cs: number, ce: number): Speaker[] {
    const hits = this.overlapping(cs, ce)
    const persons = hits.filter((h) => h.entity.type === 'PERSON')
    const chosen = persons.length ? persons
      : hits.filter((h) => h.entity.type === 'ORG' || h.entity.type === 'GROUP' || (h.entity.type === 'PLACE' && h.end >= ce - 2 && !isPossessive(this.v.text.slice(h.start, h.end + 2))))
    const seen = new Set<string>()
    const out: Speaker[] = []
    for (const h of chosen) {
      if (seen.has(h.entity.id)) continue
      seen.add(h.entity.id)
      out.push({
        entity: h.entity.id, name: h.entity.name,
        mention: { start: h.start, end: h.end, text: this.v.text.slice(h.start, h.end), kind: h.mention.kind },
        kind: h.entity.type === 'PERSON' ? 'person' : h.entity.type === 'GROUP' ? 'group' : 'organisation',
      })
    }
    return out
  }

  /** Without an entity: the last run of capitalised words of the part ("foreign minister Sergei Lavrov" → Sergei Lavrov). */
  private unlinked(s: number, e: number): Speaker | null {
    const v = this.v
    let end = e
    for (let k = s + 1; k < e; k++) if (v.lower(k) === 'of' && v.isCapital(k - 1)) { end = k; break } // "Xi Jinping of China"
    let k = end - 1
    while (k >= s && !(v.isCapital(k) && !this.lex.determiners.has(v.lower(k)))) k--
    if (k < s) return null
    const runEnd = k + 1
    while (k - 1 >= s && v.isCapital(k - 1) && !this.lex.determiners.has(v.lower(k - 1))) k--
    let a = k
    // Titles before a name are not part of it ("Presidents Xi Jinping", "Foreign Minister Lavrov").
    while (a < runEnd - 1 && TITLES.test(v.lower(a))) a++
    const headLower = v.lower(e - 1)
    if (!v.isCapital(e - 1) && !this.lex.pronouns.has(headLower)) {
      // "Chinese state media", "Russia's foreign ministry": a source named by a description.
      const full = this.mentionOf(s, e)
      const indefinite = /^(a|an|some|several|many|two|three|one)$/.test(v.lower(s)) || /s$/.test(headLower) && !v.isCapital(s)
      return { entity: null, name: this.plainName(s, e), mention: full, kind: indefinite ? 'source' : 'organisation' }
    }
    const last = v.raw(runEnd - 1)
    // A sentence's period the tokenizer left on a closing name ("…, said Per Lind."), not an initial or abbreviation ("Jr.").
    const period = last.length > 3 && last.endsWith('.') && !last.slice(0, -1).includes('.') && !ABBREVIATIONS.test(last) && runEnd === e
    const endChar = isPossessive(last) ? v.end(runEnd - 1) - 2 : period ? v.end(runEnd - 1) - 1 : v.end(runEnd - 1)
    const start = v.start(a)
    const text = v.text.slice(start, endChar)
    const afterThe = a > s && v.lower(a - 1) === 'the'
    return { entity: null, name: text, mention: { start, end: endChar, text }, kind: afterThe ? 'organisation' : 'person' }
  }

  private honorificGender(s: Speaker): 'male' | 'female' | null {
    const m = s.mention
    if (!m) return null
    const before = this.v.text.slice(Math.max(0, m.start - 6), m.start).toLowerCase()
    if (/\bmr\.? $/.test(before)) return 'male'
    if (/\b(mrs|ms|miss)\.? $/.test(before)) return 'female'
    return null
  }

  /** "Putin and his Chinese counterpart Xi Jinping have shown …": the last two people named together, for "they". */
  private coordinatedPersonsBefore(offset: number): Speaker[] | null {
    let i = this.mentions.length - 1
    while (i >= 0 && this.mentions[i]!.start >= offset) i--
    for (; i > 0 && offset - this.mentions[i]!.start < MAX_GROUP_DISTANCE; i--) {
      const second = this.mentions[i]!
      if (second.entity.type !== 'PERSON') continue
      let k = i - 1
      while (k >= 0 && (this.mentions[k]!.entity.type !== 'PERSON' || this.mentions[k]!.entity.id === second.entity.id) && second.start - this.mentions[k]!.end <= 60) k--
      if (k < 0) return null
      const first = this.mentions[k]!
      const between = this.v.text.slice(first.end, second.start)
      if (first.entity.type !== 'PERSON' || between.length > 60 || /[.!?;]/.test(between) || !/\band\b/.test(between)) continue
      return [first, second].map((m) => ({ entity: m.entity.id, name: m.entity.name, mention: null, kind: 'person' as const }))
    }
    return null
  }

  private lastPersonMentionBefore(offset: number): Speaker | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!
      if (m.start < offset && m.entity.type === 'PERSON') return { entity: m.entity.id, name: m.entity.name, mention: null, kind: 'person' }
    }
    return null
  }

  private overlapping(cs: number, ce: number): IndexedMention[] {
    const out: IndexedMention[] = []
    let lo = 0, hi = this.mentions.length
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.mentions[mid]!.end <= cs) lo = mid + 1; else hi = mid }
    // mentions are sorted by start; scan back a little for long mentions starting before cs
    for (let i = Math.max(0, lo - 4); i < this.mentions.length && this.mentions[i]!.start < ce; i++) {
      const m = this.mentions[i]!
      if (m.end > cs && m.start < ce) out.push(m)
    }
    return out
  }

  private mentionOf(s: number, e: number): Mention {
    const start = this.v.start(s), end = this.v.end(e - 1)
    return { start, end, text: this.v.text.slice(start, end) }
  }

  private plainName(s: number, e: number): string {
    let a = s
    while (a < e - 1 && /^(a|an|the)$/.test(this.v.lower(a))) a++
    return this.v.text.slice(this.v.start(a), this.v.end(e - 1))
  }
}

function keyOf(s: Speaker): string { return s.entity ?? s.name ?? '' }
