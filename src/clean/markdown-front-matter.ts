/**
 * The small YAML subset that Markdown front matter uses: `key: value`, quoted strings, inline lists
 * `[a, b]`, block lists `- item`, and list items that are maps (`- name: X` / `  location: Y`).
 * Anything richer is kept as the raw string rather than guessed at.
 */
export type FrontValue = string | number | boolean | null | FrontValue[] | { [key: string]: FrontValue }

export interface FrontMatter { data: Record<string, FrontValue>; body: string; bodyOffset: number; error: { line: number; reason: string } | null }

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

export function splitFrontMatter(content: string): FrontMatter {
  const text = content.replace(/^\uFEFF/, '')
  const m = FENCE.exec(text)
  if (!m) return { data: {}, body: text, bodyOffset: 0, error: null }
  const { data, error } = parseYamlSubset(m[1]!)
  return { data, body: text.slice(m[0].length), bodyOffset: m[0].length, error }
}

function parseYamlSubset(src: string): { data: Record<string, FrontValue>; error: FrontMatter['error'] } {
  const data: Record<string, FrontValue> = {}
  let error: FrontMatter['error'] = null
  let listKey: string | null = null
  let item: Record<string, FrontValue> | null = null
  const lines = src.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (!line.trim() || /^\s*#/.test(line)) continue
    const listItem = /^\s*-\s+(.*)$/.exec(line)
    if (listItem && listKey) {
      const kv = /^([\w-]+):\s*(.*)$/.exec(listItem[1]!)
      const list = (Array.isArray(data[listKey]) ? data[listKey] : (data[listKey] = [])) as FrontValue[]
      if (kv) { item = { [kv[1]!]: scalar(kv[2]!) }; list.push(item) } else { item = null; list.push(scalar(listItem[1]!)) }
      continue
    }
    const nested = /^\s+([\w-]+):\s*(.*)$/.exec(line)
    if (nested && item) { item[nested[1]!] = scalar(nested[2]!); continue }
    const kv = /^([\w-]+):\s*(.*)$/.exec(line)
    if (!kv) { error ??= { line: i + 2, reason: `cannot read front matter line: ${line.trim().slice(0, 60)}` }; continue }
    item = null
    const [, key, value] = kv
    if (value === '') { listKey = key!; data[key!] = null; continue }
    listKey = null
    data[key!] = value!.startsWith('[') && value!.endsWith(']') ? splitInline(value!.slice(1, -1)).map(scalar) : scalar(value!)
  }
  return { data, error }
}

function splitInline(s: string): string[] {
  const out: string[] = []
  let cur = '', quote = ''
  for (const ch of s) {
    if (quote) { cur += ch; if (ch === quote) quote = ''; continue }
    if (ch === '"' || ch === "'") { quote = ch; cur += ch; continue }
    if (ch === ',') { out.push(cur.trim()); cur = ''; continue }
    cur += ch
  }
  if (cur.trim()) out.push(cur.trim())
  return out
}

function scalar(raw: string): FrontValue {
  const v = raw.trim().replace(/\s+#.*$/, '')
  if (/^"(.*)"$/.test(v)) return v.slice(1, -1).replace(/\\"/g, '"')
  if (/^'(.*)'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'")
  if (v === 'null' || v === '~' || v === '') return null
  if (v === 'true' || v === 'false') return v === 'true'
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v)
  return v
}
