import type { ColumnReason } from '../import/sheet/column-reason'
import { isColumnReason } from '../import/sheet/column-reason'
import { type ColumnRole, isColumnRole } from '../import/sheet/column-role-names'
import type { WrittenForm } from '../import/values/date-parts'
import { type DatasetIssue, isRowProblem } from '../validate/dataset-issue'

/**
 * What the reader should know of how a file was read, as a code with its values: made where the
 * importer decides it, carried by the load worker, worded by the views in the reader's language
 * (components/notes/). Declared here, apart from the importers, so that the story index (which holds a
 * story's notes) and the importers (which make them) may both import it; its checker runs once where
 * the page receives the worker's answer. `inEnglish` is what an importer still says in English (the
 * view marks it so): each of its notes becomes a code here as its importer is worded.
 */
export type ReadNote =
  | { code: 'inEnglish'; text: string }
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

export type ReadNoteCode = ReadNote['code']

/** Rows left out for one kind of problem: the first, how many, and the first rows' numbers. */
export type LeftOutKind = { first: DatasetIssue; count: number; lines: number[] }
export type WordCount = { text: string; count: number }
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
  (value.row === undefined || isRowProblem(value.row))
const leftOutKinds = listOf(shaped({ first: isIssue, count, lines }))

const isCouldBe: Check = (value) => {
  if (!isRecord(value)) return false
  if (value.code === 'role') return isColumnRole(value.role)
  return among(['empty', 'numbering', 'yesNo', 'paths', 'none'])(value.code)
}

const FIELDS: { [C in ReadNoteCode]: Record<FieldsOf<C>, Check> } = {
  inEnglish: { text },
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
}

const isCode = (value: unknown): value is ReadNoteCode =>
  typeof value === 'string' && Object.hasOwn(FIELDS, value)

/** Whether a value the load worker sent is a note (checked once, where the page receives it). */
export function isReadNote(value: unknown): value is ReadNote {
  if (!isRecord(value) || !isCode(value.code)) return false
  const fields: Record<string, Check> = FIELDS[value.code]
  return Object.entries(fields).every(([name, check]) => check(value[name]))
}

/** A note the importer still says in English (its code is yet to be made). */
export const inEnglish = (text: string): ReadNote => ({ code: 'inEnglish', text })

/** The first rows of a list to show ("rows 4, 9, 12, …"): three, the count says how many in all. */
export const firstLines = (rows: readonly number[]): number[] => rows.slice(0, 3)
