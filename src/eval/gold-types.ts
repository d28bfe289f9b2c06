import type { InputFormat } from '../article/index.js'

// The gold annotation format of ../shared/gold/FORMAT.md.

export interface GoldPerson { name: string; location?: string | null }
export interface GoldMetadata {
  section?: string; headline?: string; standfirst?: string; publisher?: string
  copyrightYear?: number
  captions?: { text: string; credit?: string | null }[]
  authors?: GoldPerson[]; contributors?: GoldPerson[]
  published?: { relative?: string; iso?: string }
  gaps?: number
  bodyStartsWith?: string; bodyEndsWith?: string
}
export interface GoldEntity { name: string; type: string; aliases?: string[]; country?: string; optional?: boolean }
export interface GoldQuote { text: string; speakers: string[]; direct: boolean; optional?: boolean; hard?: boolean }
export interface GoldEvent { sources: string[]; targets: string[]; types: string[]; evidence?: string; hard?: boolean; why?: string }
export interface GoldAmount { text?: string; value: number; unit: string; per?: string | null }

export interface ArticleGold {
  kind: 'article'
  file: string
  id: string
  input: string          // resolved path
  format: InputFormat | null   // null: detected like `analyze` does
  metadata?: GoldMetadata
  entities?: GoldEntity[]
  quotes?: GoldQuote[]
  events?: GoldEvent[]
  acceptable?: GoldEvent[]
  forbidden?: GoldEvent[]
  amounts?: GoldAmount[]
}

export interface GoldSentence { id: string; text: string; date?: string | null; events: GoldEvent[] }
export interface SentenceSetGold { kind: 'sentences'; file: string; sentences: GoldSentence[] }

export type Gold = ArticleGold | SentenceSetGold
