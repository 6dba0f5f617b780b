import type { CouldBe, ReadNote } from '../../notes/read-note'
import type { ColumnRole } from './column-role-names'
import { columnPositions, type Sheet } from './sheet-rows'
import { kindOfColumn, type ValueKind } from './value-kinds'

// How many of a column's first filled cells say what it could be (a sheet's head: see HEAD_ROWS).
const LOOKED_AT = 20
const LISTED = 12

/** The role a column of each kind could take, said to the reader; none for kinds no role fits. */
const COULD_BE: Partial<Record<ValueKind, ColumnRole>> = {
  date: 'date',
  'serial-date': 'date',
  year: 'year',
  time: 'time',
  'row-type': 'type',
  id: 'originalId',
  image: 'media',
  address: 'sources',
  countries: 'countries',
  people: 'actors',
  place: 'location',
  summary: 'summary',
  title: 'title',
  category: 'categories',
  latitude: 'latitude',
  longitude: 'longitude',
  number: 'number',
}

const WHAT: Partial<Record<ValueKind, CouldBe>> = {
  empty: { code: 'empty' },
  numbering: { code: 'numbering' },
  'yes-no': { code: 'yesNo' },
  path: { code: 'paths' },
}

/**
 * "Columns not read (each with what it could be): "url" (could be a source), "x" (no role fits)":
 * every column the reading leaves out, said with the role its first values suggest, so that nothing
 * in a file is dropped in silence. Looks at the first rows of each of the first dozen such columns.
 */
export function unreadColumnsNote(sheet: Sheet, unread: readonly string[]): ReadNote | null {
  if (unread.length === 0) return null
  const positions = columnPositions(sheet.header)
  const columns = unread.slice(0, LISTED).map((column) => {
    const at = positions.get(column)
    const values: string[] = []
    for (const { cells } of sheet.rows) {
      const value = at === undefined ? '' : (cells[at] ?? '').trim()
      if (value) values.push(value)
      if (values.length === LOOKED_AT) break
    }
    return { name: column.slice(0, 40), could: couldBe(kindOfColumn(values).kind) }
  })
  return { code: 'unreadColumns', columns, more: Math.max(0, unread.length - LISTED) }
}

function couldBe(kind: ValueKind): CouldBe {
  const said = WHAT[kind]
  if (said) return said
  const role = COULD_BE[kind]
  return role ? { code: 'role', role } : { code: 'none' }
}
