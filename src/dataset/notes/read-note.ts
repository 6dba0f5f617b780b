import type { ColumnReason } from '../import/sheet/column-reason'
import type { ColumnRole } from '../import/sheet/column-role-names'
import type { WrittenForm } from '../import/values/date-parts'
import type { DatasetIssue } from '../validate/dataset-issue'
import type { OccurrencesLeft, UnsafeRule } from './calendar-notes'

/**
 * What the reader should know of how a file was read, as a code with its values: made where the
 * importer decides it, carried by the load worker, worded by the views in the reader's language
 * (components/notes/). Declared here, apart from the importers, so that the story index (which holds a
 * story's notes) and the importers (which make them) may both import it; its checker runs once where
 * the page receives the worker's answer (is-read-note.ts, loaded only for a story with notes). There is
 * no code for a sentence: every importer's note is a code with its values, worded by the views.
 */
export type ReadNote =
  | { code: 'rowsLeftOut'; rows: number; of: number; kinds: LeftOutKind[] }
  | { code: 'slidesLeftOut'; rows: number; of: number; kinds: LeftOutKind[] }
  | { code: 'quotesLeftOut'; rows: number; kinds: LeftOutKind[] }
  | { code: 'timesNotRead'; column: string; count: number; lines: number[] }
  | { code: 'timesWithoutDay'; column: string; count: number; lines: number[] }
  | { code: 'zonelessTimes'; column: string; count: number }
  | { code: 'endsNotRead'; column: string; count: number; lines: number[] }
  | { code: 'otherStatuses'; column: string; words: WordCount[]; more: number }
  | { code: 'longTitles'; limit: number; count: number; lines: number[] }
  | { code: 'longTexts'; field: LongField; limit: number; count: number; lines: number[] }
  | { code: 'controlCells'; count: number }
  | { code: 'markupCells'; count: number }
  | { code: 'titledBy'; by: 'summary' | 'place' | 'region'; column: string }
  | { code: 'standInTitles'; column: string; role: ColumnRole; from: string; count: number; lines: number[] }
  | { code: 'unknownCountries'; column: string; values: UnknownValue[]; more: number }
  | { code: 'longNumberName'; name: string; short: string; limit: number }
  | { code: 'rowProblem'; problem: RowProblemKind; detail: string; count: number; lines: number[] }
  | { code: 'longStoryTitle'; limit: number }
  | { code: 'longDescription'; limit: number }
  | { code: 'datesConverted'; column: string; forms: FormCount[] }
  | { code: 'twoDigitYears'; count: number }
  | { code: 'dayMonthOrder'; column: string; order: 'day-first' | 'month-first' }
  | { code: 'unreadColumns'; columns: UnreadColumn[]; more: number }
  | { code: 'headerRow'; line: number; above: string[] }
  | { code: 'windows1252'; file: string }
  | { code: 'columnsRemembered'; file: string }
  | { code: 'columnsChosen'; file: string }
  | { code: 'columnsByValues'; columns: GuessedColumn[]; more: number }
  // An iCalendar file's (import/formats/icalendar-notes.ts).
  | { code: 'calendarRead'; file: string; blocks: number; events: number }
  | { code: 'calendarRecurring'; count: number; most: number; years: number; overridden: number }
  | { code: 'calendarOccurrencesLeft'; events: OccurrencesLeft[]; more: number }
  | { code: 'calendarRulesNotExpanded'; count: number; rules: UnsafeRule[] }
  | { code: 'calendarRepeatedUids'; count: number }
  | { code: 'calendarCancelled'; count: number }
  | { code: 'calendarUnknownZones'; zones: WordCount[] }
  | { code: 'calendarLongTitles'; count: number }
  | { code: 'calendarCutTexts'; count: number }
  | { code: 'calendarUnreadProperties'; properties: WordCount[]; more: number }
  | { code: 'calendarOtherComponents'; components: WordCount[] }
  | { code: 'calendarStrayLines'; count: number; lines: number[] }
  // A forensic timeline's (import/formats/timesketch-events.ts).
  | { code: 'timelineRead'; file: string; layout: 'csv' | 'jsonLines'; tags: boolean }
  | { code: 'timelineFields'; numbers: string[]; texts: string[]; moreTexts: number }
  | { code: 'timelineFractions'; count: number }
  | { code: 'timelineFromTimestamp'; count: number }
  | { code: 'timelineZoneless'; count: number }
  | { code: 'timelineLongTitles'; count: number; limit: number }
  | { code: 'timelineCutSummaries'; count: number; limit: number }
  // A query's results (import/formats/wikidata.ts, wikidata-records.ts); names are the query's variables.
  | { code: 'queryResults'; file: string; simple: boolean; total: number }
  | { code: 'queryItems'; rows: number; items: number; main: string }
  | { code: 'queryRenamed'; renamed: Renamed[] }
  | { code: 'queryLinks'; names: string[] }
  | { code: 'queryYears'; count: number }
  | { code: 'querySeveralValues'; name: string; count: number }
  // A JSON list of records (import/formats/json-records.ts), the field of an object holding it if one does.
  | { code: 'recordsList'; file: string; count: number; field: string | null }
  // A JSON Lines file (import/formats/json-lines-records.ts): its lines, each record's row numbered by its line.
  | { code: 'recordsLines'; file: string; count: number }
  // A list of records read as a sheet (import/sheet/records-to-sheet.ts); names are the records' fields.
  // A field of milliseconds since 1970 read as dates (import/formats/epoch-dates.ts): `asDate` when it
  // became the column "date", `unread` its values that were no such time.
  | { code: 'recordsEpochTimes'; field: string; asDate: boolean; unread: number }
  | { code: 'recordsNotRecords'; count: number }
  | { code: 'recordsNested'; read: NestedRead[] }
  | { code: 'recordsUnreadParts'; parts: UnreadPart[]; more: number }
  | { code: 'recordsUnreadFields'; fields: string[]; more: number; deepest: number }
  | { code: 'recordsMisfits'; fields: Misfit[] }
  // A GeoJSON file's (import/formats/geojson.ts, geojson-records.ts); features by their place in it.
  | { code: 'geojsonRead'; file: string; single: boolean; count: number }
  | { code: 'geojsonPlaces'; points: number; centroids: number; none: number }
  | { code: 'geojsonUnreadGeometry'; reason: 'notNumbers' | 'empty'; features: number[] }
  // A JSON file's, whatever read it: a key written twice in one object (files/read-dataset.ts; `places`
  // the first, as paths such as events[3].title, `more` when there may be others), NaN or Infinity read
  // as empty (import/registry.ts).
  | { code: 'jsonKeysTwice'; file: string; places: string[]; more: boolean }
  | { code: 'jsonNonFinite'; file: string; count: number }
  // A KML or GPX file's (import/formats/kml-gpx.ts): its placemarks, or points and tracks, and those
  // left out for want of a time.
  | { code: 'kmlGpxRead'; file: string; kind: 'kml' | 'gpx'; count: number; untimed: number }
  // A TimelineJS story's (import/formats/timelinejs-json.ts): texts whose HTML was left out, slides
  // whose media is no web address.
  | { code: 'timelineJsRead'; file: string }
  | { code: 'timelineJsMarkup'; count: number }
  | { code: 'timelineJsMedia'; count: number }
  // A workbook's (import/sheet/workbook-sheets.ts, import/formats/workbook-reader.ts): its list of parts
  // made again (SheetJS's error said), sheets not read, formulas without a saved value, the sheet read.
  | { code: 'workbookRepaired'; error: string }
  | { code: 'workbookSheetsUnread'; sheets: UnreadSheet[] }
  | { code: 'workbookFormulas'; count: number }
  | { code: 'workbookSheet'; file: string; sheet: string; others: string[]; more: number }
  // TimeMap's spreadsheet (import/formats/timemap-workbook.ts): its sheets joined, its narratives, ids
  // its Events sheet names that no sheet defines.
  | { code: 'timemapRead'; sites: boolean }
  | { code: 'timemapNarratives'; count: number; events: number }
  | { code: 'timemapUnknownIds'; ids: string[] }
  // A GDELT events file's (import/formats/gdelt-events.ts): rows in 1.0's and 2.0's columns.
  | { code: 'gdeltRead'; file: string; v1: number; v2: number }
  | { code: 'gdeltUnknownCountries'; codes: WordCount[] }

