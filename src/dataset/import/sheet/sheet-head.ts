import { dictionary, lookup } from '../../../lib/dictionary'
import type { Dataset } from '../../format/schema'
import type { DayMonthOrder } from '../values/written-dates'
import type { ColumnReason, SheetReview } from './column-reason'
import { type ColumnRole, type ColumnRoles, headerKey, isColumnRole } from './column-roles'
import { type GuessedBy, guessRoles } from './guess-roles'
import type { SkippedRow } from './keep-good-rows'
import { orderIsUntold } from './read-date-column'
import { type Row, type RowProgress, rowRecord, type Sheet } from './sheet-rows'

/** How many of a sheet's first rows the mapping step is shown (and guesses from). */
export const HEAD_ROWS = 20

/**
 * A sheet's header and first rows: what the mapping step shows, and all that guessing reads. `lines`
 * are the rows' lines in the file; `skipped`, the rows among them that could not be read as rows at
 * all (a broken CSV row), for the preview to say as opening the file would.
 */
export type SheetSample = {
  name: string
  header: string[]
  rows: Row[]
  total: number | null
  lines?: number[]
  skipped?: SkippedRow[]
}

/**
 * The sheet a file was read as (or would be), for the mapping step: its first rows, each column's
 * role and how it was found. For a workbook, every sheet's sample, `at` the one read.
 */
export type SheetHead = {
  file: string
  kind: 'CSV' | 'workbook sheet' | 'JSON list'
  sheets: SheetSample[]
  at: number
  roles: ColumnRoles
  by: Record<string, RoleSource>
  /**
   * Why each column guessed from its values was read as it is, or left unread ("its values are dates
   * (18 of 20)", "its values are the rows’ numbers (1, 2…): no role fits"); a column by its name has none.
   */
  why?: Record<string, ColumnReason>
  /** Why the reader is asked to look before the file opens; null for a file that opened. */
  review: SheetReview | null
  /** Which comes first in the sheet's numeric dates, where the reader has said (now or before). */
  dateOrder?: DayMonthOrder
}
export type RoleSource = GuessedBy | 'chosen' | 'remembered'

/**
 * What a reader chose in the mapping step: each column's role, for a workbook which sheet, and for
 * numeric dates that do not tell (03/04/2022) which part comes first.
 */
export type SheetChoice = { roles: ColumnRoles; sheet?: string; dateOrder?: DayMonthOrder }
/**
 * Choices kept from earlier files, by header (see headerKey): each column's role in the header's
 * order, so that "Event Date" and "event_date" are one header; and the order of its dates.
 */
export type RememberedRoles = Record<string, { roles: ColumnRole[]; dateOrder?: DayMonthOrder }>
export type SheetOptions = { choice?: SheetChoice; remembered?: RememberedRoles }
/** The reader's options, and who is told how far it is (the load worker, to show progress). */
export type ReadOptions = SheetOptions & {
  onRows?: RowProgress
  /**
   * Given a sheet's dataset as the reader made it, before it is validated: the load worker sends it to
   * the page, which indexes it while the validation runs (see docs/decisions/large-sheets.md).
   */
  onUnchecked?: (dataset: Dataset) => void
}

export function sampleOf(
  name: string,
  sheet: Sheet,
  total: number | null = sheet.total,
  /** The sheet's rows left out as it was parsed (see keep-good-rows.ts). */
  skipped: readonly SkippedRow[] = [],
): SheetSample {
  const rows = sheet.rows.slice(0, HEAD_ROWS)
  // The broken rows among the first ones: up to the last row sampled, or all of them in a short sheet.
  const lastLine = rows.length < HEAD_ROWS ? Number.POSITIVE_INFINITY : (rows.at(-1)?.line ?? 0)
  const within = skipped.filter((row) => {
    const line = /^row (\d+)/.exec(row.path)?.[1]
    return line !== undefined && Number(line) <= lastLine
  })
  return {
    name,
    header: sheet.header,
    rows: rows.map(({ cells }) => rowRecord(sheet.header, cells)),
    total,
    lines: rows.map(({ line }) => line),
    ...(within.length ? { skipped: within } : {}),
  }
}

/**
 * The roles to read a sheet with: the reader's choice for this very header, else the one remembered
 * for it, else the guess from its names and values (guess-roles.ts). The guess opens the file at once
 * when it is sure (a column of dates and one of titles, at least one of them known by its name, the
 * dates read as dates); else it is what the mapping step shows first, with why.
 */
export function rolesForSheet(
  sample: SheetSample,
  { choice, remembered }: SheetOptions,
  /** A column's values in the whole sheet (its sample's when only the head was read). */
  valuesOf: (column: string) => readonly string[] = (column) =>
    sample.rows.map((row) => lookup(row, column) ?? ''),
): Pick<SheetHead, 'roles' | 'by' | 'why' | 'review' | 'dateOrder'> {
  const { header } = sample
  const fits = (roles: Record<string, unknown> | undefined): roles is ColumnRoles =>
    roles !== undefined && header.every((column) => isColumnRole(lookup(roles, column)))
  const all = (source: RoleSource) => dictionary(header.map((column) => [column, source]))
  const order = (dateOrder: DayMonthOrder | undefined) => (dateOrder ? { dateOrder } : {})
  if (fits(choice?.roles))
    return { roles: choice.roles, by: all('chosen'), review: null, ...order(choice.dateOrder) }
  const keptChoice = lookup(remembered, headerKey(header))
  const kept = keptChoice && dictionary(header.map((column, index) => [column, keptChoice.roles[index]]))
  if (fits(kept)) return { roles: kept, by: all('remembered'), review: null, ...order(keptChoice?.dateOrder) }
  const guess = guessRoles(header, sample.rows)
  if (guess.review) return guess
  // Numeric dates that never tell their order (03/04/2022 and no 24/04) are the reader's to say.
  const dateColumn = header.find((column) => guess.roles[column] === 'date')
  if (dateColumn !== undefined && orderIsUntold(valuesOf(dateColumn)))
    return { ...guess, review: { code: 'untoldOrder', column: dateColumn } }
  return guess
}
