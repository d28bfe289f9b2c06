import type { ActorMention } from './mentions.js'
import { coordinatedClause, type RuleMatch } from './match.js'
import { BE, BREAKS, COORDINATION, DETERMINERS, PREPOSITIONS, REPORTING, REPORTING_STOP, SOFT } from './words.js'
import { AFTER, ARGUMENT_PREPOSITIONS, AUX, BARE_SUBJECT_OPENERS, BODY_NOUNS, CIRCUMSTANCE, CLAUSE_OPENERS, DASHES,
  FORCES, FORCE_POSTURE_ROOTS, MEASURE_WORDS, PHRASAL_PARTICLES, TELLING, WH_WORDS, INSTRUMENT_VERBS, JOIN, JUDGING_VERBS, LINK_DETERMINERS, MODALS, OBJECT_PRONOUNS, OF,
  OFFICIAL, OF_ARGUMENT_HEADS, PARTICIPLE, PEOPLE, PHYSICAL_ROOTS, PLAN_NOUNS, POSSESSIVE_PRONOUNS, PRONOUNS,
  QUANTIFIERS, SPEECH_VERBS, STANCE, STANCE_ROOTS, SUBORDINATORS, THING_DETERMINERS, THING_HEADS, THING_PREPOSITIONS } from './role-words.js'
import type { WordsView } from './words-view.js'

/** The mentions that fill one role, and how they were found (for `explain`). */
export interface RoleFill { mentions: ActorMention[]; via: string; /** the word before the first mention ("with" marks a partner) */ prep: string | undefined }

/** The mentions' texts in quotation marks, joined by " + ", in one shared loop: \`.map().join()\` at each call site met
 *  lists of several array kinds and deoptimised the function around it. */
export function quotedTexts(mentions: readonly ActorMention[]): string {
  let out = ''
  for (let k = 0; k < mentions.length; k++) out += `${k ? ' + ' : ''}"${mentions[k]!.text}"`
  return out
}

/** Every RoleFill is built here, its fields in one order: literals with and without \`prep\` and spread copies took
 *  several object shapes, and each one met late in a run deoptimised the code reading roles (codeMatch, detectEvents). */
export function roleFill(mentions: ActorMention[], via: string, prep?: string): RoleFill {
  return { mentions, via, prep }
}
export interface Roles { source: RoleFill; target: RoleFill; passive: boolean }

const NONE: RoleFill = roleFill([], 'none found')
const WINDOW = 16

/** Mentions in one sentence, with token positions, searched around a trigger. */
export class SentenceActors {
  constructor(readonly view: WordsView, readonly all: ActorMention[], readonly from: number, readonly to: number, readonly first: number, readonly end: number) {}

  private isPossessive(m: ActorMention): boolean {
    const w = this.view.lower(m.last)
    return w.endsWith("'s") || w.endsWith("s'") || this.view.lower(m.last + 1) === "'s" || this.view.lower(m.last + 1) === "'"
  }

  // After "of" the actor acts when "of" follows a title or a group of people ("leaders of the two countries agreed",
  // "Xi Jinping of China"), not when it follows an event noun ("expansion of Nato").
  private prepositional(m: ActorMention): boolean {
    // "according to the Polish Press Agency (PAP)": a name in brackets right after another shares its place in the clause.
    if (this.view.lower(m.first - 1) === '(') {
      for (let k = this.from; k < this.to; k++) if (this.all[k]!.last === m.first - 2) return this.prepositional(this.all[k]!)
    }
    const p1 = this.view.lower(m.first - 1)
    const at = p1 === 'the' ? m.first - 2 : m.first - 1
    const prep = this.view.lower(at)
    if (prep === 'of') return !(PEOPLE.has(this.view.lower(at - 1)) || this.isTitleWord(at - 1))
    // "monitors from the OSCE", "troops from Chad": people from somewhere act for it.
    if (prep === 'from' && PEOPLE.has(this.view.lower(at - 1))) return false
    // "using Twitter to show support": the object of an instrument verb is a tool, not the one who acts.
    return PREPOSITIONS.has(prep) || INSTRUMENT_VERBS.has(prep)
  }

