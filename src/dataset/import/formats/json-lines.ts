import type { FoundValue } from '../../validate/found-value'
import { readIssue } from '../read-issue'
import type { SkippedRow } from '../sheet/keep-good-rows'

type Json = Record<string, unknown>
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The first `count` lines of a text that hold something, each parsed as JSON (null where it is not a
 * JSON object). Looked at no further than its first 20 lines.
 */
function firstObjects(text: string, count: number): Array<Json | null> {
  const found: Array<Json | null> = []
  let start = 0
  for (let tries = 0; tries < 20 && start < text.length && found.length < count; tries++) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end === -1 ? text.length : end).trim()
    start = end === -1 ? text.length : end + 1
    if (line === '') continue
    try {
      const value: unknown = JSON.parse(line.replace(/^\uFEFF/, ''))
      found.push(isJson(value) ? value : null)
    } catch {
      found.push(null)
    }
  }
  return found
}

/** The first line of a text that holds something, as a JSON object; null when it is not one. */
export function firstJsonLine(text: string): Json | null {
  return firstObjects(text, 1)[0] ?? null
}

/**
 * True for a text of one JSON object a line (JSON Lines, NDJSON): its first line that holds something
 * is an object, and so is another of the next few (one object alone is a JSON file; a broken second
 * line is one to leave out, not a reason to read the file as something else).
 */
export function isJsonLines(text: string): boolean {
  const [first, ...next] = firstObjects(text, 5)
  return first !== null && first !== undefined && next.some((object) => object !== null)
}

/**
 * A JSON Lines file's records, each with its line in the file; a line that is not a JSON object (cut
 * off, a stray line of text, a list) is left out with its line and why. Blank lines are skipped.
 */
export function readJsonLines(
  text: string,
  /** How a line is said: "line 12", or "row 12" where it is a sheet's row (its rows said so too). */
  word: 'line' | 'row' = 'line',
): { records: Json[]; lines: number[]; skipped: SkippedRow[]; total: number } {
  const records: Json[] = []
  const lines: number[] = []
  const skipped: SkippedRow[] = []
  let total = 0
  let start = 0
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start)
    const raw = text.slice(start, end === -1 ? text.length : end).trim()
    start = end === -1 ? text.length + 1 : end + 1
    if (raw === '') continue
    total++
    let value: unknown
    try {
      value = JSON.parse(line === 1 ? raw.replace(/^\uFEFF/, '') : raw)
    } catch (error) {
      // The parser's own words, English whatever the page's language: a detail to search for.
      const english = error instanceof Error ? error.message.slice(0, 80) : null
      skipped.push(
        readIssue({ kind: word, number: line }, { code: 'jsonObjectLine' }, { code: 'brokenJson', english }),
      )
      continue
    }
    if (!isJson(value)) {
      const found: FoundValue = Array.isArray(value)
        ? { code: 'aList' }
        : { code: 'value', shown: JSON.stringify(value).slice(0, 60) }
      skipped.push(readIssue({ kind: word, number: line }, { code: 'jsonObjectLine' }, found))
      continue
    }
    records.push(value)
    lines.push(line)
  }
  return { records, lines, skipped, total }
}
