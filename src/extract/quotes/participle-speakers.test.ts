import { describe, expect, it } from 'vitest'
import { brief, quotesOf } from './test-helpers.js'

// Invented sentences: who speaks through a participle ("…, saying …") and whose subject a sentence has.

const reported = (paragraph: string) => brief(quotesOf(['The ferry vote was held on Monday.', paragraph]).quotes)
const speakerOf = (paragraph: string, text: string) => reported(paragraph).find((q) => q[1] === text)?.[2]

describe('the subject after an introductory phrase', () => {
  it('skips a place and its region and a time set off by commas ("At a meeting in Tromsø, Norway, on Friday, …")', () => {
    expect(speakerOf('At a town meeting in Tromsø, Norway, on Friday, Ola Lind defended the plan, saying the ferries would keep running.', 'the ferries would keep running'))
      .toEqual(['Ola Lind'])
  })
  it('skips an opening phrase led by "early", "back" or "amid"', () => {
    expect(speakerOf('Early in the campaign, Ola Lind attacked the council, saying its members had ignored the islands.', 'its members had ignored the islands')).toEqual(['Ola Lind'])
    expect(speakerOf('Back in 2009, Ola Lind praised the council, saying its members listened to the islands.', 'its members listened to the islands')).toEqual(['Ola Lind'])
  })
  it('skips an opening phrase of time ("Hours later, …") and one led by a preposition such as "alongside"', () => {
    expect(speakerOf('Hours later, Ola Lind thanked the crews, saying the boats had never run better.', 'the boats had never run better')).toEqual(['Ola Lind'])
    expect(speakerOf('Alongside the protests, Ola Lind wrote to the council, saying the boats had never run better.', 'the boats had never run better')).toEqual(['Ola Lind'])
  })
  it('skips a description that goes on after a comma in the opening phrase ("In a long, angry letter to …, X …")', () => {
    expect(speakerOf('In a long, angry letter to the council last year, Ola Lind defended the crews, saying the boats had never run better.', 'the boats had never run better'))
      .toEqual(['Ola Lind'])
  })
  it('skips an opening phrase led by an adverb and a preposition ("Shortly after …,")', () => {
    expect(speakerOf('Shortly after the vote, Ola Lind issued a statement saying the crews would strike.', 'the crews would strike')).toEqual(['Ola Lind'])
  })
  it('skips a dateline with a wire in brackets', () => {
    expect(speakerOf('Bergen (NTB) – Mayor Kari Dahl has rejected the plan, saying the island needs two boats.', 'the island needs two boats')).toEqual(['Kari Dahl'])
  })
  it('ends the subject at its verb ("Ola Lind went to …", "his union sent out …")', () => {
    expect(speakerOf('Ola Lind went to the harbour, saying the boats were unsafe.', 'the boats were unsafe')).toEqual(['Ola Lind'])
  })
})

describe('a message issued by the subject', () => {
  it('gives the statement to whoever issued it, not to the statement', () => {
    expect(speakerOf('The ferry union issued a statement saying the crews would strike on Friday.', 'the crews would strike on Friday')).toEqual(['ferry union'])
    expect(speakerOf('Kari Dahl sent out an email stressing that the vote was close.', 'the vote was close')).toEqual(['Kari Dahl'])
  })
  it('still reads "a strong showing" as a noun, also after an adverb before its modifier', () => {
    expect(reported('The union had a strong showing in the vote.')).toEqual([])
    expect(reported('Amid his unexpectedly strong showing in the vote, Per Dahl bought a boat.')).toEqual([])
  })
})

