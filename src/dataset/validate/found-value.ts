import { formatCount } from '../../lib/format-count'
import { showInvisible } from '../../lib/visible-text'

/**
 * What a dataset held where it should have held something else, as a code: worded by the page in
 * the reader's language, in English here. A text is kept as JSON writes it (quoted, its invisible
 * characters shown), cut at 60 characters with its whole length given.
 */
export type FoundValue = CheckedFound | ReadFound

/** What the dataset's own checks find (their English here, with the first view's validation). */
export type CheckedFound =
  | { code: 'missing' }
  | { code: 'null' }
  | { code: 'text'; shown: string; length: number | null }
  | { code: 'value'; shown: string }
  | { code: 'list'; count: number }
  | { code: 'object' }
  | { code: 'unknownField' }
  | { code: 'endOfFile' }
  | { code: 'other'; type: string }

/**
 * What an importer found in a row it left out: its English in import/read-issue.ts, with the
 * importers, not in the first view's validation.
 */
export type ReadFound =
  /** A CSV row with more or fewer cells than its header names. */
  | { code: 'cellCount'; cells: number; header: number }
  /** A CSV row a quotes file could not use (its problem said with the events file's). */
  | { code: 'brokenRow' }
  /** A parser's own words (Papa Parse's, ical.js's): English, shown as such. */
  | { code: 'parserSaid'; english: string }
  /** No such field or property at all ("none"). */
  | { code: 'none' }
  /** An iCalendar file that ends inside a component. */
  | { code: 'fileEndsFirst' }
  /** A cancelled iCalendar event (STATUS:CANCELLED). */
  | { code: 'cancelled' }
  /** A JSON value that is no object, by JavaScript's name of its type ("string", "object" for a list or null). */
  | { code: 'jsType'; type: string }
  /** A GDELT line's count of tab-separated fields. */
  | { code: 'fieldCount'; count: number }
  /** A SPARQL binding none of whose variables could be read. */
  | { code: 'noneReadable' }
  /** A line that is no JSON, with the parser's own words (English) if it gave any. */
  | { code: 'brokenJson'; english: string | null }
  /** A JSON list where an object was expected. */
  | { code: 'aList' }
  /** A GeoJSON object of another "type" (the file's word, "Point"). */
  | { code: 'typed'; type: string }
  | { code: 'emptyCell' }
  /** A header's columns, the first 20 (each cut at 40 characters), and how many more (none: "no columns"). */
  | { code: 'columns'; names: string[]; more: number }
  | { code: 'noRows' }
  /** The files given, by name (none: "nothing"). */
  | { code: 'files'; names: string[] }

/** A short, safe description of a value found in the data. */
export function describeFound(value: unknown): CheckedFound {
  if (value === undefined) return { code: 'missing' }
  if (value === null) return { code: 'null' }
  if (typeof value === 'string') {
    if (value.length <= 60) return { code: 'text', shown: showInvisible(JSON.stringify(value)), length: null }
    return {
      code: 'text',
      shown: showInvisible(JSON.stringify(`${value.slice(0, 57)}…`)),
      length: value.length,
    }
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { code: 'value', shown: String(value) }
  if (Array.isArray(value)) return { code: 'list', count: value.length }
  if (typeof value === 'object') return { code: 'object' }
  return { code: 'other', type: typeof value }
}

export function foundInEnglish(found: CheckedFound): string {
  switch (found.code) {
    case 'missing':
      return 'nothing (the field is missing)'
    case 'null':
      return 'null'
    case 'text':
      return found.length === null ? found.shown : `${found.shown} (${formatCount(found.length)} characters)`
    case 'value':
      return found.shown
    case 'list':
      return `a list of ${found.count}`
    case 'object':
      return 'an object'
    case 'unknownField':
      return 'an unknown field'
    case 'endOfFile':
      return 'the end of the file'
    case 'other':
      return found.type
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isTexts = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/** Whether a value the load worker sent is a found value (checked where the page receives it). */
export function isFoundValue(value: unknown): value is FoundValue {
  if (!isRecord(value)) return false
  switch (value.code) {
    case 'missing':
    case 'null':
    case 'object':
    case 'unknownField':
    case 'endOfFile':
    case 'brokenRow':
    case 'none':
    case 'fileEndsFirst':
    case 'cancelled':
    case 'noneReadable':
    case 'aList':
    case 'emptyCell':
    case 'noRows':
      return true
    case 'columns':
      return isTexts(value.names) && typeof value.more === 'number'
    case 'files':
      return isTexts(value.names)
    case 'jsType':
    case 'typed':
      return typeof value.type === 'string'
    case 'fieldCount':
      return typeof value.count === 'number'
    case 'brokenJson':
      return value.english === null || typeof value.english === 'string'
    case 'cellCount':
      return typeof value.cells === 'number' && typeof value.header === 'number'
    case 'parserSaid':
      return typeof value.english === 'string'
    case 'text':
      return typeof value.shown === 'string' && (value.length === null || typeof value.length === 'number')
    case 'value':
      return typeof value.shown === 'string'
    case 'list':
      return typeof value.count === 'number'
    case 'other':
      return typeof value.type === 'string'
    default:
      return false
  }
}
