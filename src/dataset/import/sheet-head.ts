import { type ColumnRole, type ColumnRoles, headerKey, isColumnRole, rolesByName } from './column-roles'
import { type GuessedBy, guessRoles } from './guess-roles'
import type { Row, Sheet } from './sheet-to-dataset'

/** How many of a sheet's first rows the mapping step is shown (and guesses from). */
export const HEAD_ROWS = 20

/** A sheet's header and first rows: what the mapping step shows, and all that guessing reads. */
export type SheetSample = { name: string; header: string[]; rows: Row[]; total: number | null }

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
  /** Why the reader is asked to look before the file opens; null for a file that opened. */
  review: string | null
}
export type RoleSource = GuessedBy | 'chosen' | 'remembered'

/** What a reader chose in the mapping step: each column's role and, for a workbook, which sheet. */
export type SheetChoice = { roles: ColumnRoles; sheet?: string }
/**
 * Choices kept from earlier files, by header (see headerKey): each column's role in the header's
 * order, so that "Event Date" and "event_date" are one header.
 */
export type RememberedRoles = Record<string, ColumnRole[]>
export type SheetOptions = { choice?: SheetChoice; remembered?: RememberedRoles }

export function sampleOf(name: string, sheet: Sheet, total: number | null = sheet.total): SheetSample {
  return { name, header: sheet.header, rows: sheet.rows.slice(0, HEAD_ROWS).map(({ row }) => row), total }
}

/**
 * The roles to read a sheet with: the reader's choice for this very header, else the one remembered
 * for it, else its names' when those are enough and nothing its values suggest needs a look; or, when
 * it does, the guess to show the reader first.
 */
export function rolesForSheet(
  sample: SheetSample,
  { choice, remembered }: SheetOptions,
): { roles: ColumnRoles; by: Record<string, RoleSource>; review: string | null } {
  const { header } = sample
  const fits = (roles: Record<string, unknown> | undefined): roles is ColumnRoles =>
    roles !== undefined && header.every((column) => isColumnRole(roles[column]))
  const all = (source: RoleSource) => Object.fromEntries(header.map((column) => [column, source]))
  if (fits(choice?.roles)) return { roles: choice.roles, by: all('chosen'), review: null }
  const keptRoles = remembered?.[headerKey(header)]
  const kept = keptRoles && Object.fromEntries(header.map((column, index) => [column, keptRoles[index]]))
  if (fits(kept)) return { roles: kept, by: all('remembered'), review: null }
  const guess = guessRoles(header, sample.rows)
  if (guess.review) return guess
  const roles = rolesByName(header)
  return {
    roles,
    by: Object.fromEntries(header.map((column) => [column, roles[column] === 'none' ? 'none' : 'name'])),
    review: null,
  }
}