  /** The subject of the verb at `t`: the nearest actor before it that is not the object of a preposition, with its coordinated partners. */
  subjectBefore(t: number, isNoun: boolean, stopAt = this.first): RoleFill {
    // A possessor or adjective right before a noun or gerund is its agent: "Beijing's backing", "Russian pressure", "China's hosting".
    const gerund = !isNoun && this.view.lower(t).endsWith('ing')
    for (let k = this.to - 1; k >= this.from; k--) {
      const m = this.all[k]!
      if (m.last >= t) continue
      // "China's increased military buildup": a possessor may stand a few adjectives before the noun.
      const near = this.isPossessive(m) ? m.last >= t - 4 && this.onlyLowerWords(m.last + 1, t) : isNoun && m.last === t - 1
      if ((isNoun || gerund) && m.actors.length && near) return roleFill([m], `possessor "${m.text}" of the event noun`)
      break
    }
    const relative = this.relativeAntecedent(t, stopAt)
    if (relative) return relative
    // "the statement urged", "the report accused": the verb's subject is a thing no actor is named in.
    const thing = isNoun || gerund ? -1 : this.thingSubject(t, stopAt) // "issued a declaration demanding …" demands through its issuer
    if (thing >= 0) return roleFill([], `the subject "${this.view.raw(thing)}" is no actor`)
    const apposition = this.appositionStart(t, stopAt)
    if (apposition >= 0) {
      const head = this.subjectBefore(apposition, false, stopAt)
      if (head.mentions.length) return roleFill(head.mentions, `${head.via} (before the apposition)`)
    }
    const pronoun = this.reportedPronoun(t, stopAt)
    if (pronoun >= 0) {
      const speaker = this.subjectBefore(pronoun, false, stopAt)
      if (speaker.mentions.length) return roleFill(speaker.mentions, `"${this.view.raw(pronoun + 1)}" after "${this.view.raw(pronoun)}" refers to ${speaker.via}`)
    }
    let reported = -2 // found on first need: most searches end before it matters
    for (let k = this.to - 1; k >= this.from; k--) {
      const m = this.all[k]!
      if (m.last >= t || m.first < stopAt) continue
      if (!m.actors.length || m.locative) continue
      const adjacent = m.last >= t - 3 && this.gapIsAux(m.last + 1, t)
      // "after Germany urged", "with Iran refusing": a word that is a preposition or a conjunction opens a clause
      // whose subject is the actor right after it.
      if (this.prepositional(m) && !(adjacent && SUBORDINATORS.has(this.view.lower(m.first - 1)))) continue
      // "X reported that <no actor> urged …": the reported clause has its own subject; the reporter acts only
      // through a pronoun ("X said that on Monday it urged …").
      if (!isNoun && reported === -2) reported = this.reportedClauseStart(t, stopAt)
      if (!isNoun && reported >= 0 && m.last < reported && !this.pronounSubject(reported, t) && !PRONOUNS.has(this.view.lower(reported))) {
        return roleFill([], `the subject of the clause after "${this.view.raw(reported - 1)}" is no actor`)
      }
      const group = this.extendLeft(k, stopAt)
      return roleFill(group, group.length > 1 ? `coordinated subject ${quotedTexts(group)}` : `subject "${m.text}" before the verb`)
    }
    return NONE
  }

  /** "… to Macedonia, which is preparing an offensive": the actor right before "which/who" is the subject; "X, a news
   *  producer, who urged": the actor before an apposition. Another antecedent ("protesters who …") is no actor. */
  private relativeAntecedent(t: number, stopAt: number): RoleFill | null {
    // "the militia, which grew strong in the last two years by capturing …": the relative clause may run a few words on.
    for (let i = t - 1; i >= Math.max(stopAt, t - 10); i--) {
      const w = this.view.lower(i)
      // "… in Mexico, where he was attending a summit": the place is not the subject; "he" is the sentence's person.
      if ((w === 'where' || w === 'when') && (this.view.lower(i + 1) === 'he' || this.view.lower(i + 1) === 'she') && this.onlyAuxiliaries(i + 2, t)) {
        for (let k = this.to - 1; k >= this.from; k--) {
          const m = this.all[k]!
          if (m.last < i && m.actors.length && m.entity?.type === 'PERSON') return roleFill([m], `"${this.view.raw(i + 1)}" after "${w}" refers to "${m.text}"`)
        }
        return roleFill([], `"${this.view.raw(i + 1)}" after "${w}" names no one in the sentence`)
      }
      if ((w === 'which' || w === 'who') && this.view.raw(i) === w) { // "WHO leadership" is no relative pronoun
        // "the army, which it accused of …", "in which the president urged": the relative pronoun is no subject.
        const w1 = this.view.lower(i - 1)
        if (PREPOSITIONS.has(w1) && !(w1 === 'of' && QUANTIFIERS.has(this.view.lower(i - 2)))) return null
        if (this.startsSubject(i + 1, t)) return null
        let j = i - 1
        // "all of which", "some of whom"
        if (this.view.lower(j) === 'of' && QUANTIFIERS.has(this.view.lower(j - 1))) j -= 2
        // "Angela Merkel (who will …)", "Britain -- all of which" ("--" is two tokens), "X, a producer, who"
        const comma = this.view.lower(j) === ',' || this.view.lower(j) === '(' || DASHES.has(this.view.lower(j))
        while (this.view.lower(j) === ',' || this.view.lower(j) === '(' || DASHES.has(this.view.lower(j))) j--
        // "Ron Johnson (R-Wis.), who asked": an aside in brackets after the name.
        if (this.view.lower(j) === ')') { while (j > stopAt && this.view.lower(j) !== '(') j--; j-- }
        const before = this.actorEndingAt(j) ?? this.actorBeforeHead(j) ?? (comma ? this.appositionHead(j, stopAt) : null)
        if (before) {
          const group = this.extendLeft(this.all.indexOf(before, this.from), stopAt) // "Germany, France and Britain, all of which"
          return roleFill(group, `${quotedTexts(group)}, antecedent of "${this.view.raw(i)}"`)
        }
        return roleFill([], `the antecedent of "${this.view.raw(i)}" is no actor`)
      }
      if (this.coveredByActor(i)) return null
    }
    return null
  }

