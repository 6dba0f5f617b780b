import type { ReactNode } from 'react'
import type { FormatProblem } from '../../dataset/format/format-problem'
import { joinItems, separators } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { edtfProblemWords } from '../reasons/edtf-problem-words'

// What a dataset's value should have been, in the reader's language. The format's own names (its
// fields, lists, versions, ids, paths) stay as the file writes them, in <code>: a reader fixes the
// file with them.
const messages = defineMessages({
  bare: {
    id: 'datasetErrors.expected',
    defaultMessage:
      '{code, select, knownField {only the fields the format defines} nonEmptyText {a non-empty text} paragraphFromOne {a paragraph number from 1} slug {a lower-case slug such as "kim-jong-un"} sha256Digest {a SHA-256 hex digest (64 lower-case hex digits)} webAddress {a web address starting with http:// or https://} countryCode {an ISO 3166-1 alpha-2 country code in capitals, such as "KP"} countryOfCountry {a country code for a country} latitudeWithLongitude {a latitude and a longitude together, or neither} placeNamed {a place with a name, an administrative area or coordinates} urlOrOutlet {a source with a url or an outlet} ownActor {the id of one of the event’s own actors} stepText {the excerpt of the paragraph the step names (a "source" needs a "text")} notFirstDocumentId {an id other than "source", which names the first document ("source")} wellFormedCsvRow {a well-formed CSV row} icalFieldsReadable {a VEVENT whose fields ical.js can read} dtstart {a DTSTART (when the event starts)} summary {a SUMMARY (the event’s title)} tookPlace {an event that took place} other {the SHA-256 of the text given in "text" (a text is shown only once checked)}}',
  },
  // What importers other than the sheet's expected of a row they left out; the format's own words
  // (start_date, SQLDATE, YYYYMMDD, "type": "Feature") as the file writes them.
  read: {
    id: 'datasetErrors.readExpected',
    defaultMessage:
      '{code, select, slide {a slide (an object)} dateInParts {a date in parts: a year, and a month and day if known} headlineOrText {a headline or some text} gdeltFields {a GDELT event: 57, 58 or 61 tab-separated fields} yyyymmdd {a date as YYYYMMDD} binding {a binding (an object of variables)} bindingValue {a binding with a value} resultRow {a row (an object of texts)} geojsonFeature {a GeoJSON Feature (an object with "type": "Feature")} jsonObjectLine {a JSON object on one line} forensicTime {a date and time such as 2015-07-24T19:01:01+00:00 (or a timestamp in microseconds)} message {a message} headerRow {a header row naming the columns} dateColumn {a column of dates ("date", "event_date", or TimelineJS\'s "Year", "Month", "Day")} titleColumn {a column of titles ("title" or "headline", or ACLED\'s "event_type" and "location", or a "description", or a "place")} sheetOfEvents {a header row, and rows of events under it} datasetOrEventsCsv {a JSON dataset or an events CSV} other {at least one event}}',
  },
  columnNamed: { id: 'datasetErrors.columnNamed', defaultMessage: 'a column named "{column}"' },
  type: {
    id: 'datasetErrors.type',
    defaultMessage:
      '{type, select, string {a text} number {a number} int {a whole number} array {a list} object {an object} boolean {true or false} other {another kind of value}}',
  },
  oneOf: { id: 'datasetErrors.oneOf', defaultMessage: 'one of {values}' },
  atMost: {
    id: 'datasetErrors.atMost',
    defaultMessage:
      '{of, select, characters {a text of at most {max, plural, one {# character} other {# characters}}} items {at most {max, plural, one {# item} other {# items}}} other {at most {value}}}',
  },
  atLeast: { id: 'datasetErrors.atLeast', defaultMessage: 'at least {min}' },
  atLeastOne: {
    id: 'datasetErrors.atLeastOne',
    defaultMessage:
      '{of, select, paragraph {at least one paragraph} step {at least one step} other {at least one item}}',
  },
  validFormat: { id: 'datasetErrors.validFormat', defaultMessage: 'a valid {format}' },
  fieldOfVersion: {
    id: 'datasetErrors.fieldOfVersion',
    defaultMessage: 'a field of {version} only: set "format" to "{version}"',
  },
  speakerBefore: {
    id: 'datasetErrors.speakerBefore',
    defaultMessage:
      'the id of the actor who said the words (a quote without a speaker is {version} only: set "format" to "{version}")',
  },
  idIn: {
    id: 'datasetErrors.idIn',
    defaultMessage:
      '{list, select, actors {the id of an actor in "actors"} events {the id of an event in "events"} categories {the id of a category in "categories"} other {the id of a document in "documents" (or "source", the first document)}}',
  },
  once: {
    id: 'datasetErrors.once',
    defaultMessage:
      '{of, select, actor {each actor once} category {each category once} heading {each heading once} other {each number’s name once (a name given twice)}}',
  },
  newId: {
    id: 'datasetErrors.newId',
    defaultMessage: 'an id not used before in "{list}" (already used by {first})',
  },
  paragraphUpTo: {
    id: 'datasetErrors.paragraphUpTo',
    defaultMessage: 'a paragraph number from 1 to {count}',
  },
  paragraphUpToOf: {
    id: 'datasetErrors.paragraphUpToOf',
    defaultMessage: 'a paragraph number from 1 to {count} ({document} has {count})',
  },
  listedHeading: {
    id: 'datasetErrors.listedHeading',
    defaultMessage: 'no "heading" for paragraph {paragraph}, which {headings} ({listed}) does not list',
  },
  // The END line whole, one isolated run: "END:" and the kind apart read "VEVENT:END" right to left.
  componentEnded: { id: 'datasetErrors.componentEnded', defaultMessage: 'a {kind} ending with {end}' },
  icalReadable: { id: 'datasetErrors.icalReadable', defaultMessage: 'a {kind} ical.js can read' },
  noHeadings: { id: 'datasetErrors.noHeadings', defaultMessage: 'none' },
  json: {
    id: 'datasetErrors.json',
    defaultMessage:
      'valid JSON ({error, select, InvalidSymbol {invalid symbol} PropertyNameExpected {property name expected} ValueExpected {value expected} ColonExpected {colon expected} CommaExpected {comma expected} CloseBraceExpected {close brace expected} CloseBracketExpected {close bracket expected} EndOfFileExpected {end of file expected} UnexpectedEndOfString {unexpected end of string} InvalidNumberFormat {invalid number format} InvalidCommentToken {invalid comment token} UnexpectedEndOfComment {unexpected end of comment} UnexpectedEndOfNumber {unexpected end of number} InvalidUnicode {invalid unicode} InvalidEscapeCharacter {invalid escape character} InvalidCharacter {invalid character} other {{name}}})',
  },
})

