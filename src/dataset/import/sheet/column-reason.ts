import { type ColumnRole, isColumnRole } from './column-role-names'

/**
 * Why a column was read as it was, or left unread, as codes with their figures: what its first values
 * are (`seen`), beside which column for a pair of coordinates, and what follows for a column left
 * unread (no role fits; or it could be a role, read from another column). The mapping step words it
 * in the reader's language (components/reasons/); column-reason-english.ts writes it for the notes
 * still written in English and for logs. Checked here where the page receives it from the worker.
 */
export type ColumnReason = {
  seen: ValuesSeen
  beside?: 'latitudes' | 'longitudes'
  verdict?: { code: 'noRole' } | { code: 'couldBe'; role: ColumnRole; readFrom?: string }
}

/** Kinds of values said with how many of the first values are of the kind ("dates (18 of 20)"). */
export const COUNTED_KINDS = [
  'dates',
  'times',
  'years',
  'yyyymmdd',
  'countries',
  'images',
  'addresses',
  'numbers',
  'people',
  'peopleLists',
  'places',
] as const
export type CountedKind = (typeof COUNTED_KINDS)[number]

/** Kinds of values said with the first two values as examples ("ids (UW0067, UW0064)"). */
export const SHOWN_KINDS = ['yesNo', 'ids', 'paths', 'excelDates', 'numbering'] as const
export type ShownKind = (typeof SHOWN_KINDS)[number]

/** What a column's first values are. */
export type ValuesSeen =
  | { code: 'empty' }
  | { code: 'counted'; kind: CountedKind; hits: number; of: number }
  | { code: 'shown'; kind: ShownKind; examples: string[] }
  | { code: 'rowTypes' }
  | { code: 'latitudes' }
  | { code: 'longitudes' }
  | { code: 'longTexts'; average: number }
  | { code: 'repeated'; distinct: number; of: number }
  | { code: 'shortTexts'; average: number }
  | { code: 'texts' }
  | { code: 'fewNumbers'; hits: number; of: number }
  | { code: 'fewTexts'; hits: number; of: number }
  | { code: 'nationalities'; hits: number; of: number }
  | { code: 'laterCalendar'; example: string }
  | { code: 'notStatuses'; example: string }
  | { code: 'knownUnread' }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value)
const isText = (value: unknown) => typeof value === 'string'
const among =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    values.some((each) => each === value)

function isSeen(value: unknown): value is ValuesSeen {
  if (!isRecord(value)) return false
  switch (value.code) {
    case 'counted':
      return among(COUNTED_KINDS)(value.kind) && isCount(value.hits) && isCount(value.of)
    case 'shown':
      return among(SHOWN_KINDS)(value.kind) && Array.isArray(value.examples) && value.examples.every(isText)
    case 'longTexts':
    case 'shortTexts':
      return isCount(value.average)
    case 'repeated':
      return isCount(value.distinct) && isCount(value.of)
    case 'fewNumbers':
    case 'fewTexts':
    case 'nationalities':
      return isCount(value.hits) && isCount(value.of)
    case 'laterCalendar':
    case 'notStatuses':
      return isText(value.example)
    case 'empty':
    case 'rowTypes':
    case 'latitudes':
    case 'longitudes':
    case 'texts':
    case 'knownUnread':
      return true
    default:
      return false
  }
}

/** Whether a value the load worker sent is a column's reason (checked once, where the page receives it). */
export function isColumnReason(value: unknown): value is ColumnReason {
  if (!isRecord(value) || !isSeen(value.seen)) return false
  if (value.beside !== undefined && value.beside !== 'latitudes' && value.beside !== 'longitudes')
    return false
  const { verdict } = value
  if (verdict === undefined) return true
  if (!isRecord(verdict)) return false
  if (verdict.code === 'noRole') return true
  return (
    verdict.code === 'couldBe' &&
    isColumnRole(verdict.role) &&
    (verdict.readFrom === undefined || typeof verdict.readFrom === 'string')
  )
}

/** Why the reader is asked to look at a sheet's columns before it opens (sheet-head.ts, guess-roles.ts). */
export type SheetReview =
  | { code: 'noColumns' }
  | { code: 'noDates' }
  | { code: 'noTitles' }
  | { code: 'namesSayNeither' }
  | { code: 'datesByValues'; column: string; reason: ColumnReason }
  | { code: 'untoldOrder'; column: string }

export function isSheetReview(value: unknown): value is SheetReview {
  if (!isRecord(value)) return false
  switch (value.code) {
    case 'noColumns':
    case 'noDates':
    case 'noTitles':
    case 'namesSayNeither':
      return true
    case 'datesByValues':
      return isText(value.column) && isColumnReason(value.reason)
    case 'untoldOrder':
      return isText(value.column)
    default:
      return false
  }
}
