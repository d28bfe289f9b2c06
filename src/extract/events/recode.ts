// PLOVER codes a stated intention as AGREE (to co-operate) or THREATEN (to do harm):
// "Finland will give Tanzania a grant" is AGREE, "Israel plans to impose restrictions" is THREATEN.
// The CAMEO code moves to the matching 03x / 13x code.

const INTENT_TO_COOPERATE: [string, string][] = [
  ['0841', '0353'], ['0842', '0353'], ['0871', '0356'], ['081', '0351'], ['082', '0352'], ['083', '034'], ['084', '0353'],
  ['085', '0354'], ['086', '0355'], ['087', '0356'], ['080', '035'], ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'],
  ['07', '033'], ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'], ['06', '031'], ['045', '039'], ['04', '036'], ['05', '032'],
]
const INTENT_TO_HARM: [string, string][] = [
  ['161', '1313'], ['162', '1311'], ['163', '1312'], ['164', '134'], ['165', '135'], ['166', '136'], ['16', '131'],
  ['1721', '1321'], ['1722', '1322'], ['1723', '1323'], ['1724', '1324'], ['175', '137'], ['191', '1381'], ['192', '1382'], ['17', '132'],
  ['183', '1383'], ['204', '1385'], ['18', '138'], ['19', '1384'], ['20', '1383'], ['14', '133'], ['15', '138'],
]

function lookup(table: [string, string][], cameo: string): string | null {
  for (const [prefix, code] of table) if (cameo.startsWith(prefix)) return code
  return null
}

/** The intent code for a future event, or null when the event stays as coded (already verbal). */
export function intentCode(cameo: string): string | null {
  const root = Number(cameo.slice(0, 2))
  if (root >= 4 && root <= 8) return lookup(INTENT_TO_COOPERATE, cameo)
  if (root >= 14 && root <= 20) return lookup(INTENT_TO_HARM, cameo)
  return null
}
