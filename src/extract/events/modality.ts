import type { Modality } from '../../article/index.js'
import type { Rule } from './rules.js'
import type { SentenceFacts } from './sentence-facts.js'
import { ABILITY_BEFORE_TO, FAILED_BEFORE_TO, FUTURE, HEDGES, HYPOTHETICAL, INTENT_BEFORE_TO, isNegation, POSSIBILITY, REPORTED } from './words.js'
import type { WordsView } from './words-view.js'

export interface ModalityResult { modality: Modality; cues: string[] }

const LOOK_BACK = 10
// "called off a retaliatory strike", "cancelled the visit": the act did not take place.
const CANCELLING = new Set(['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'scrap', 'scraps', 'scrapped', 'abort', 'aborts', 'aborted', 'shelve', 'shelved'])
// "make Putin pull out", "force Moscow to withdraw": verbs whose object is the source of the event they cause.
const CAUSATIVES = new Set(['make', 'makes', 'making', 'force', 'forces', 'forcing', 'get', 'gets', 'let', 'lets', 'push', 'pushes', 'persuade', 'persuades',
  'convince', 'convinces', 'compel', 'compels', 'pressure', 'pressures', 'pressuring', 'help', 'helps',
  'made', 'forced', 'got', 'pushed', 'persuaded', 'convinced', 'compelled', 'pressured', 'helped'])
// "barred Iran from enriching": verbs that keep someone from an act.
const BLOCKING = new Set(['prevent', 'prevents', 'prevented', 'preventing', 'block', 'blocks', 'blocked', 'blocking', 'bar', 'bars', 'barred', 'barring',
  'stop', 'stops', 'stopped', 'stopping', 'ban', 'bans', 'banned', 'banning', 'keep', 'keeps', 'kept', 'deter', 'deters', 'deterred', 'prohibit',
  'prohibits', 'prohibited', 'dissuade', 'dissuaded', 'discourage', 'discouraged', 'restrain', 'restrained', 'forbid', 'forbids', 'forbade', 'forbidden'])
// "preparing an offensive", "plans a visit", "considered resigning": the event is not (yet) an event.
const PLANNING = new Set(['preparing', 'prepares', 'prepared', 'planning', 'plans', 'planned', 'considering', 'considers', 'considered', 'mulling', 'mulled',
  'weighing', 'weighed', 'proposing', 'proposes', 'proposed', 'contemplating', 'contemplated'])

/**
 * Reads the words before the trigger (back to the source, at most ten), before a causative verb that governs
 * the source, and the sentence's conditionals: "did not sign" (negated), "would put … at risk", "if"
 * (hypothetical), "will", "plans to" (future), "reportedly" (reported), "barred … from" (negated).
 */
export function readModality(view: WordsView, rule: Rule, trigger: number, sentence: SentenceFacts, sourceLast: number): ModalityResult {
  const m: Modality = { negated: false, hypothetical: false, future: false, reported: false }
  const cues: string[] = []
  const sentenceStart = sentence.firstToken, sentenceEnd = sentence.endToken
  // An event noun's possessor sits between the noun and its modal words ("fear a Bordurian invasion").
  const from = Math.max(sentenceStart, rule.kind === 'noun' ? 0 : sourceLast + 1, trigger - LOOK_BACK)
  const reportingBefore = sentence.firstReporting() < trigger
  // "is not going to make Putin pull out", "could force Moscow to withdraw": the causative verb before the source
  // carries the modal words of the event it causes.
  let sf = sourceLast
  while (sf > sentenceStart && view.isCapitalised(sf - 1)) sf--
  if (rule.kind === 'verb' && sf > sentenceStart && CAUSATIVES.has(view.lower(sf - 1))) {
    readCues(view, rule, trigger, Math.max(sentenceStart, sf - 1 - LOOK_BACK), sf - 1, reportingBefore, m, cues)
  }
  readCues(view, rule, trigger, from, trigger, reportingBefore, m, cues)
  // A gerund opening its clause whose verb is a modal: "backing China's claims would put … at risk".
  if (!m.hypothetical && view.lower(trigger).endsWith('ing') && sourceLast < from) {
    for (let i = trigger + 1; i < Math.min(sentenceEnd, trigger + 10); i++) {
      const w = view.lower(i)
      if (w === ',' || w === ';') break
      if (HYPOTHETICAL.has(w)) { m.hypothetical = true; cues.push(`gerund subject of "${view.raw(i)}"`); break }
    }
  }
  // "barred Iran from enriching", "to prevent Russia from annexing": the act is blocked, not done.
  if (view.lower(trigger).endsWith('ing') && view.lower(trigger - 1) === 'from' && !m.negated) {
    for (let i = trigger - 2; i >= Math.max(sentenceStart, trigger - 8); i--) {
      if (BLOCKING.has(view.lower(i))) { m.negated = true; cues.push(`blocked "${view.raw(i)} … from"`); break }
    }
  }
  const c = sentence.firstConditional()
  if (c < trigger) { m.hypothetical = true; cues.push(`inside the condition "${view.raw(c)}"`) }
  else if (c < sentenceEnd && view.lower(c) === 'unless') { m.future = true; cues.push('condition "unless" (a promise or threat)') }
  if (rule.intent && !m.future) { m.future = true; cues.push(`intent verb "${view.raw(trigger)}"`) }
  if (rule.reported) { m.reported = true; cues.push('an allegation the source reports') }
  return { modality: m, cues }
}

/** The modal words in tokens [a, b) before the trigger, into `m` and `cues`. */
function readCues(view: WordsView, rule: Rule, trigger: number, a: number, b: number, reportingBefore: boolean, m: Modality, cues: string[]): void {
  // A gerund right after a planning verb ("considered resigning") is not done yet, like a planned event noun.
  const gerund = view.lower(trigger).endsWith('ing')
  let intent = -1
  for (let i = a; i < b; i++) {
    const w = view.lower(i)
    if (isNegation(w)) { m.negated = true; cues.push(`negation "${view.raw(i)}"`) }
    else if (FUTURE.has(w)) { m.future = true; cues.push(`future "${view.raw(i)}"`) }
    else if (HYPOTHETICAL.has(w)) {
      // "X said Y would …" reports an intention; a bare "would"/"could" is a possibility.
      if (w === 'would' && reportingBefore) { m.future = true; cues.push('future "would" in reported speech') }
      else { m.hypothetical = true; cues.push(`modal "${view.raw(i)}"`) }
    } else if (HEDGES.has(w) && i >= trigger - 5) { m.hypothetical = true; cues.push(`hedge "${view.raw(i)}"`) } // farther, it hedges something else ("perhaps the most outspoken critic, called on")
    else if (w === 'to' && FAILED_BEFORE_TO.has(view.lower(i - 1))) { m.negated = true; cues.push(`not done "${view.raw(i - 1)} to"`) }
    else if (w === 'to' && ABILITY_BEFORE_TO.has(view.lower(i - 1))) { m.hypothetical = true; cues.push(`possible "${view.raw(i - 1)} to"`) }
    else if (i >= trigger - 4 && (CANCELLING.has(w) || (w === 'off' && /^call/.test(view.lower(i - 1))))) { m.negated = true; cues.push(`called off "${view.raw(i)}"`) }
    else if (w === 'to' && (intent = intentBeforeTo(view, i)) >= 0) { m.future = true; cues.push(`intent "${view.raw(intent)}${intent < i - 1 ? ' …' : ''} to"`) }
    else if (REPORTED.has(w)) { m.reported = true; cues.push(`reported "${view.raw(i)}"`) }
    else if ((rule.kind === 'noun' || (gerund && i === trigger - 1)) && (POSSIBILITY.has(w) || PLANNING.has(w)) && i >= trigger - 4) { m.hypothetical = true; cues.push(`possibility "${view.raw(i)}"`) }
  }
}

// Adverbials that may stand between an intention and its "to": "agreed in principle on Saturday to provide …".
const BETWEEN_INTENT_AND_TO = new Set(['in', 'on', 'principle', 'last', 'this', 'next', 'week', 'month', 'year', 'again', 'formally', 'tentatively',
  'unanimously', 'also', 'now', 'finally', 'reportedly', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday'])

/** The intention verb governing the "to" at token i ("plans to", "agreed on Saturday to"), or -1. */
function intentBeforeTo(view: WordsView, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = view.lower(k)
    if (INTENT_BEFORE_TO.has(w)) return k
    if (!BETWEEN_INTENT_AND_TO.has(w)) return -1
  }
  return -1
}
