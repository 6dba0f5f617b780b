import { type JsonResult, parseJson } from '../../validate/parse-json'

/**
 * JSON as Python's json module writes it by default: NaN, Infinity and -Infinity as bare words, which
 * JSON has no place for (a seismological service's GeoJSON of 288 quakes with two NaN depths). When a
 * text fails as JSON and has such words outside its strings, they are read as null (an empty value)
 * and counted, so that the reader can say how many; any other fault is said as before.
 */
export type TolerantJson = JsonResult & { nonFinite?: number }

export function parseJsonAllowingNonFinite(text: string): TolerantJson {
  const strict = parseJson(text)
  if (strict.ok || !/NaN|Infinity/.test(text)) return strict
  let count = 0
  // A string ("…"), kept whole with its escapes; or a bare NaN, Infinity or -Infinity, replaced.
  const replaced = text.replace(/"(?:[^"\\]|\\.)*"|-?\bInfinity\b|\bNaN\b/g, (token) => {
    if (token.startsWith('"')) return token
    count++
    return 'null'
  })
  if (count === 0) return strict
  const repaired = parseJson(replaced)
  return repaired.ok ? { ...repaired, nonFinite: count } : strict
}
