// Word forms generated from lemmas at load time, so rule files list each verb or noun once.

// Irregular verbs common in news reports of political action: lemma → [past, participle].
const IRREGULAR: Record<string, [string, string]> = {
  begin: ['began', 'begun'], break: ['broke', 'broken'], bring: ['brought', 'brought'], build: ['built', 'built'],
  buy: ['bought', 'bought'], come: ['came', 'come'], cut: ['cut', 'cut'], do: ['did', 'done'], draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'], fight: ['fought', 'fought'], forgive: ['forgave', 'forgiven'], freeze: ['froze', 'frozen'],
  give: ['gave', 'given'], go: ['went', 'gone'], hold: ['held', 'held'], hit: ['hit', 'hit'], keep: ['kept', 'kept'],
  lay: ['laid', 'laid'], lead: ['led', 'led'], leave: ['left', 'left'], lend: ['lent', 'lent'], make: ['made', 'made'],
  meet: ['met', 'met'], overthrow: ['overthrew', 'overthrown'], put: ['put', 'put'], rise: ['rose', 'risen'],
  seek: ['sought', 'sought'], sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'], shake: ['shook', 'shaken'],
  shoot: ['shot', 'shot'], shut: ['shut', 'shut'], sit: ['sat', 'sat'], speak: ['spoke', 'spoken'], spend: ['spent', 'spent'],
  stand: ['stood', 'stood'], steal: ['stole', 'stolen'], strike: ['struck', 'struck'], swear: ['swore', 'sworn'],
  take: ['took', 'taken'], teach: ['taught', 'taught'], tell: ['told', 'told'], throw: ['threw', 'thrown'],
  undertake: ['undertook', 'undertaken'], upset: ['upset', 'upset'], withdraw: ['withdrew', 'withdrawn'],
  withhold: ['withheld', 'withheld'], write: ['wrote', 'written'], win: ['won', 'won'], beat: ['beat', 'beaten'],
  bid: ['bid', 'bid'], blow: ['blew', 'blown'], forbid: ['forbade', 'forbidden'], foresee: ['foresaw', 'foreseen'],
  mislead: ['misled', 'misled'], offset: ['offset', 'offset'], overrun: ['overran', 'overrun'], quit: ['quit', 'quit'],
  ride: ['rode', 'ridden'], run: ['ran', 'run'], see: ['saw', 'seen'], slay: ['slew', 'slain'], spread: ['spread', 'spread'],
  stick: ['stuck', 'stuck'], sweep: ['swept', 'swept'], wage: ['waged', 'waged'], wind: ['wound', 'wound'],
  pay: ['paid', 'paid'], have: ['had', 'had'], fly: ['flew', 'flown'], find: ['found', 'found'], show: ['showed', 'shown'],
}
// Third persons that no spelling rule gives.
const THIRD_PERSON: Record<string, string> = { have: 'has' }

const VOWEL = /[aeiou]/
// Two-syllable verbs stressed on the last syllable double their consonant (expelled, committed); "offer", "visit" do not.
const STRESSED_FINAL = new Set(['refer', 'prefer', 'confer', 'transfer', 'deter', 'occur', 'incur', 'recur', 'commit', 'submit', 'permit', 'admit',
  'omit', 'emit', 'transmit', 'compel', 'expel', 'repel', 'propel', 'dispel', 'patrol', 'control', 'regret', 'abet', 'embed', 'allot',
  'forget', 'begin', 'upset', 'acquit', 'outlaw', 'rebel', 'equip', 'kidnap', 'worship'])
// Final consonant doubled before -ed/-ing in stressed short syllables (ban → banned, stop → stopped).
function doubles(lemma: string): boolean {
  if (!/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) || /[wxy]$/.test(lemma)) return false
  const syllables = lemma.match(/[aeiouy]+/g)?.length ?? 0
  return syllables === 1 || STRESSED_FINAL.has(lemma)
}

/** All forms of a verb lemma: lemma, 3rd person, past, participle, -ing (British/American spellings both kept). */
export function verbForms(lemma: string): string[] {
  const forms = new Set<string>([lemma])
  const irregular = IRREGULAR[lemma]
  if (THIRD_PERSON[lemma]) forms.add(THIRD_PERSON[lemma])
  else if (/(?:s|x|z|ch|sh)$/.test(lemma)) forms.add(`${lemma}es`)
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`)
  else if (/[^aeiou]o$/.test(lemma)) forms.add(`${lemma}es`)
  else forms.add(`${lemma}s`)
  let stem = lemma
  if (lemma.endsWith('ie')) stem = lemma.slice(0, -2) + 'y'
  else if (lemma.endsWith('e') && !/(?:ee|ye|oe)$/.test(lemma)) stem = lemma.slice(0, -1)
  else if (doubles(lemma)) stem = lemma + lemma[lemma.length - 1]
  forms.add(`${stem}ing`)
  if (irregular) { forms.add(irregular[0]); forms.add(irregular[1]) } else {
    if (lemma.endsWith('e')) forms.add(`${lemma}d`)
    else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ied`)
    else if (doubles(lemma)) forms.add(`${stem}ed`)
    else forms.add(`${lemma}ed`)
    // British doubling of a final l (travelled, cancelled) next to the American form.
    if (/[aeiou]l$/.test(lemma) && VOWEL.test(lemma.slice(0, -2))) { forms.add(`${lemma}led`); forms.add(`${lemma}ling`) }
  }
  return [...forms]
}

/** Past and participle forms only (for passives: "was attacked", "were expelled"). */
export function participles(lemma: string): Set<string> {
  const irregular = IRREGULAR[lemma]
  if (irregular) return new Set(irregular)
  return new Set(verbForms(lemma).filter((f) => f.endsWith('ed') || f.endsWith('d') && f !== lemma))
}

/** Singular and plural of a noun (deal/deals, treaty/treaties, crisis/crises). */
export function nounForms(noun: string): string[] {
  if (noun.includes('-') && noun.endsWith('-')) return [noun]
  const forms = new Set([noun])
  if (/(?:s|x|z|ch|sh)$/.test(noun)) forms.add(`${noun}es`)
  else if (/[^aeiou]y$/.test(noun)) forms.add(`${noun.slice(0, -1)}ies`)
  else if (noun.endsWith('is')) forms.add(`${noun.slice(0, -2)}es`)
  else forms.add(`${noun}s`)
  return [...forms]
}
