// Word classes the event coder reads around a trigger. Lower-case; one Set lookup per token.

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets', 'getting'])
/** Adverbs and auxiliaries that may sit between "was" and the participle ("was reportedly arrested"). */
export const SOFT = new Set(['also', 'reportedly', 'allegedly', 'again', 'now', 'then', 'later', 'already', 'just', 'not', 'never', 'being', 'been', 'all', 'both', 'still', 'apparently'])

/** Prepositions: an actor right after one is an object, not the subject of the following verb. */
export const PREPOSITIONS = new Set(['to', 'in', 'at', 'from', 'with', 'against', 'on', 'into', 'for', 'of', 'by', 'between', 'among', 'across',
  'over', 'toward', 'towards', 'near', 'about', 'around', 'through', 'throughout', 'inside', 'outside', 'within', 'under', 'after', 'before',
  'during', 'like', 'than', 'upon', 'beyond', 'via', 'amid', 'despite', 'without'])
/** Prepositions of place: an actor after one is where the event happened ("in Beijing"). */
export const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'throughout', 'around', 'within'])

export const REPORTING = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'claimed', 'claims', 'claim', 'insisted', 'insists', 'declared',
  'declares', 'announced', 'announces', 'warned', 'warns', 'stated', 'states', 'argued', 'argues', 'alleged', 'alleges', 'reiterated',
  'reiterates', 'concluded', 'added', 'believes', 'believed', 'maintained', 'maintains', 'contended', 'contends', 'asserted', 'asserts',
  'suggested', 'noted', 'stressed', 'emphasised', 'emphasized', 'reported', 'confirmed', 'according', 'wrote', 'called', 'described'])

/** Reporting verbs that end a clause when looking for a recipient; participles used as adjectives ("alleged", "reported") do not. */
export const REPORTING_STOP = new Set([...REPORTING].filter((w) => !['alleged', 'reported', 'called', 'described', 'claimed', 'confirmed', 'noted', 'suggested'].includes(w)))

export const NEGATION = new Set(['not', 'never', 'no', "n't", 'cannot', 'neither', 'nor', 'without'])
export const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', "'d"])
export const FUTURE = new Set(['will', 'shall', "'ll", 'wo'])
/** "plans to …", "is set to …": the next verb is intended, not done. */
export const INTENT_BEFORE_TO = new Set(['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'aim', 'aims', 'aimed',
  'set', 'expected', 'due', 'ready', 'willing', 'prepared', 'about', 'seek', 'seeks', 'seeking', 'sought', 'want', 'wants', 'wanted',
  'hope', 'hopes', 'hoped', 'going', 'pledged', 'promised', 'vowed', 'offered', 'agreed', 'decided', 'decides', 'preparing', 'prepares'])
/** "the capability to strike", "freedom to protest", "the right to attack": the act after "to" is possible, not done. */
export const ABILITY_BEFORE_TO = new Set(['right', 'rights', 'freedom', 'freedoms', 'ability', 'abilities', 'capability', 'capabilities', 'capacity',
  'power', 'powers', 'authority', 'option', 'options', 'chance', 'opportunity', 'means', 'license', 'licence', 'permission', 'able'])
/** "failed to cut off aid", "failing to reach a deal": the act after "to" did not happen. */
export const FAILED_BEFORE_TO = new Set(['fail', 'fails', 'failed', 'failing'])
export const REPORTED = new Set(['allegedly', 'reportedly', 'purportedly', 'alleged', 'supposedly', 'apparently'])
/** Words before an event noun that make it a possibility, not a fact ("a prelude to an invasion"). */
export const POSSIBILITY = new Set(['possible', 'potential', 'prelude', 'pretext', 'risk', 'threat', 'threats', 'fear', 'fears', 'feared', 'prospect',
  'prospects', 'chance', 'chances', 'likelihood', 'danger', 'imminent', 'looming', 'planned', 'proposed', 'expected', 'any', 'hypothetical', 'future'])
export const CONDITIONAL = new Set(['if', 'unless'])
/** Hedges that make what follows a possibility ("possibly looking to strike", "perhaps invade"). */
export const HEDGES = new Set(['possibly', 'perhaps', 'maybe', 'potentially', 'conceivably'])

/** Clause breaks a gap or an actor search does not cross. */
export const BREAKS = new Set(['.', ';', ':', '?', '!', '(', ')', '—', '–'])
export const COORDINATION = new Set(['and', ',', '&', 'or', 'as', 'well', 'both', 'plus'])

/** "the two leaders", "both countries": a pair of actors named earlier. */
export const PAIR_WORDS = new Set(['two', 'both'])
export const PAIR_NOUNS = new Set(['leaders', 'countries', 'sides', 'nations', 'presidents', 'governments', 'states', 'parties', 'men', 'powers',
  'neighbours', 'neighbors', 'allies', 'capitals', 'heads', 'delegations', 'ministers', 'premiers'])

export function isNegation(word: string): boolean {
  return NEGATION.has(word) || word.endsWith("n't")
}

export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'any', 'every', 'each',
  'further', 'new', 'recent', 'latest', 'renewed', 'repeated', 'fresh', 'several', 'many', 'such'])

/**
 * Modifiers that make the next word a noun ("air strikes", "under domestic pressure", "a deadly attack"): never a subject
 * of the verb reading. Past forms ("the rocket struck") stay verbs; see match.ts.
 */
export const NOUN_MODIFIERS = new Set(['air', 'drone', 'missile', 'rocket', 'artillery', 'mortar', 'terror', 'terrorist', 'suicide', 'cyber',
  'retaliatory', 'preemptive', 'pre-emptive', 'deadly', 'domestic', 'international', 'diplomatic', 'economic', 'political', 'public',
  'growing', 'mounting', 'intense', 'heavy', 'renewed', 'fresh', 'coordinated', 'surprise', 'possible', 'potential', 'alleged', 'suspected'])
