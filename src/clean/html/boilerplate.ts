import RULES from './rules/boilerplate.json' with { type: 'json' }

/** Versioned boilerplate rules (rules/boilerplate.json): dropped tags/roles, class/id words, short phrases. */
export const BOILERPLATE_VERSION = RULES.version
export const DROP_TAGS = new Set(RULES.dropTags.map((t) => t.toUpperCase()))
export const DROP_ROLES = new Set(RULES.dropRoles)
/** Elements that name themselves the article's body; a wrapper around one is never furniture. */
export const ARTICLE_MARKERS = RULES.articleMarkers

const bounded = (words: string) => `(?:^|[-_\\s])(?:${words})(?=$|[-_\\s])`
const CLASS_RULES = RULES.classRules.map((r) => ({ id: r.id, re: new RegExp(bounded(r.token)) }))
const ANY_CLASS_RULE = new RegExp(RULES.classRules.map((r) => bounded(r.token)).join('|'))
const KEEP = new RegExp(`(?:^|\\s)(?:${RULES.keepTokens})(?=$|\\s)`)
const PHRASES = new RegExp(RULES.phrases.patterns.join('|'), 'i')

/** The id of the class/id rule an element's `class`+`id` matches (lower-cased), or null. Whole class
 *  names that mark article content ("article-body", "entry-content") are never boilerplate. */
export function boilerplateRule(classAndId: string): string | null {
  if (!classAndId || !ANY_CLASS_RULE.test(classAndId) || KEEP.test(classAndId)) return null
  for (const r of CLASS_RULES) if (r.re.test(classAndId)) return r.id
  return null
}

/** Short blocks that are page furniture whatever their markup ("Advertisement", "Read more: …"). */
export function isBoilerplatePhrase(text: string): boolean {
  return text.length <= RULES.phrases.maxChars && PHRASES.test(text)
}
