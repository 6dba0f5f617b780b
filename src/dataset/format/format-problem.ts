import { formatCount } from '../../lib/format-count'
import { edtfProblemInEnglish } from '../dates/edtf-problem-english'
import type { EdtfProblem } from '../dates/story-date'

/**
 * What a value of a dataset should have been, as a code with its values: made by the schema and the
 * reference checks, worded by the page in the reader's language (components/dataset-errors/) and in
 * English here for the dataset checker, files and logs (a test holds the two equal, code by code).
 */
export type FormatProblem = CheckedProblem | ReadProblem

/** What the dataset's own checks expect (their English here, with the first view's validation). */
export type CheckedProblem =
  | { code: 'type'; type: ValueType }
  | { code: 'oneOf'; values: string[] }
  | { code: 'knownField' }
  | { code: 'nonEmptyText' }
  | { code: 'atMost'; max: number; of: 'characters' | 'items' | 'number' }
  | { code: 'atLeast'; min: number }
  | { code: 'atLeastOne'; of: 'paragraph' | 'step' | 'item' }
  | { code: 'paragraphFromOne' }
  | { code: 'slug' }
  | { code: 'sha256Digest' }
  | { code: 'webAddress' }
  | { code: 'countryCode' }
  | { code: 'validFormat'; format: string }
  | { code: 'edtf'; problem: EdtfProblem }
  | { code: 'countryOfCountry' }
  | { code: 'latitudeWithLongitude' }
  | { code: 'placeNamed' }
  | { code: 'urlOrOutlet' }
  | { code: 'fieldOfVersion'; version: string }
  | { code: 'speakerBefore'; version: string }
  | { code: 'idIn'; list: 'actors' | 'events' | 'categories' | 'documents' }
  | { code: 'ownActor' }
  | { code: 'once'; of: 'actor' | 'category' | 'heading' | 'numberName' }
  | { code: 'stepText' }
  | { code: 'newId'; list: string; first: string }
  | { code: 'notFirstDocumentId' }
  | { code: 'sha256OfText' }
  | { code: 'paragraphUpTo'; count: number; document: string | null }
  | { code: 'listedHeading'; paragraph: number; headings: string; listed: number[]; more: boolean }
  /** A JSON syntax error (jsonc-parser's code, "PropertyNameExpected"), and where: the issue's path says it in English. */
  | { code: 'json'; error: string; line: number; column: number }
  | { code: 'said'; english: string }

/**
 * What an importer expected of a row it left out: its English in import/read-issue.ts, with the
 * importers, not in the first view's validation.
 */
export type ReadProblem =
  | { code: 'wellFormedCsvRow' }
  /** An iCalendar component (VEVENT, VCALENDAR) the file cuts off before its END line. */
  | { code: 'componentEnded'; kind: string }
  /** An iCalendar component ical.js cannot parse (its words are the found value). */
  | { code: 'icalReadable'; kind: string }
  | { code: 'icalFieldsReadable' }
  | { code: 'dtstart' }
  | { code: 'summary' }
  | { code: 'tookPlace' }
  /** A TimelineJS slide or era: an object, its start_date in parts, a headline or some text. */
  | { code: 'slide' }
  | { code: 'dateInParts' }
  | { code: 'headlineOrText' }
  /** A GDELT event's line: its count of tab-separated fields, its SQLDATE. */
  | { code: 'gdeltFields' }
  | { code: 'yyyymmdd' }
  /** Query results' rows: a SPARQL binding, one with a value, a simple list's row. */
  | { code: 'binding' }
  | { code: 'bindingValue' }
  | { code: 'resultRow' }
  | { code: 'geojsonFeature' }
  | { code: 'jsonObjectLine' }
  /** A forensic timeline's row: its time, its message. */
  | { code: 'forensicTime' }
  | { code: 'message' }
  /** What a refused sheet or file lacks: a header, a column by name or by kind, a sheet of events, an events file, an event. */
  | { code: 'headerRow' }
  | { code: 'columnNamed'; column: string }
  | { code: 'dateColumn' }
  | { code: 'titleColumn' }
  | { code: 'sheetOfEvents' }
  | { code: 'datasetOrEventsCsv' }
  | { code: 'atLeastOneEvent' }