describe('the participle after another clause', () => {
  it('takes the pronoun subject of the subordinate clause it follows', () => {
    expect(speakerOf('The council backed the plan on Monday when she formally announced the vote, calling it a victory for the islands.', 'it a victory for the islands'))
      .toEqual(['?she'])
  })
  it('takes the speaker of a past speech verb followed by a place or time phrase', () => {
    expect(speakerOf('“The boats are old,” Ola Lind said at a meeting in Bergen, adding that the council had known for years.', 'the council had known for years'))
      .toEqual(['Ola Lind'])
  })
  it('takes the speaker of "told" and its addressee before the comma ("he told the group, adding …")', () => {
    expect(speakerOf('“The boats are old,” Ola Lind told the council, adding that the crews had known for years.', 'the crews had known for years')).toEqual(['Ola Lind'])
  })
  it('reads a cue before the comma with its object as no inverted speaker ("announced her deputy, calling …")', () => {
    expect(speakerOf('Kari Dahl announced her deputy, calling him the best captain on the coast.', 'him the best captain on the coast')).toEqual(['Kari Dahl'])
  })
  it('does not read "said at a meeting, adding …" as a clause of "said"', () => {
    expect(reported('Ola Lind said at a meeting in Bergen, adding that the council had known for years.'))
      .toEqual([[false, 'the council had known for years', ['Ola Lind']]])
  })
})

describe('a verb listed after the subject’s predicate', () => {
  it('gives "…, proposed that …" and "…, then says …" to the sentence subject, not to a name in the predicate', () => {
    expect(speakerOf('Kari Dahl urged the council to buy boats from Per Lind in Bergen, proposed that the old fleet be sold.', 'that the old fleet be sold')).toEqual(['Kari Dahl'])
    expect(speakerOf('Kari Dahl jokingly offered Per Lind a job as harbour master, then says she will welcome advice.', 'she will welcome advice')).toEqual(['Kari Dahl'])
  })
  it('still reads an inverted speaker after the comma ("…, said Smith")', () => {
    expect(speakerOf('The council opposed the ferry plan, said Per Lind, the harbour master.', 'The council opposed the ferry plan')).toEqual(['Per Lind'])
  })
})

describe('a quote after a second verb', () => {
  it('gives "… laughed and said “…”" to the sentence subject', () => {
    expect(reported('Per Lind laughed and said “We’ll see.”')).toEqual([[true, 'We’ll see.', ['Per Lind']]])
    expect(reported('Kari Dahl shook her head and said, “No.”')).toEqual([[true, 'No.', ['Kari Dahl']]])
  })
})

describe('a participle speaker ends before its own verb', () => {
  it('keeps the past tense after a lower-case head out of the speaker ("His staff churned out …, praising …")', () => {
    const { quotes } = quotesOf(['His staff churned out statements all week, praising the ferry plan.'])
    expect(quotes.map((q) => q.speaker?.mention?.text)).toEqual(['His staff'])
  })
})

