/** One CSV field (RFC 4180). Cells that a spreadsheet would run as a formula get a leading apostrophe:
 *  article text is untrusted and CSV files get opened in spreadsheets. */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}
