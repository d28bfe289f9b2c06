/** `text.split(/\r?\n[\t \u00a0]*\r?\n/)` without the regex: finds each line break with indexOf
 *  and checks whether only spaces separate it from the next one. */
export function splitOnBlankLines(text: string): string[] {
  const parts: string[] = []
  let from = 0
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const end = blankLineEnd(text, nl)
    if (end < 0) continue
    const start = nl > 0 && text.charCodeAt(nl - 1) === 13 /* \r */ ? nl - 1 : nl
    parts.push(text.slice(from, start))
    from = end
    nl = end - 1
  }
  parts.push(text.slice(from))
  return parts
}

/** After the line break at `nl`: spaces, tabs or no-break spaces, then another line break (\r\n or \n);
 *  the offset just past it, or -1. */
function blankLineEnd(text: string, nl: number): number {
  let i = nl + 1
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 0xa0; c = text.charCodeAt(++i));
  if (text.charCodeAt(i) === 13) i++
  return text.charCodeAt(i) === 10 ? i + 1 : -1
}
