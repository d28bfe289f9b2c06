/** The charset a Content-Type header declares (`text/html; charset=windows-1251` → `windows-1251`). */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')
  return m ? m[1]!.toLowerCase() : null
}

/** The charset an HTML page or XML document declares in its first 2 KB: `<meta charset>`,
 *  `<meta http-equiv="Content-Type" content="…; charset=…">`, or `<?xml … encoding="…"?>`.
 *  This is the byte-level prescan browsers do before parsing (the page is not decoded yet). */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1')
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)
  if (xml) return xml[1]!.toLowerCase()
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  return meta ? meta[1]!.toLowerCase() : null
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

// Labels that browsers decode as another encoding (WHATWG Encoding Standard): pages that say
// ISO-8859-1 or ASCII are written with Windows-1252's curly quotes and dashes in 0x80–0x9F.
const WHATWG_LABELS: Record<string, string> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', 'l1': 'windows-1252', ascii: 'windows-1252', 'us-ascii': 'windows-1252',
  'iso-8859-9': 'windows-1254', latin5: 'windows-1254', 'x-mac-roman': 'macintosh', 'tis-620': 'windows-874', 'iso-8859-11': 'windows-874',
}

/** The charset to decode with: a declared single-byte/legacy charset is honoured only when the bytes
 *  are not valid UTF-8 (pages re-saved as UTF-8 often keep their old declaration; the reverse is rare). */
export function effectiveCharset(bytes: Uint8Array, label: string | null): string | null {
  const declared = label ? WHATWG_LABELS[label.toLowerCase()] ?? label.toLowerCase() : null
  if (!declared || /^utf-?8$/i.test(declared)) return declared
  try { UTF8.decode(bytes); return /[\x80-\xff]/.test(Buffer.from(bytes.subarray(0, 65536)).toString('latin1')) ? 'utf-8' : declared } catch { return declared }
}