describe('set phrases before the sentence subject', () => {
  it('skips "Worst of all," "Above all," and "Together," to the subject that speaks through a participle', () => {
    expect(quotesOf(['Worst of all, Lind missed the vote, revealing that she had been abroad.']).quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Lind'])
    expect(quotesOf(['Above all, Lind missed the vote, revealing that she had been abroad.']).quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Lind'])
    expect(quotesOf(['Together, the two mayors toured the harbour, calling the levy a disaster.']).quotes.map((q) => q.speaker?.mention?.text)).toEqual(['the two mayors'])
  })
})

describe('speakers past a phrase of time and in a subordinate clause', () => {
  it('skips "at the time" and "in the past" between the subject and its cue', () => {
    expect(quotesOf(['Lind at the time said the ferry would keep running.']).quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Lind'])
    expect(quotesOf(['Dahl, who in the past has said the levy is unfair, voted for it.']).quotes.map((q) => q.speaker?.mention?.text)).toEqual(['who'])
  })
  it('gives a second verb the name opening its subordinate clause ("cheered when Lind saw a banner and asked …")', () => {
    const { quotes } = quotesOf(['The hall clapped when Lind saw a banner by the stage and asked it to be carried up to her.'])
    expect(quotes.find((q) => q.text === 'it to be carried up to her')?.speaker?.mention?.text).toBe('Lind')
  })
})

describe('an -ing cue after a form of be', () => {
  it('reads "X is arguing", "he’s hoping" as the finite verb of the subject right before it, not a participle of the sentence’s subject', () => {
    const { quotes } = quotesOf(['Ola Lind is describing the ferry’s history, while Per Dahl is arguing that the boats are unsafe.'])
    expect(quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Ola Lind', 'Per Dahl'])
    const hoping = quotesOf(['Ola Lind is trying to rebound, and he’s hoping the council will back the ferry.']).quotes
    expect(hoping.map((q) => q.speaker?.mention?.text)).toEqual(['he’s'])
  })
})

describe('a participle after "with" and a noun phrase', () => {
  it('takes the noun phrase after "with" for the speaker, not the sentence subject', () => {
    const mentions = (s: string) => quotesOf([s]).quotes.map((q) => q.speaker?.mention?.text)
    expect(mentions('The two captains had been friends, with Dahl repeatedly calling Lind his mentor.')).toEqual(['Dahl'])
    expect(mentions('Islanders shrugged off the vote, with three in 10 saying the ferry would change nothing.')).toEqual(['three in 10'])
  })
})

describe('a participle closing a coordinated clause', () => {
  it('speaks for the subject of the clause after ", and", not the sentence’s first subject', () => {
    const { quotes } = quotesOf(['Islanders say the fares are unfair, and the Harbour Union has already sued the council, saying the fares break the law.'])
    expect(quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Islanders', 'Harbour Union'])
  })
})

describe('a phrase of time opening the sentence', () => {
  it('is skipped for the sentence subject a participle speaks for ("The next month, X …, claiming")', () => {
    const { quotes } = quotesOf(['The next month, a former harbour clerk filed a complaint against the council, claiming he was fired for speaking out.'])
    expect(quotes.find((q) => q.cue === 'claiming')?.speaker?.mention?.text).toBe('a former harbour clerk')
  })
})

describe('the addressee of an issued message before a participle', () => {
  it('is not the speaker: the issuer is ("sent an email to supporters saying …")', () => {
    const { quotes } = quotesOf(['The ferry union sent out an email to members saying that the strike would go ahead.'])
    expect(quotes.map((q) => q.speaker?.mention?.text)).toEqual(['The ferry union'])
  })
})

describe('the second verb of a relative clause', () => {
  it('shares the clause’s "who" ("Weaver, who came out and endorsed X")', () => {
    const { quotes } = quotesOf(['The ferry plan has won over Per Dahl, who came out and endorsed Ola Lind during the meeting.'])
    expect(quotes.map((q) => [q.speaker?.mention?.text, q.speaker?.name])).toEqual([['who', 'Per Dahl']])
  })
})

describe('a participle inside a relative clause', () => {
  it('speaks for the clause’s "who", not the sentence subject', () => {
    const { quotes } = quotesOf(['Former mayor Per Dahl, who helped launch the movement with a speech denouncing the ferry plan, said he would vote.'])
    expect(quotes.find((q) => q.cue === 'denouncing')?.speaker?.mention?.text).toBe('who')
  })
})

describe('the second verb of a subordinate clause', () => {
  it('shares the subordinate clause’s subject, not the sentence’s', () => {
    const { quotes } = quotesOf(['The worry grew on Wednesday when Harbour Master Per Dahl of Tromsø lamented the state of the fleet and criticized the council for its silence.'])
    expect(quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Harbour Master Per Dahl', 'Harbour Master Per Dahl'])
  })
})

describe('a gerund after "by" in a coordinated clause', () => {
  it('speaks for that clause’s subject', () => {
    const { quotes } = quotesOf(['Dahl attacked the plan in the debate, and the Tromsø mayor tripped up Dahl by calling him out for his figures.'])
    expect(quotes.find((q) => q.cue === 'calling')?.speaker?.mention?.text).toBe('the Tromsø mayor')
  })
})

describe('a participle phrase opening the sentence', () => {
  it('is no speaker: the main clause’s subject after its comma is', () => {
    const { quotes } = quotesOf(['Rattling off promises to cut fares and rebuild the pier, Mayor Lind promised to fight for the islanders.'])
    expect(quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Lind', 'Lind'])
  })
})