  /** "Charles Grassley, R-Iowa -- who …": the actor before the comma that opens an apposition ending at j. */
  private appositionHead(j: number, stopAt: number): ActorMention | null {
    for (let i = j; i > Math.max(stopAt, j - 16); i--) {
      const w = this.view.lower(i)
      if (w === ',') return this.actorEndingAt(i - 1)
      if (BREAKS.has(w)) return null
    }
    return null
  }

  /** Does a noun phrase start at i, before the verb at t ("which the administration accuses", "whom Putin met")? */
  private startsSubject(i: number, t: number): boolean {
    if (i >= t) return false
    const w = this.view.lower(i)
    return THING_DETERMINERS.has(w) || PRONOUNS.has(w) || w === 'i' || w === 'you' || this.view.isCapitalised(i)
  }

  /** "Ukraine's interim government", "the Sadr movement": an actor a few lower-case words before a noun that stands for it. */
  private actorBeforeHead(j: number): ActorMention | null {
    if (!PEOPLE.has(this.view.lower(j)) && !BODY_NOUNS.has(this.view.lower(j))) return null
    for (let i = j - 1; i >= Math.max(this.first, j - 3); i--) {
      const m = this.actorEndingAt(i) ?? (/^['’]s?$/.test(this.view.lower(i)) ? this.actorEndingAt(i - 1) : null)
      if (m) return m.locative ? null : m
      if (!/^[a-z][a-z-]*$/.test(this.view.lower(i))) return null
    }
    return null
  }

  private actorEndingAt(j: number): ActorMention | null {
    for (let k = this.from; k < this.to; k++) { const m = this.all[k]!; if (m.last === j && m.actors.length) return m }
    return null
  }

  /** "the statement urged", "a new report accused": a determiner, then lower-case words only, then the verb
   *  (over auxiliaries): the subject is a noun phrase with no actor in it. Returns its head's index, or -1. Nouns that
   *  usually stand for an actor named before ("the group", "the ministry", "the two leaders") are not such things. */
  private thingSubject(t: number, stopAt: number): number {
    let i = t - 1
    while (i >= stopAt && (AUX.has(this.view.lower(i)) || SOFT.has(this.view.lower(i)) || MODALS.has(this.view.lower(i)))) i--
    const head = this.view.lower(i)
    // "56% backed the plan", "40 percent opposed it": a share of people polled is no actor.
    if (head === '%' || head === 'percent' || (head === 'cent' && this.view.lower(i - 1) === 'per')) return i
    // "a month after soldiers ousted the president", "when protesters stormed": a bare plural opening its clause.
    if (BARE_SUBJECT_OPENERS.has(this.view.lower(i - 1)) && /^[a-z]{3,}s$/.test(head) && this.view.raw(i) === head && !this.insideActor(i)) return i
    if (!THING_HEADS.has(head)) return -1
    for (let j = i - 1; j >= Math.max(stopAt, i - 3); j--) {
      const w = this.view.lower(j)
      if (THING_DETERMINERS.has(w)) return i
      if (!/^[a-z][a-z-]*$/.test(w) || this.insideActor(j)) return -1
    }
    return -1
  }

  private insideActor(i: number): boolean {
    if (!this.cover) this.buildCover()
    const r = i - this.first
    return r >= 0 && r < this.cover!.length && this.cover![r]! !== 0
  }

  /** Is token i inside a mention that names an actor? */
  private coveredByActor(i: number): boolean {
    if (!this.cover) this.buildCover()
    const r = i - this.first
    return r >= 0 && r < this.cover!.length && this.cover![r] === 2
  }

  // Per token of the sentence: 0 no mention, 1 a mention without actors, 2 a mention with actors. Built on first use:
  // a sentence's role searches ask it many times, and each answer had been a pass over all its mentions.
  private cover: Uint8Array | null = null
  private buildCover(): void {
    const cover = new Uint8Array(Math.max(0, this.end - this.first))
    for (let k = this.from; k < this.to; k++) {
      const m = this.all[k]!
      const mark = m.actors.length ? 2 : 1
      for (let i = Math.max(m.first, this.first); i <= m.last && i < this.end; i++) if (cover[i - this.first]! < mark) cover[i - this.first] = mark
    }
    this.cover = cover
  }

  /** The first token of a reported clause ("… reported that ⟨clause⟩") that holds the trigger, or -1. */
  private reportedClauseStart(t: number, stopAt: number): number {
    for (let i = t - 1; i > stopAt; i--) {
      const w = this.view.lower(i)
      if (BREAKS.has(w)) return -1
      // "X declared that the truce is void, threatened to …": the verb after a comma may be the reporter's own.
      // A closing quote ends a quoted clause too ("declared that “it may not work out” regarding the meeting").
      if (w === ',' || DASHES.has(w) || w === '”' || w === '"') return -1
      if (w !== 'that') continue
      for (let r = i - 1; r >= Math.max(stopAt, i - 3); r--) if (SPEECH_VERBS.has(this.view.lower(r))) return i + 1
      return -1
    }
    return -1
  }

  /** "X, a key ally of Y, has refused": the comma that opens an apposition ending right before the verb. */
  private appositionStart(t: number, stopAt: number): number {
    let i = t - 1
    while (i > stopAt && (AUX.has(this.view.lower(i)) || SOFT.has(this.view.lower(i)))) i--
    if (this.view.lower(i) !== ',') return -1
    for (let j = i - 1; j > Math.max(stopAt, i - 16); j--) {
      const w = this.view.lower(j)
      if (w === ',') return j
      if (BREAKS.has(w)) return -1
    }
    return -1
  }

  /** "Iraq said it would allow …": a pronoun right after a reporting verb names the speaker. Returns the reporting verb's index. */
  private reportedPronoun(t: number, stopAt: number): number {
    for (let i = t - 1; i >= Math.max(stopAt, t - 6); i--) {
      const w = this.view.lower(i)
      if (PRONOUNS.has(w)) {
        let r = i - 1
        if (this.view.lower(r) === 'that') r--
        if (REPORTING.has(this.view.lower(r))) return r
        // "Marr told Holm (that) he had met …": the pronoun after the hearer of "told" is the teller, as in news it
        // mostly is ("X told reporters he would …").
        const hearer = this.mentionEndingAt(r)
        return hearer && TELLING.has(this.view.lower(hearer.first - 1)) ? hearer.first - 1 : -1
      }
      if (this.coveredByActor(i)) return -1
    }
    return -1
  }

  /** The mention whose last token is i, if any. */
  private mentionEndingAt(i: number): ActorMention | undefined {
    for (let k = this.from; k < this.to; k++) if (this.all[k]!.last === i) return this.all[k]
    return undefined
  }

  private onlyLowerWords(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const c = this.view.text.charCodeAt(this.view.starts[i]!)
      if (!(c >= 97 && c <= 122)) return false
    }
    return true
  }

  /** Only auxiliaries, modals, forms of "be" and soft adverbs in [from, to) ("was", "had been", "would"). */
  private onlyAuxiliaries(from: number, to: number): boolean {
    for (let i = from; i < to; i++) { const w = this.view.lower(i); if (!AUX.has(w) && !SOFT.has(w) && !BE.has(w) && !MODALS.has(w)) return false }
    return true
  }

  private gapIsAux(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!AUX.has(this.view.lower(i)) && !SOFT.has(this.view.lower(i))) return false
    return true
  }

