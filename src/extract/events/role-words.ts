// Word classes the role search reads (roles.ts): lower-case, one Set lookup per token.

// Words that may sit between coordinated actors: "the US and many western countries", "Xi Jinping of China and …".
export const LINK_DETERMINERS = new Set(['of', "'s", 'the', 'many', 'several', 'other', 'some', 'its', 'their', 'all', 'most', 'fellow', 'senior', 'top', 'key'])
export const STANCE = new Set(['opposed', 'committed', 'prepared', 'determined', 'inclined', 'poised', 'dedicated', 'obliged', 'forced', 'allowed', 'expected', 'set'])
export const PEOPLE = new Set(['leaders', 'leader', 'member', 'members', 'officials', 'inhabitants', 'residents', 'citizens', 'people', 'government', 'governments',
  'forces', 'troops', 'ministers', 'minister', 'president', 'presidents', 'head', 'heads', 'representatives', 'delegation', 'delegations',
  'workers', 'students', 'rebels', 'army', 'police', 'authorities', 'spokesman', 'spokeswoman', 'envoy', 'envoys', 'ambassador', 'sides',
  'parliament', 'military', 'navy', 'coalition', 'allies', 'partners', 'nationals', 'soldiers', 'diplomats', 'chief', 'chiefs',
  'monitors', 'inspectors', 'observers', 'investigators', 'peacekeepers', 'negotiators', 'experts'])
// Words that are prepositions or conjunctions: right before an actor and a verb they open a clause ("after Germany urged").
export const SUBORDINATORS = new Set(['with', 'after', 'before', 'since', 'until', 'as', 'once', 'while', 'like'])
// Nouns that stand for the actor named right before them ("the Sadr movement, which …").
export const BODY_NOUNS = new Set(['movement', 'group', 'party', 'regime', 'administration', 'camp', 'campaign', 'ministry', 'agency', 'militia', 'faction', 'team', 'office', 'embassy', 'cabinet'])
export const QUANTIFIERS = new Set(['all', 'both', 'some', 'many', 'most', 'each', 'none', 'one', 'several'])
export const DASHES = new Set(['-', '–', '—', '--'])
export const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'did', 'does', 'do'])
// Things that say or do something in a text but are no actor: "the statement urged", "the report accused".
export const THING_HEADS = new Set(['statement', 'statements', 'report', 'reports', 'resolution', 'resolutions', 'letter', 'letters', 'document', 'documents',
  'article', 'editorial', 'study', 'survey', 'poll', 'memo', 'email', 'tweet', 'post', 'video', 'message', 'communique', 'communiqué', 'declaration',
  'measure', 'bill', 'law', 'legislation', 'decree', 'order', 'proposal', 'plan', 'draft', 'text', 'agreement', 'deal', 'treaty', 'accord', 'pact', 'framework', 'roadmap', 'petition',
  'speech', 'book', 'film', 'ad', 'advert', 'advertisement', 'campaign', 'investigation', 'inquiry', 'probe', 'review', 'analysis', 'paper', 'story'])
export const BARE_SUBJECT_OPENERS = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'until', 'because', 'where', 'that', 'if', 'unless', 'although', 'though'])
export const THING_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her'])
export const INSTRUMENT_VERBS = new Set(['using', 'employing', 'utilising', 'utilizing'])
export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our'])
export const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we'])
export const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me'])
// Nouns of intention whose "to" opens the act their owner intends ("Russia's plan to push back").
export const PLAN_NOUNS = new Set(['plan', 'plans', 'bid', 'decision', 'move', 'attempt', 'attempts', 'effort', 'efforts', 'intention', 'proposal',
  'push', 'drive', 'campaign', 'readiness', 'willingness', 'refusal', 'threat', 'threats', 'promise', 'pledge', 'vow', 'offer', 'call', 'demand'])
export const JOIN = new Set(['join', 'joins', 'joined', 'joining'])
export const AUX = new Set(['has', 'have', 'had', 'also', 'now', 'today'])
// CAMEO roots of material acts (cooperation, aid, yielding, protest, force posture, reducing relations, coercion, assault, fighting):
// a reporter is never their actor. Speech acts (appeals, demands, accusations, threats …) belong to whoever says them.
export const PHYSICAL_ROOTS = new Set([6, 7, 8, 14, 15, 16, 17, 18, 19, 20])
// Verbs that introduce reported content ("said that", "told CNN that"); participles used as adjectives are left out.
// "claimed" is left out: "X claimed responsibility for the bombing" names X as the bomber.
export const SPEECH_VERBS = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'insisted', 'insists', 'declared', 'stated',
  'argued', 'argues', 'reiterated', 'added', 'believes', 'believed', 'maintained', 'maintains', 'asserted', 'stressed', 'wrote', 'reports', 'warned', 'warns'])