const code = (text: string | number) => (
  <bdi>
    <code>{text}</code>
  </bdi>
)

/** "a text", "one of "occurred", "alleged"", "the id of an actor in "actors"". */
export function formatProblemWords(problem: FormatProblem): ReactNode {
  switch (problem.code) {
    case 'type':
      return richText(messages.type, { type: problem.type })
    case 'oneOf':
      return richText(messages.oneOf, {
        values: problem.values.map((value, index) => (
          <span key={value}>
            {index > 0 && separators().comma}
            {code(JSON.stringify(value))}
          </span>
        )),
      })
    case 'atMost':
      return richText(messages.atMost, { of: problem.of, max: problem.max, value: String(problem.max) })
    case 'atLeast':
      return richText(messages.atLeast, { min: String(problem.min) })
    case 'atLeastOne':
      return richText(messages.atLeastOne, { of: problem.of })
    case 'validFormat':
      return richText(messages.validFormat, { format: code(problem.format) })
    case 'edtf':
      return edtfProblemWords(problem.problem)
    case 'fieldOfVersion':
    case 'speakerBefore':
      return richText(messages[problem.code], { version: code(problem.version) })
    case 'idIn':
      return richText(messages.idIn, { list: problem.list })
    case 'once':
      return richText(messages.once, { of: problem.of })
    case 'newId':
      return richText(messages.newId, { list: problem.list, first: code(problem.first) })
    case 'paragraphUpTo':
      return problem.document === null
        ? richText(messages.paragraphUpTo, { count: String(problem.count) })
        : richText(messages.paragraphUpToOf, {
            count: String(problem.count),
            document: code(problem.document),
          })
    case 'listedHeading': {
      const listed =
        problem.listed.length === 0
          ? richText(messages.noHeadings, {})
          : joinItems([...problem.listed.map(String), ...(problem.more ? ['…'] : [])])
      return richText(messages.listedHeading, {
        paragraph: String(problem.paragraph),
        headings: code(problem.headings),
        listed,
      })
    }
    case 'json':
      return richText(messages.json, {
        error: problem.error,
        name: code(problem.error.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()),
      })
    case 'componentEnded':
      return richText(messages.componentEnded, { kind: code(problem.kind), end: code(`END:${problem.kind}`) })
    case 'icalReadable':
      return richText(messages.icalReadable, { kind: code(problem.kind) })
    case 'slide':
    case 'dateInParts':
    case 'headlineOrText':
    case 'gdeltFields':
    case 'yyyymmdd':
    case 'binding':
    case 'bindingValue':
    case 'resultRow':
    case 'geojsonFeature':
    case 'jsonObjectLine':
    case 'forensicTime':
    case 'message':
    case 'headerRow':
    case 'dateColumn':
    case 'titleColumn':
    case 'sheetOfEvents':
    case 'datasetOrEventsCsv':
    case 'atLeastOneEvent':
      return richText(messages.read, { code: problem.code })
    case 'columnNamed':
      return richText(messages.columnNamed, { column: <bdi>{problem.column}</bdi> })
    case 'said':
      return (
        <span lang="en" dir="ltr">
          {problem.english}
        </span>
      )
    default:
      return richText(messages.bare, { code: problem.code })
  }
}