  private extendLeft(k: number, stopAt: number): ActorMention[] {
    const group = [this.all[k]!]
    let cur = this.all[k]!
    for (let j = k - 1; j >= this.from; j--) {
      const p = this.all[j]!
      if (p.first < stopAt || !p.actors.length) break
      if (!this.onlyLinkWords(p.last + 1, cur.first)) break
      // Adjacent names modify the head ("NATO-member Norway", "Russia's Gazprom"): keep the head alone.
      if (p.last + 1 >= cur.first) break
      group.unshift(p)
      cur = p
    }
    // "China has joined Russia in opposing …": the one who joins acts too.
    let i = cur.first - 1
    while (i > 0 && AUX.has(this.view.lower(i))) i--
    if (JOIN.has(this.view.lower(i))) {
      const before = this.subjectBefore(i, false, stopAt)
      group.unshift(...before.mentions)
    }
    return group
  }

  private onlyLinkWords(from: number, to: number): boolean {
    if (to - from > 4) return false
    for (let i = from; i < to; i++) {
      const w = this.view.lower(i)
      if (!COORDINATION.has(w) && !LINK_DETERMINERS.has(w) && !this.isTitleWord(i)) return false
    }
    return true
  }

  // A capitalised word between actors is a title ("Bulgarian President Todor Zhivkov").
  private isTitleWord(i: number): boolean {
    return this.view.isCapitalised(i)
  }

