import { formatCount } from '../../../lib/format-count'
import type { ColumnRole } from './column-role-names'
import { roleWords } from './role-words'
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

const WHAT: Partial<Record<ValueKind, string>> = {
  empty: 'empty',
  numbering: 'the rows’ numbers',
  'yes-no': 'yes or no: no role fits',
  path: 'files’ names, not web addresses',
}

/**
 * "Columns not read (each with what it could be): "url" (could be a source), "x" (no role fits)":
 * every column the reading leaves out, said with the role its first values suggest, so that nothing
 * in a file is dropped in silence. Looks at the first rows of each of the first dozen such columns.
 */
export function unreadColumnsNote(sheet: Sheet, unread: readonly string[]): string | null {
  if (unread.length === 0) return null
  const positions = columnPositions(sheet.header)
  const listed = unread.slice(0, LISTED).map((column) => {
    const at = positions.get(column)
    const values: string[] = []
    for (const { cells } of sheet.rows) {
      const value = at === undefined ? '' : (cells[at] ?? '').trim()
      if (value) values.push(value)
      if (values.length === LOOKED_AT) break
    }
    return `"${column.slice(0, 40)}" (${couldBe(kindOfColumn(values).kind)})`
  })
  const more = unread.length > LISTED ? ` and ${formatCount(unread.length - LISTED)} more` : ''
  return `Columns not read (each with what it could be): ${listed.join(', ')}${more}.`
}

function couldBe(kind: ValueKind): string {
  const said = WHAT[kind]
  if (said) return said
  const role = COULD_BE[kind]
  return role ? `could be ${roleWords(role)}` : 'no role fits'
}