export type ValueType = 'string' | 'number' | 'int' | 'array' | 'object' | 'boolean' | 'other'

/** The id that names the first document, `source` (format-constants' FIRST_DOCUMENT_ID). */
const FIRST = 'source'

const TYPES: Record<ValueType, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
  other: 'another kind of value',
}

const ONCE = { actor: 'each actor once', category: 'each category once', heading: 'each heading once' }

/** What was expected, in English: "a text", "one of "occurred", "alleged"". */
export function formatProblemInEnglish(problem: CheckedProblem): string {
  switch (problem.code) {
    case 'type':
      return TYPES[problem.type]
    case 'oneOf':
      return `one of ${problem.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'knownField':
      return 'only the fields the format defines'
    case 'nonEmptyText':
      return 'a non-empty text'
    case 'atMost':
      if (problem.of === 'characters') return `a text of at most ${formatCount(problem.max)} characters`
      return problem.of === 'items' ? `at most ${formatCount(problem.max)} items` : `at most ${problem.max}`
    case 'atLeast':
      return `at least ${problem.min}`
    case 'atLeastOne':
      return `at least one ${problem.of}`
    case 'paragraphFromOne':
      return 'a paragraph number from 1'
    case 'slug':
      return 'a lower-case slug such as "kim-jong-un"'
    case 'sha256Digest':
      return 'a SHA-256 hex digest (64 lower-case hex digits)'
    case 'webAddress':
      return 'a web address starting with http:// or https://'
    case 'countryCode':
      return 'an ISO 3166-1 alpha-2 country code in capitals, such as "KP"'
    case 'validFormat':
      return `a valid ${problem.format}`
    case 'edtf':
      return edtfProblemInEnglish(problem.problem)
    case 'countryOfCountry':
      return 'a country code for a country'
    case 'latitudeWithLongitude':
      return 'a latitude and a longitude together, or neither'
    case 'placeNamed':
      return 'a place with a name, an administrative area or coordinates'
    case 'urlOrOutlet':
      return 'a source with a url or an outlet'
    case 'fieldOfVersion':
      return `a field of ${problem.version} only: set "format" to "${problem.version}"`
    case 'speakerBefore':
      return `the id of the actor who said the words (a quote without a speaker is ${problem.version} only: set "format" to "${problem.version}")`
    case 'idIn':
      return problem.list === 'documents'
        ? `the id of a document in "documents" (or "${FIRST}", the first document)`
        : `the id of ${problem.list === 'actors' ? 'an actor' : problem.list === 'events' ? 'an event' : 'a category'} in "${problem.list}"`
    case 'ownActor':
      return 'the id of one of the event’s own actors'
    case 'once':
      return problem.of === 'numberName' ? 'each number’s name once (a name given twice)' : ONCE[problem.of]
    case 'stepText':
      return 'the excerpt of the paragraph the step names (a "source" needs a "text")'
    case 'newId':
      return `an id not used before in "${problem.list}" (already used by ${problem.first})`
    case 'notFirstDocumentId':
      return `an id other than "${FIRST}", which names the first document ("source")`
    case 'sha256OfText':
      return 'the SHA-256 of the text given in "text" (a text is shown only once checked)'
    case 'paragraphUpTo': {
      const range = `a paragraph number from 1 to ${problem.count}`
      return problem.document === null ? range : `${range} (${problem.document} has ${problem.count})`
    }
    case 'listedHeading': {
      const listed =
        problem.listed.length === 0 ? 'none' : `${problem.listed.join(', ')}${problem.more ? ', …' : ''}`
      return `no "heading" for paragraph ${problem.paragraph}, which ${problem.headings} (${listed}) does not list`
    }
    case 'json':
      return `valid JSON (${problem.error.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()})`
    case 'said':
      return problem.english
  }
}

/** For a schema's check: its message the problem's English, the problem itself carried in `params`. */
export function problemIssue(problem: CheckedProblem): {
  message: string
  params: { problem: CheckedProblem }
} {
  return { message: formatProblemInEnglish(problem), params: { problem } }
}