  /** The target after the pattern: the first actor in the clause, with coordinated ones ("Iran, Libya and Cuba", "Russia's
   *  build-up and China's treatment"); with `allowPlace` and none named, the place the act was aimed at — for a meeting
   *  (`aimedOnly`) only a place aimed at ("visited Seoul"), not where it was held ("a summit in Mexico" meets no Mexico). */
  objectAfter(from: number, allowPlace = true, aimedOnly = false, placeOnly = false, partnersToo = true, thingFrom = -1): RoleFill {
    const limit = Math.min(this.end, from + WINDOW)
    let clauseStop = limit, circumstance = limit
    for (let i = from; i < limit; i++) {
      const w = this.view.lower(i)
      if (CIRCUMSTANCE.has(w) && circumstance === limit) circumstance = i
      if (w === '(') { while (i < limit && this.view.lower(i) !== ')') i++; continue } // "(UCF)" is an aside
      if (BREAKS.has(w) || (REPORTING_STOP.has(w) && i > from) || (CLAUSE_OPENERS.has(w) && i > from)) { clauseStop = i; break }
      // "rejected the accusation and criticised Paris": the next verb's object is its own.
      if (i > from && coordinatedClause(this.view, i + 1)) { clauseStop = i; break }
      // A comma ends the clause unless it separates listed actors ("Iran, Libya and Cuba").
      if (w === ',' && !(this.actorEndsAt(i - 1) && this.startsActor(i + 1)) && !(/\d$/.test(this.view.lower(i - 1)) && /^\d/.test(this.view.lower(i + 1)))) { clauseStop = i; break }
    }
    let firstTarget = -1, firstPlace = -1
    for (let k = this.from; k < this.to; k++) {
      const m = this.all[k]!
      if (m.first < from) continue
      if (m.first >= clauseStop) break
      if (!m.actors.length) continue
      if (m.locative) { if (firstPlace < 0 && (!aimedOnly || m.aimed)) firstPlace = k; continue }
      if (placeOnly || m.first > circumstance) continue
      // "fought alongside the U.S. against ISIS": a partner in the act, not its recipient (a joint act takes partners in).
      if (!partnersToo && (this.view.lower(m.first - 1) === 'alongside' || (this.view.lower(m.first - 1) === 'the' && this.view.lower(m.first - 2) === 'alongside'))) continue
      if (thingFrom >= 0 && this.insideThing(thingFrom, m)) continue
      firstTarget = k
      break
    }
    const k0 = firstTarget >= 0 ? firstTarget : allowPlace ? firstPlace : -1
    if (k0 < 0) return NONE
    const head = this.all[k0]!
    const group = [head]
    let cur = head
    for (let k = k0 + 1; k < this.to; k++) {
      const m = this.all[k]!
      if (m.first >= clauseStop) break
      if (!m.actors.length || m.locative) continue
      const listed = this.onlyLinkWords(cur.last + 1, m.first) && this.hasCoordinator(cur.last + 1, m.first)
      const possessives = this.isPossessive(head) && this.isPossessive(m) && this.view.lower(m.first - 1) === 'and'
      if (listed || possessives) { group.push(m); cur = m }
    }
    const how = firstTarget >= 0 ? 'object after the pattern' : 'place the act was aimed at'
    const prep = this.view.lower(head.first - 1) === 'the' ? this.view.lower(head.first - 2) : this.view.lower(head.first - 1)
    return roleFill(group, group.length > 1 ? `coordinated ${how}: ${quotedTexts(group)}` : `${how}: "${group[0]!.text}"`, prep)
  }

  /** "defended the airstrikes against ISIS", "condemned the attack on Ukraine": an actor in a phrase that modifies a thing
   *  (the words from `from` are a determiner or lower-case words, then one of THING_PREPOSITIONS) is not what a stance
   *  is taken towards; people located somewhere are ("backed the rebels against Assad" keeps no such people noun). */
  private insideThing(from: number, m: ActorMention): boolean {
    let p = m.first - 1
    if (this.view.lower(p) === 'the') p--
    if (!THING_PREPOSITIONS.has(this.view.lower(p)) || p <= from) return false
    const head = this.view.lower(p - 1)
    if (PEOPLE.has(head) || BODY_NOUNS.has(head) || DETERMINERS.has(head)) return false
    for (let i = from; i < p; i++) if (!/^[a-z][a-z-]*$/.test(this.view.lower(i)) || this.insideActor(i)) return false
    return true
  }

  private hasCoordinator(from: number, to: number): boolean {
    for (let i = from; i < to; i++) { const w = this.view.lower(i); if (w === 'and' || w === ',' || w === 'or' || w === '&') return true }
    return false
  }

  private actorEndsAt(i: number): boolean {
    for (let k = this.from; k < this.to; k++) { const m = this.all[k]!; if (m.last === i) return m.actors.length > 0 && !m.locative }
    return false
  }

  private startsActor(i: number): boolean {
    for (let k = this.from; k < this.to; k++) if (this.all[k]!.first === i) return this.all[k]!.actors.length > 0
    return false
  }

  /** "X was attacked (by Y)": the participle after a form of "be". */
  isPassive(t: number): boolean {
    // "is opposed to", "is committed to": a stance, not a passive.
    if (this.view.lower(t + 1) === 'to' && STANCE.has(this.view.lower(t))) return false
    let i = t - 1
    // "has been repeatedly accused": adverbs in -ly may stand between the auxiliary and the participle.
    while (i >= this.first && (SOFT.has(this.view.lower(i)) || /^[a-z]{3,}ly$/.test(this.view.lower(i))) && !BE.has(this.view.lower(i))) i--
    return i >= this.first && BE.has(this.view.lower(i)) && /(?:ed|en|wn|ht|ld|ut|id|un|ne|rn|ck|ot|ft|nt)$/.test(this.view.lower(t))
  }

  /** "a minority persecuted by the Islamic State": a participle followed by "by" without a form of "be". */
  private isReducedPassive(t: number): boolean {
    // "elections pushed for by the administration": a phrasal verb's particle may stand before "by".
    const by = this.view.lower(t + 1) === 'by' ? t + 1 : PHRASAL_PARTICLES.has(this.view.lower(t + 1)) && this.view.lower(t + 2) === 'by' ? t + 2 : -1
    // "shortened by one hour" measures, it names no agent.
    if (by < 0 || !PARTICIPLE.test(this.view.lower(t))) return false
    const agent = this.agentAfter(by).mentions[0]
    if (agent) return !agent.locative && agent.first <= by + 2
    // "girls abducted by gunmen", "a ship seized by a militia": an agent that is no actor still makes a passive.
    const after = this.view.lower(by + 1)
    return /^[a-z]+$/.test(after) && !MEASURE_WORDS.has(after) && !/\d/.test(this.view.lower(by + 2))
  }