// Verbs whose object event noun is someone else's act ("condemned the attack", "investigating the bombing").
export const JUDGING_VERBS = new Set(['condemn', 'condemns', 'condemned', 'condemning', 'denounce', 'denounces', 'denounced', 'denouncing', 'blame', 'blames',
  'blamed', 'blaming', 'investigate', 'investigates', 'investigated', 'investigating', 'probe', 'probes', 'probed', 'probing', 'describe',
  'describes', 'described', 'describing', 'deplore', 'deplored', 'decry', 'decried', 'mourn', 'mourned', 'survive', 'survived', 'survivors',
  'witness', 'witnessed', 'praise', 'praised', 'hail', 'hailed', 'welcome', 'welcomed', 'applaud', 'applauded', 'criticise', 'criticised',
  'criticize', 'criticized'])
// Prepositions whose object is a topic or a circumstance, not an act by the clause's subject ("against strikes", "amid protests").
// "for" is left out: "arrived for a visit", "in Beijing for talks" name the subject's own act.
export const ARGUMENT_PREPOSITIONS = new Set(['against', 'about', 'over', 'amid', 'amidst', 'despite', 'regarding', 'concerning', 'since'])
// "retaliated after the attack": an act of force or protest after these is someone else's; a meeting after them is
// usually the subject's own ("said after talks with Mattis").
export const AFTER = new Set(['after', 'following'])
// Withdrawing, deploying and mobilising forces (CAMEO 08x retreat, 15x force posture): the forces' own side acts.
export const FORCE_POSTURE_ROOTS = new Set([8, 15])
// Statements, appeals, praise and support, demands, disapproval, rejection: acts aimed at whoever a stance is about.
export const STANCE_ROOTS = new Set([1, 2, 5, 10, 11, 12])
export const THING_PREPOSITIONS = new Set(['against', 'on', 'upon', 'with', 'into', 'toward', 'towards', 'at'])
export const OFFICIAL = /^[A-Z]{3}(?:GOV|LEG|JUD)$/
export const FORCES = new Set(['troops', 'forces', 'military', 'soldiers', 'army', 'navy', 'personnel', 'marines', 'warships', 'units'])
// Nouns whose "of" names someone else's act: "her handling of the attack", "the victims of the bombing". Not "a round
// of sanctions" or "the delivery of aid", whose act is the clause subject's.
export const OF = new Set(['of'])
export const OF_ARGUMENT_HEADS = new Set(['handling', 'anniversary', 'aftermath', 'wake', 'victims', 'victim', 'survivors', 'critics', 'critic',
  'criticism', 'condemnation', 'investigation', 'investigations', 'probe', 'inquiry', 'review', 'report', 'reports', 'reporting', 'coverage',
  'account', 'accounts', 'footage', 'images', 'video', 'memory', 'memories', 'scene', 'site', 'response', 'responses', 'reaction',
  'evidence', 'cause', 'causes', 'perpetrators', 'suspects', 'suspect', 'planner', 'planners', 'mastermind', 'target', 'targets'])
export const PARTICIPLE = /(?:ed|en|wn|ht|ld|ut|id|un|ne|rn|ck|ot|ft|nt)$/
export const CLAUSE_OPENERS = new Set(['what', 'who', 'which', 'whom', 'whose', 'while', 'whereas', 'but', 'because', 'although', 'though', 'after', 'before', 'when', 'as'])
// A circumstance ("met Xi amid Ukraine tensions", "despite Russian objections"): the actors in it are no recipient,
// though a place in it may still be where the act was aimed ("recalled its ambassador amid protests in Syldavia").
export const CIRCUMSTANCE = new Set(['amid', 'amidst', 'despite'])
// Verbs of telling someone something: "X told Y he would …" (the pronoun is the teller's).
export const TELLING = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'informed', 'informs', 'reminded', 'reminds', 'warned', 'warns', 'promised', 'promises'])
// Words that open a free relative: after "by" they name no agent ("shot down by what officials believe was a missile").
export const WH_WORDS = new Set(['what', 'whatever', 'whoever', 'whichever'])
// Particles of phrasal verbs that may stand between a participle and "by" in a passive ("pushed for by", "called on by").
export const PHRASAL_PARTICLES = new Set(['for', 'on', 'out', 'up', 'off', 'down', 'into', 'against', 'upon'])
// Words that start a measure or a means, not an agent, after "by" ("shortened by one hour", "spoken by phone").
export const MEASURE_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'about', 'around',
  'some', 'nearly', 'almost', 'more', 'less', 'up', 'far', 'much', 'at', 'as', 'roughly', 'several', 'dozens', 'hundreds', 'thousands',
  'phone', 'telephone', 'video', 'videolink', 'email', 'letter', 'mail', 'post', 'hand', 'force', 'sea', 'air', 'land', 'road', 'rail', 'train',
  'car', 'bus', 'plane', 'boat', 'helicopter', 'satellite', 'design', 'chance', 'default', 'mistake', 'accident', 'proxy', 'means', 'way', 'then', 'now'])
