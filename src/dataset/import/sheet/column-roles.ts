import { dictionary } from '../../../lib/dictionary'
import { type ColumnRole, isColumnRole } from './column-role-names'
import { type EventColumn, type RecognisedColumns, recogniseColumns } from './event-columns'
import { headerKey } from './header-key'
import { LIST_ROLES, type ListRole } from './known-columns'

/**
 * What each column of a sheet is read as, by the column's name in the file: one of the event's roles,
 * a number kept under the column's name, or nothing. This is what the mapping step shows and a reader
 * chooses, what is remembered for the next file with the same header, and what the load worker is
 * sent: every column's role, so that a choice is read exactly as it was made.
 */
export type ColumnRoles = Record<string, ColumnRole>
export { type ColumnRole, headerKey, isColumnRole }

/** Each column's role as its name alone tells it (see event-columns.ts). */
export function rolesByName(header: readonly string[]): ColumnRoles {
  const { columns, more, numbers } = recogniseColumns(header)
  const roles: ColumnRoles = dictionary(header.map((column) => [column, 'none' as ColumnRole]))
  for (const { column } of numbers) roles[column] = 'number'
  for (const [role, column] of Object.entries(columns) as Array<[EventColumn, string]>) roles[column] = role
  for (const [role, further] of Object.entries(more) as Array<[ListRole, string[]]>)
    for (const column of further) roles[column] = role
  return roles
}

/**
 * The columns to read for a choice of roles. A role chosen for two columns is read from the first,
 * but for the roles several columns share (actors, categories, sources, countries: read from each);
 * a column the choice does not name is read as its name tells (a choice made for a header is only
 * ever applied to that header: see headerKey).
 */
export function columnsOfRoles(header: readonly string[], chosen: ColumnRoles): RecognisedColumns {
  const byName = rolesByName(header)
  const columns: Partial<Record<EventColumn, string>> = {}
  const more: RecognisedColumns['more'] = {}
  const numbers: RecognisedColumns['numbers'] = []
  const unread: string[] = []
  for (const column of header) {
    const role =
      Object.hasOwn(chosen, column) && isColumnRole(chosen[column]) ? chosen[column] : byName[column]
    if (role === 'number') numbers.push({ column, name: numberName(column) })
    else if (role && role !== 'none' && columns[role] === undefined) columns[role] = column
    else if (role && isListRole(role)) {
      const further = more[role]
      if (further) further.push(column)
      else more[role] = [column]
    } else if (column !== '') unread.push(column)
  }
  return { columns, more, numbers, unread }
}

const isListRole = (role: ColumnRole): role is ListRole => (LIST_ROLES as readonly string[]).includes(role)

/** A column of numbers is kept under its name, without this app's "number:" prefix. */
function numberName(column: string): string {
  const name = column.replace(/^(?:number|n)\s*:\s*/i, '').trim()
  return name || column.trim() || 'number'
}