  /** "by X" right after an event noun's phrase (before any clause break): X is the noun's agent. */
  private nounAgent(t: number, end: number): { at: number; fill: RoleFill } | null {
    for (let i = t + 1; i < Math.min(this.end, end + 6); i++) {
      const w = this.view.lower(i)
      if (BREAKS.has(w) || w === ',' || REPORTING.has(w)) return null
      if (w !== 'by') continue
      const at = this.view.lower(i + 1) === 'the' ? i + 2 : i + 1
      for (let k = this.from; k < this.to; k++) {
        const m = this.all[k]!
        if (m.first === at && m.actors.length && !m.locative) return { at: i, fill: roleFill([m], `agent "${m.text}" after "by" following the event noun`) }
      }
      return null
    }
    return null
  }

  /** The nearest reporting verb between the sentence start and the trigger, or -1. */
  private reportingVerbBefore(t: number): number {
    for (let i = t - 1; i >= this.first; i--) if (SPEECH_VERBS.has(this.view.lower(i))) return i
    return -1
  }

  /** The first token of the clause a reporting verb introduces: after its "that" if one follows within a few words. */
  private complementStart(r: number, t: number): number {
    for (let i = r + 1; i < Math.min(t, r + 8); i++) {
      const w = this.view.lower(i)
      if (w === 'that') return i + 1
      if (BREAKS.has(w)) break
    }
    return r + 1
  }

  /** "… said it had bombed", "… said they were behind the bombing": a pronoun in the reported clause, not inside a nested "that" clause. */
  private pronounSubject(from: number, t: number): boolean {
    for (let i = t - 1; i >= Math.max(from, t - 8); i--) {
      const w = this.view.lower(i)
      if (PRONOUNS.has(w)) return true
      if (w === 'that' || w === ',' || BREAKS.has(w)) return false
    }
    return false
  }

  /** The preposition that governs an event noun (skipping determiners and lower-case modifiers), or -1. */
  private argumentPreposition(t: number, root: number): number {
    const p = this.governingWord(t, ARGUMENT_PREPOSITIONS)
    // "since the attack" governs the noun; "has since waged a crackdown" does not.
    if (p >= 0 && (this.view.lower(p) !== 'since' || this.opensNounPhrase(p, t))) return p
    const after = root >= 10 ? this.governingWord(t, AFTER) : -1
    if (after >= 0 && this.opensNounPhrase(after, t)) return after
    const of = this.governingWord(t, OF)
    return of >= 0 && OF_ARGUMENT_HEADS.has(this.view.lower(of - 1)) ? of : -1
  }

  /** Does the word after the preposition at p start the noun phrase of t ("since the attack", "after attacks")? */
  private opensNounPhrase(p: number, t: number): boolean {
    return p + 1 === t || DETERMINERS.has(this.view.lower(p + 1))
  }

  /** The preposition or judging verb an event noun is the argument of, or -1. "X condemned the attack", "Y is
   *  investigating the bombing": the object of a verb judging an act names someone else's act, not the verb subject's. */
  private governorOfNoun(t: number, root: number): number {
    const p = this.argumentPreposition(t, root)
    return p >= 0 ? p : this.governingWord(t, JUDGING_VERBS)
  }

  /** A word of `words` at most four tokens before t, over determiners and lower-case modifiers only, or -1. */
  private governingWord(t: number, words: ReadonlySet<string>): number {
    for (let i = t - 1; i >= Math.max(this.first, t - 4); i--) {
      const w = this.view.lower(i)
      if (words.has(w)) return i
      if (PREPOSITIONS.has(w) || BREAKS.has(w) || w === ',' || !/^[a-z][a-z-]*$/.test(w)) return -1
    }
    return -1
  }

  /** The agent of a passive: an actor right after "by" within the window. */
  agentAfter(from: number): RoleFill {
    const limit = Math.min(this.end, from + 8)
    for (let i = from; i < limit; i++) {
      const w = this.view.lower(i)
      if (BREAKS.has(w)) break
      if (w !== 'by') continue
      // "shot down by what Washington believes was a missile": a free relative names no agent.
      if (WH_WORDS.has(this.view.lower(i + 1))) return NONE
      const agent = this.objectAfter(i + 1)
      if (agent.mentions.length) return roleFill(agent.mentions, `agent after "by": ${quotedTexts(agent.mentions)}`)
    }
    return NONE
  }

  /** The nearest reporting verb before the trigger, else the first after it ("…, officials said"). */
  reportingVerb(t: number): number {
    for (let i = t - 1; i >= this.first; i--) if (REPORTING.has(this.view.lower(i))) return i
    for (let i = t + 1; i < this.end; i++) if (REPORTING.has(this.view.lower(i))) return i
    return -1
  }

