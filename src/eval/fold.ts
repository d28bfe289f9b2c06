// String folding of ../shared/gold/FORMAT.md: Unicode NFKC, curly → straight quotes, whitespace folding.
const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"' }

/** Case-sensitive folding (metadata strings). */
export function fold(s: string): string {
  return s.normalize('NFKC').replace(/[‘’‚‛′“”„‟″«»]/g, (c) => QUOTES[c]!).replace(/\s+/g, ' ').trim()
}

/** Case-insensitive folding (entity names, aliases, speakers). */
export function foldName(s: string): string {
  return fold(s).toLowerCase()
}

/** Word tokens of folded text, for quote coverage. */
export function tokens(s: string): string[] {
  return fold(s).toLowerCase().match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
}
