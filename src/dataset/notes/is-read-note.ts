import { isColumnReason } from '../import/sheet/column-reason'
import { isColumnRole } from '../import/sheet/column-role-names'
import type { WrittenForm } from '../import/values/date-parts'
import { isIssueProblem, isRowProblem } from '../validate/dataset-issue'
import { isIssuePlace } from '../validate/row-place'
import { OCCURRENCE_BOUNDS } from './calendar-notes'
import { LONG_FIELDS, type ReadNote, type ReadNoteCode, ROW_PROBLEM_KINDS } from './read-note'

/** The forms a column's dates were written in, converted to EDTF (import/values/date-parts.ts). */
const WRITTEN_FORMS: Record<WrittenForm, true> = {
  edtf: true,
  'date-time': true,
  'numeric-day-first': true,
  'numeric-month-first': true,
  'numeric-year-first': true,
  compact: true,
  'day-month-name': true,
  'month-name-day': true,
  'month-name-year': true,
  'excel-serial': true,
  range: true,
  approximate: true,
  decade: true,
  'part-of-year': true,
  era: true,
  'double-calendar': true,
}

// The checker: each code's fields, each with the test of its value. Typed by the union, so a field
// added to a note and not here (or here and not there) fails the typecheck.
type Check = (value: unknown) => boolean
type FieldsOf<C extends ReadNoteCode> = Exclude<keyof Extract<ReadNote, { code: C }>, 'code'>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const count: Check = (value) => typeof value === 'number' && Number.isFinite(value)
const text: Check = (value) => typeof value === 'string'
const listOf =
  (each: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(each)
const among =
  (values: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value)
const shaped =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isRecord(value) && Object.entries(fields).every(([name, check]) => check(value[name]))
const lines = listOf(count)

const isIssue: Check = (value) =>
  isRecord(value) &&
  text(value.path) &&
  text(value.expected) &&
  text(value.found) &&
  (value.row === undefined || isRowProblem(value.row)) &&
  (value.at === undefined || isIssuePlace(value.at)) &&
  (value.problem === undefined || isIssueProblem(value.problem))
const leftOutKinds = listOf(shaped({ first: isIssue, count, lines }))

const isCouldBe: Check = (value) => {
  if (!isRecord(value)) return false
  if (value.code === 'role') return isColumnRole(value.role)
  return among(['empty', 'numbering', 'yesNo', 'paths', 'none'])(value.code)
}

const words = listOf(shaped({ text, count }))
const isUnsafeRule: Check = (value) => {
  if (!isRecord(value) || !count(value.line)) return false
  if (value.why === 'bySetPos') return text(value.freq)
  if (value.why === 'noDay') return listOf(text)(value.parts)
  return value.why === 'farApart' && text(value.freq) && count(value.days) && count(value.steps)
}
const isOccurrencesLeft: Check = (value) => {
  if (!isRecord(value) || !count(value.line) || !count(value.read)) return false
  if (value.stop === 'failed') return text(value.error)
  const bound = among(OCCURRENCE_BOUNDS)(value.bound) && count(value.limit)
  if (value.stop === 'endless') return bound
  return value.stop === 'bound' && bound && count(value.left) && typeof value.moreThan === 'boolean'
}

const FIELDS: { [C in ReadNoteCode]: Record<FieldsOf<C>, Check> } = {
  rowsLeftOut: { rows: count, of: count, kinds: leftOutKinds },
  slidesLeftOut: { rows: count, of: count, kinds: leftOutKinds },
  quotesLeftOut: { rows: count, kinds: leftOutKinds },
  timesNotRead: { column: text, count, lines },
  timesWithoutDay: { column: text, count, lines },
  zonelessTimes: { column: text, count },
  endsNotRead: { column: text, count, lines },
  otherStatuses: { column: text, words: listOf(shaped({ text, count })), more: count },
  longTitles: { limit: count, count, lines },
  longTexts: { field: among(LONG_FIELDS), limit: count, count, lines },
  controlCells: { count },
  markupCells: { count },
  titledBy: { by: among(['summary', 'place', 'region']), column: text },
  standInTitles: { column: text, role: isColumnRole, from: text, count, lines },
  unknownCountries: {
    column: text,
    values: listOf(
      shaped({ text, count, lines, suggestion: (value) => value === null || typeof value === 'string' }),
    ),
    more: count,
  },
  longNumberName: { name: text, short: text, limit: count },
  rowProblem: { problem: among(ROW_PROBLEM_KINDS), detail: text, count, lines },
  longStoryTitle: { limit: count },
  longDescription: { limit: count },
  datesConverted: { column: text, forms: listOf(shaped({ form: among(Object.keys(WRITTEN_FORMS)), count })) },
  twoDigitYears: { count },
  dayMonthOrder: { column: text, order: among(['day-first', 'month-first']) },
  unreadColumns: { columns: listOf(shaped({ name: text, could: isCouldBe })), more: count },
  headerRow: { line: count, above: listOf(text) },
  windows1252: { file: text },
  columnsRemembered: { file: text },
  columnsChosen: { file: text },
  columnsByValues: {
    columns: listOf(
      shaped({ name: text, role: isColumnRole, why: (value) => value === null || isColumnReason(value) }),
    ),
    more: count,
  },
  calendarRead: { file: text, blocks: count, events: count },
  calendarRecurring: { count, most: count, years: count, overridden: count },
  calendarOccurrencesLeft: { events: listOf(isOccurrencesLeft), more: count },
  calendarRulesNotExpanded: { count, rules: listOf(isUnsafeRule) },
  calendarRepeatedUids: { count },
  calendarCancelled: { count },
  calendarUnknownZones: { zones: words },
  calendarLongTitles: { count },
  calendarCutTexts: { count },
  calendarUnreadProperties: { properties: words, more: count },
  calendarOtherComponents: { components: words },
  calendarStrayLines: { count, lines },
  timelineRead: {
    file: text,
    layout: among(['csv', 'jsonLines']),
    tags: (value) => typeof value === 'boolean',
  },
  timelineFields: { numbers: listOf(text), texts: listOf(text), moreTexts: count },
  timelineFractions: { count },
  timelineFromTimestamp: { count },
  timelineZoneless: { count },
  timelineLongTitles: { count, limit: count },
  timelineCutSummaries: { count, limit: count },
  queryResults: { file: text, simple: (value) => typeof value === 'boolean', total: count },
  queryItems: { rows: count, items: count, main: text },
  queryRenamed: { renamed: listOf(shaped({ name: text, as: text })) },
  queryLinks: { names: listOf(text) },
  queryYears: { count },
  querySeveralValues: { name: text, count },
  recordsList: { file: text, count, field: (value) => value === null || typeof value === 'string' },
  recordsLines: { file: text, count },
  recordsEpochTimes: { field: text, asDate: (value) => typeof value === 'boolean', unread: count },
  recordsNotRecords: { count },
  recordsNested: {
    read: listOf(shaped({ as: among(['categories', 'actors', 'sources', 'names']), fields: listOf(text) })),
  },
  recordsUnreadParts: {
    parts: listOf(shaped({ name: text, holds: among(['link', 'id', 'other']) })),
    more: count,
  },
  recordsUnreadFields: { fields: listOf(text), more: count, deepest: count },
  recordsMisfits: { fields: listOf(shaped({ name: text, lines })) },
  geojsonRead: { file: text, single: (value) => typeof value === 'boolean', count },
  geojsonPlaces: { points: count, centroids: count, none: count },
  geojsonUnreadGeometry: { reason: among(['notNumbers', 'empty']), features: lines },
  jsonKeysTwice: { file: text, places: listOf(text), more: (value) => typeof value === 'boolean' },
  jsonNonFinite: { file: text, count },
  kmlGpxRead: { file: text, kind: among(['kml', 'gpx']), count, untimed: count },
  timelineJsRead: { file: text },
  timelineJsMarkup: { count },
  timelineJsMedia: { count },
  workbookRepaired: { error: text },
  workbookSheetsUnread: {
    sheets: listOf(shaped({ name: text, error: (value) => value === null || typeof value === 'string' })),
  },
  workbookFormulas: { count },
  workbookSheet: { file: text, sheet: text, others: listOf(text), more: count },
  timemapRead: { sites: (value) => typeof value === 'boolean' },
  timemapNarratives: { count, events: count },
  timemapUnknownIds: { ids: listOf(text) },
  gdeltRead: { file: text, v1: count, v2: count },
  gdeltUnknownCountries: { codes: words },
}

const isCode = (value: unknown): value is ReadNoteCode =>
  typeof value === 'string' && Object.hasOwn(FIELDS, value)

/** Whether a value the load worker sent is a note (checked once, where the page receives it). */
export function isReadNote(value: unknown): value is ReadNote {
  if (!isRecord(value) || !isCode(value.code)) return false
  const fields: Record<string, Check> = FIELDS[value.code]
  return Object.entries(fields).every(([name, check]) => check(value[name]))
}