  /** Roles for a match, by the rule's kind: ordinary, passive, or reported ("X said Y must …"). */
  fill(match: RuleMatch): Roles {
    const { rule, trigger, end } = match
    if (rule.source === 'reporter') {
      const r = this.reportingVerb(trigger)
      if (r < 0) return { source: NONE, target: NONE, passive: false }
      const source = r < trigger ? this.subjectBefore(r, false) : this.objectAfter(r + 1)
      let target = rule.targetFrom === 'agent' ? this.agentAfter(trigger + 1)
        : r < trigger ? this.subjectBefore(trigger, false, r + 1) : this.subjectBefore(trigger, false)
      if (!target.mentions.length && r < trigger && rule.targetFrom === 'subject') target = this.firstSubject(source.mentions)
      return { source: roleFill(source.mentions, `reporter: ${source.via}`, source.prep), target: roleFill(target.mentions, `subject of the reported clause: ${target.via}`, target.prep), passive: false }
    }
    if (rule.source === 'from') {
      // "Assad still has support from Russia": the giver follows "from"; the clause's subject receives.
      const giver = this.objectAfter(end)
      const receiver = this.subjectBefore(trigger, false)
      return { source: roleFill(giver.mentions, `after "from": ${giver.via}`, giver.prep), target: roleFill(receiver.mentions, `receiver, ${receiver.via}`, receiver.prep), passive: false }
    }
    const root = Number(rule.cameo.slice(0, 2))
    if (rule.kind === 'verb' && (this.isPassive(trigger) || this.isReducedPassive(trigger))) {
      const agent = this.agentAfter(end), subject = this.subjectBefore(trigger, false)
      // "U.S. troops are deployed in Syria", "the military should be withdrawn": forces moved by their own side.
      if (!agent.mentions.length && FORCE_POSTURE_ROOTS.has(root) && subject.mentions.length && subject.mentions.every((m) => m.actors.some((a) => a.code.endsWith('MIL')) || FORCES.has(this.view.lower(m.last + 1)))) {
        return { source: roleFill(subject.mentions, `${subject.via} of a passive: forces moved by their own side`), target: this.objectAfter(trigger + 1, true), passive: false }
      }
      return { source: agent, target: subject, passive: true }
    }
    // "its support for …": the pronoun's owner is not resolved here, and the nearest actor is a guess.
    if (rule.kind === 'noun' && POSSESSIVE_PRONOUNS.has(this.view.lower(trigger - 1))) {
      // Only "<subject> <verb> its <noun>" is safe: the pronoun then names the subject.
      const owner = this.subjectBefore(trigger - 1, false)
      const ownerLast = owner.mentions.length ? owner.mentions[owner.mentions.length - 1]!.last : -99
      if (trigger - 1 - ownerLast > 4 || !owner.mentions.length) return { source: NONE, target: NONE, passive: false }
      return { source: roleFill(owner.mentions, `"${this.view.raw(trigger - 1)}" refers to the clause's subject: ${owner.via}`, owner.prep), target: this.objectAfter(trigger + 1, true), passive: false }
    }
    // "attacks by Russia on Ukraine", "a genocide of minorities by ISIS": the actor after "by" does the noun's act.
    if (rule.kind === 'noun') {
      const agent = this.nounAgent(trigger, end)
      if (agent) {
        // The recipient is named after the agent ("by Russia on Ukraine") or between the noun and "by" ("attacks on Ukraine by Russia").
        const after = rule.target === 'none' ? NONE : this.objectAfter(agent.fill.mentions[0]!.last + 1)
        const before = rule.target === 'none' ? NONE : this.objectAfter(trigger + 1)
        const target = after.mentions.length ? after : before.mentions.length && before.mentions[0]!.first < agent.at ? before : NONE
        return { source: agent.fill, target, passive: false }
      }
    }
    // A physical act reported by someone is done by whoever the reported clause names, not by the speaker:
    // "X told CNN that the Russian airstrikes …" is Russia's act; "X said it struck …" is X's.
    const reporter = PHYSICAL_ROOTS.has(root) ? this.reportingVerbBefore(trigger) : -1
    // The reported clause starts after "that" when one follows the verb ("told CNN that …": CNN is the hearer, not the actor).
    const clause = reporter >= 0 ? this.complementStart(reporter, trigger) : this.first
    // "to help him oust X", "let them attack": an object pronoun right before a bare verb is its subject, and is not resolved here.
    if (rule.kind === 'verb' && OBJECT_PRONOUNS.has(this.view.raw(trigger - 1))) { // raw: "US" is a country
      return { source: roleFill([], `the subject is "${this.view.raw(trigger - 1)}", a pronoun not resolved`), target: NONE, passive: false }
    }
    let source = (rule.kind === 'verb' ? this.planOwner(trigger) ?? this.objectBeforeFor(trigger) : null) ?? this.subjectBefore(trigger, rule.kind === 'noun', clause)
    if (reporter >= 0 && !source.mentions.length) {
      if (this.pronounSubject(clause, trigger)) {
        const speaker = this.subjectBefore(reporter, false)
        if (speaker.mentions.length) source = roleFill(speaker.mentions, `a pronoun after "${this.view.raw(reporter)}" refers to ${speaker.via}`)
      }
      if (!source.mentions.length) return { source: roleFill([], `only the reporter of a physical act is named (before "${this.view.raw(reporter)}")`), target: NONE, passive: false }
    }
    // An event noun that is the argument of a preposition ("spoke out against military strikes", "amid protests") or of
    // a verb judging it ("condemned the attack") names an act only when its own actor is attached ("Russia's strikes").
    const governor = rule.kind === 'noun' && source.mentions.length && !source.via.startsWith('possessor') ? this.governorOfNoun(trigger, root) : -1
    if (governor >= 0) return { source: roleFill([], `event noun after "${this.view.raw(governor)}" names no actor of its own`), target: NONE, passive: false }
    // Crowds and groups act where they are: "students throughout Indonesia staged demonstrations", "Opposition groups in Zimbabwe demanded".
    if (!source.mentions.length) source = this.placeBefore(trigger, root === 14)
    // Officials do not march or riot (PLOVER PROTEST is civil society's): "Rice said it began as a protest over a film"
    // names the protesters nowhere. Their objections are coded by the verbs of disapproval.
    if (root === 14 && source.mentions.length && source.mentions.every((m) => m.entity?.type === 'PERSON' && m.actors.every((a) => OFFICIAL.test(a.code)))) {
      return { source: roleFill([], `"${source.mentions[0]!.text}" is an official, not a protester`), target: NONE, passive: false }
    }
    // With no other recipient, the country an act is done in is what it is aimed at ("crackdown in Hong Kong").
    // An arrival ("arrived in Beijing") is aimed at the place arrived in and nothing later in the clause.
    if (rule.target === 'place') return { source, target: this.objectAfter(trigger + 1, true, true, true), passive: false }
    const target = rule.target === 'none' ? NONE : this.reciprocal(trigger, end, source) ??
      this.objectAfter(trigger + 1, true, rule.cameo.startsWith('04'), false, !!rule.joint, STANCE_ROOTS.has(root) ? end : -1)
    return { source, target, passive: false }
  }

