/** A plain aligned text table for terminals. Cell text is untrusted: control characters are removed. */
export function textTable(headers: string[], rows: (string | number | null | undefined)[][], maxWidth = 60): string {
  const clean = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v)
    // eslint-disable-next-line no-control-regex
    const flat = s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat
  }
  const cells = rows.map((r) => r.map(clean))
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)))
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] == null))
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n')
}
