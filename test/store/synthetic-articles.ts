// Invented news-style articles for ingest tests: distinct texts (so content hashes differ), varied
// countries, leaders, actions and dates, plus a few syndicated copies.

const COUNTRIES = [
  ['France', 'Paris', 'Emmanuel Durand'], ['Germany', 'Berlin', 'Klara Weiss'], ['Japan', 'Tokyo', 'Hiro Tanaka'],
  ['Brazil', 'Brasilia', 'Paulo Lima'], ['India', 'New Delhi', 'Arjun Mehta'], ['Canada', 'Ottawa', 'Claire Morin'],
  ['Kenya', 'Nairobi', 'Amina Otieno'], ['Turkey', 'Ankara', 'Emre Kaya'], ['Poland', 'Warsaw', 'Anna Nowak'],
] as const
const ACTIONS = [
  (a: string, b: string) => `${a} signed a trade agreement with ${b} on port fees and customs checks.`,
  (a: string, b: string) => `${a} accused ${b} of violating the fishing accord in disputed waters.`,
  (a: string, b: string) => `The foreign minister of ${a} met her counterpart from ${b} to discuss energy supplies.`,
  (a: string, b: string) => `${a} sent emergency aid to ${b} after heavy flooding destroyed several bridges.`,
  (a: string, b: string) => `${a} criticised ${b} for expelling two of its diplomats last week.`,
  (a: string, b: string) => `${a} and ${b} agreed to hold joint naval exercises next spring.`,
]
const FILLER = [
  'Officials said talks would continue at the technical level over the coming weeks.',
  'Analysts expect the decision to affect regional markets before the end of the quarter.',
  'Opposition lawmakers demanded that the full text of the arrangement be published.',
  'The announcement followed several months of quiet diplomacy between the two capitals.',
  'Business groups welcomed the step but warned that details remained unclear.',
]

export interface SyntheticArticle { title: string; text: string; date: string; source: string; url: string }

export function syntheticArticles(n: number, seed = 1): SyntheticArticle[] {
  let s = seed
  const rnd = (k: number) => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return (s >>> 8) % k }
  const out: SyntheticArticle[] = []
  for (let i = 0; i < n; i++) {
    if (i % 10 === 9) { // a syndicated copy of the previous article in another outlet
      const prev = out[i - 1]!
      out.push({ ...prev, source: `Wire Reprints ${i % 3}`, url: `https://reprints${i % 3}.example/${i}`, text: `(Wire) ${prev.text} Copyright wire service.` })
      continue
    }
    const [a, capA, leader] = COUNTRIES[rnd(COUNTRIES.length)]!
    let [b] = COUNTRIES[rnd(COUNTRIES.length)]!
    if (b === a) b = COUNTRIES[(COUNTRIES.findIndex((c) => c[0] === a) + 1) % COUNTRIES.length]![0]
    const act = ACTIONS[rnd(ACTIONS.length)]!(a, b)
    const day = `2024-0${1 + rnd(6)}-${String(1 + rnd(28)).padStart(2, '0')}`
    const text = [
      `${capA.toUpperCase()} — ${act}`,
      `${leader}, who leads the government of ${a}, told reporters in ${capA} that the step was number ${i} in a series of measures.`,
      FILLER[rnd(FILLER.length)]!, FILLER[rnd(FILLER.length)]!,
      `Item ${i}: ${act.replace('.', '')} according to a statement released on ${day}.`,
    ].join('\n\n')
    out.push({ title: act.replace(/\.$/, ''), text, date: day, source: `Outlet ${rnd(5)}`, url: `https://news${i}.example/story/${i}` })
  }
  return out
}

export function toJsonl(articles: SyntheticArticle[]): string {
  return articles.map((a) => JSON.stringify(a)).join('\n') + '\n'
}