  /** "support for Russia's plan to push back against NATO": the owner of a plan (bid, decision …) is the subject of the
   *  verb after its "to", even where the owner follows a preposition. */
  private planOwner(trigger: number): RoleFill | null {
    if (this.view.lower(trigger - 1) !== 'to' || !PLAN_NOUNS.has(this.view.lower(trigger - 2))) return null
    for (let k = this.from; k < this.to; k++) {
      const m = this.all[k]!
      const after = /^['’]s?$/.test(this.view.lower(m.last + 1)) ? m.last + 2 : m.last + 1 // "Russia 's plan"
      if (m.last >= trigger - 5 && after <= trigger - 2 && m.actors.length && !m.locative && this.isPossessive(m) && this.onlyLowerWords(after, trigger - 2)) {
        return roleFill([m], `possessor "${m.text}" of "${this.view.raw(trigger - 2)} to", whose act the verb names`)
      }
    }
    return null
  }

  /** "criticised Paris for backing Haftar", "thanked Borduria for sending aid": the object of the verb before "for"
   *  does the act of the gerund after it. */
  private objectBeforeFor(trigger: number): RoleFill | null {
    if (this.view.lower(trigger - 1) !== 'for' || !this.view.lower(trigger).endsWith('ing')) return null
    const m = this.actorEndingAt(trigger - 2)
    if (!m || m.locative || this.prepositional(m)) return null
    return roleFill([m], `"${m.text}", the object before "for", does what "${this.view.raw(trigger)}" names`)
  }

  /** "support each other", "accused one another": the subjects act on themselves. */
  private reciprocal(trigger: number, end: number, source: RoleFill): RoleFill | null {
    for (let i = trigger + 1; i < Math.min(this.end, end + 3); i++) {
      const w = this.view.lower(i), next = this.view.bare(i + 1)
      if ((w === 'each' && next === 'other') || (w === 'one' && next === 'another')) return source.mentions.length > 1 ? roleFill(source.mentions, `reciprocal "${this.view.raw(i)} ${this.view.raw(i + 1)}"`) : null
    }
    return null
  }

  private placeBefore(t: number, anyPlace: boolean): RoleFill {
    for (let k = this.to - 1; k >= this.from; k--) {
      const m = this.all[k]!
      if (m.last >= t || !m.locative || !m.actors.length) continue
      // "Rebels in the Ivory Coast": a plural people noun right before "in (the)" is located there.
      let i = m.first - 1
      if (this.view.lower(i) === 'the') i--
      const head = this.view.lower(i - 1)
      if (anyPlace || PEOPLE.has(head) || /^(?:[a-z]+(?:ers|ists|ans|ians|ants|ents|ees|ors)|[a-z]*groups|forces|parties)$/.test(head)) return roleFill([m], `people located in "${m.text}"`)
      return NONE
    }
    return NONE
  }

  private firstSubject(exclude: ActorMention[]): RoleFill {
    for (let k = this.from; k < this.to; k++) {
      const m = this.all[k]!
      if (!m.actors.length || m.locative || exclude.includes(m) || this.prepositional(m)) continue
      return roleFill([m], `"${m.text}", the sentence's first actor`)
    }
    return NONE
  }
}