export type ReadNoteCode = ReadNote['code']

/** Rows left out for one kind of problem: the first, how many, and the first rows' numbers. */
export type LeftOutKind = { first: DatasetIssue; count: number; lines: number[] }
/** Nested fields read as one kind of list (their first six). */
export type NestedRead = { as: 'categories' | 'actors' | 'sources' | 'names'; fields: string[] }
/** A part of a nested field not read, and what it holds by its key (a named thing's link or id). */
export type UnreadPart = { name: string; holds: 'link' | 'id' | 'other' }
/** A field some of whose values were not of its kind, and the first records holding them. */
export type Misfit = { name: string; lines: number[] }
/** A query's variable read as a column of another name (`as`: the sheet's column). */
export type Renamed = { name: string; as: string }
export type WordCount = { text: string; count: number }
/** A workbook's sheet that could not be read, and SheetJS's error (null: its part is missing or unparsable). */
export type UnreadSheet = { name: string; error: string | null }
/** A value no country is known by: how many rows hold it, the first rows, the nearest known name. */
export type UnknownValue = { text: string; count: number; lines: number[]; suggestion: string | null }

/** The fields a text too long for the format was shortened in (its whole kept in the summary). */
export const LONG_FIELDS = [
  'linkTexts',
  'captions',
  'credits',
  'ids',
  'categoryNames',
  'placeNames',
  'sources',
  'roles',
] as const
export type LongField = (typeof LONG_FIELDS)[number]

/** What a row's cell held that was left out or kept aside (`detail`: the path, or the column). */
export const ROW_PROBLEM_KINDS = [
  'mediaPath',
  'mediaNotWeb',
  'coordinates',
  'sourceNotWeb',
  'notANumber',
] as const
export type RowProblemKind = (typeof ROW_PROBLEM_KINDS)[number]

/** A count of a column's dates written in one form, converted to EDTF (import/values/date-parts.ts). */
export type FormCount = { form: WrittenForm; count: number }

/** What a column left unread could be, by its first values. */
export type CouldBe =
  | { code: 'empty' }
  | { code: 'numbering' }
  | { code: 'yesNo' }
  | { code: 'paths' }
  | { code: 'role'; role: ColumnRole }
  | { code: 'none' }
export type UnreadColumn = { name: string; could: CouldBe }
/** A column read by what it holds: the role it took, and why (null: no reason kept). */
export type GuessedColumn = { name: string; role: ColumnRole; why: ColumnReason | null }

/** The first rows of a list to show ("rows 4, 9, 12, …"): three, the count says how many in all. */
export const firstLines = (rows: readonly number[]): number[] => rows.slice(0, 3)
