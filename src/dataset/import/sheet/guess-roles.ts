import { dictionary } from '../../../lib/dictionary'
import { readCountry } from '../values/read-country'
import { readWebAddress } from '../values/web-address'
import { type ColumnRole, type ColumnRoles, rolesByName } from './column-roles'
import { normalName, readClock } from './event-columns'
import { splitList } from './event-extras'
import { readDateColumn } from './read-date-column'
import type { Row } from './sheet-rows'

/** How a column's role was found: by its name, by its values, or not at all. */
export type GuessedBy = 'name' | 'values' | 'none'

export type RoleGuess = {
  roles: ColumnRoles
  by: Record<string, GuessedBy>
  /**
   * Why the reader should see the mapping before the file opens (its names alone cannot make events,
   * or some columns were recognised only by their values); null when the file opens as its names say.
   */
  review: string | null
}

/**
 * The roles that, found only by values, are worth a look before opening. Numbers and groups are not;
 * nor titles, when the names give one or something that stands in for one.
 */
const WORTH_A_LOOK: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'date',
  'endDate',
  'time',
  'summary',
  'countries',
  'latitude',
  'longitude',
  'sources',
  'media',
])

/**
 * Columns of known formats that this app has no place for (TimelineJS's background and thumbnail,
 * its display date): known by name, so not guessed from their values (a background's image address
 * is no source).
 */
const KNOWN_UNREAD: ReadonlySet<string> = new Set([
  'background',
  'mediathumbnail',
  'thumbnail',
  'displaydate',
])

const SAMPLE = 40
/** Columns past these are not guessed from their values (a sheet of 100,000 columns is no event list). */
const GUESSED_COLUMNS = 300
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/
const IMAGE = /\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]|$)/i

/**
 * Each column's role, from its name where the name is one this app knows (see event-columns.ts), else
 * from its first values: dates, times, coordinates, countries, web addresses, numbers, and texts by
 * their length and how often they repeat (titles, summaries, categories). `rows` are the sheet's
 * first rows: guessing reads no more than that.
 */
export function guessRoles(header: readonly string[], rows: readonly Row[]): RoleGuess {
  const roles = rolesByName(header)
  const by: Record<string, GuessedBy> = dictionary(
    header.map((column) => [column, roles[column] === 'none' ? 'none' : 'name']),
  )
  const taken = new Set(Object.values(roles))
  const open = header
    .slice(0, GUESSED_COLUMNS)
    .filter((column) => roles[column] === 'none' && column !== '' && !KNOWN_UNREAD.has(normalName(column)))
  const valuesOf = (column: string) =>
    rows
      .map((row) => (row[column] ?? '').trim())
      .filter(Boolean)
      .slice(0, SAMPLE)
  const assign = (column: string, role: ColumnRole) => {
    roles[column] = role
    by[column] = 'values'
    taken.add(role)
  }
  const sampled = Math.min(rows.length, SAMPLE)
  const kinds = new Map(
    open.map((column) => {
      const values = valuesOf(column)
      const kind = kindOfValues(values)
      // A column empty in most rows is no event's title, though it may be a summary: the longest
      // texts are taken for that first (ACLED's notes before its sparse assoc_actor_1).
      const sparse = values.length * 2 < sampled
      return [column, sparse && kind === 'title' ? 'summary' : kind]
    }),
  )

  // Coordinates come in pairs: a column of latitudes (±90) beside a column of longitudes (±180).
  for (let at = 0; at + 1 < header.length; at++) {
    const [first = '', second = ''] = [header[at], header[at + 1]]
    if (taken.has('latitude') || taken.has('longitude')) break
    if (kinds.get(first) === 'latitude' && ['latitude', 'longitude'].includes(kinds.get(second) ?? '')) {
      assign(first, 'latitude')
      assign(second, 'longitude')
    }
  }
  // The longest texts are the summary, whichever column they are in; the other roles go in order.
  const longestFirst = (column: string) =>
    kinds.get(column) === 'summary' ? -averageLength(valuesOf(column)) : 0
  const inOrder = [...open].sort((a, b) => longestFirst(a) - longestFirst(b))
  for (const column of inOrder) {
    if (roles[column] !== 'none') continue
    const kind = kinds.get(column)
    const role = roleOfKind(kind, taken)
    if (role) assign(column, role)
  }

  const review = !opensByNames(rolesByName(header))
    ? 'Its columns’ names do not say which holds the dates and which the titles.'
    : Object.keys(by).some((column) => by[column] === 'values' && WORTH_A_LOOK.has(roles[column] ?? 'none'))
      ? 'Some of its columns were recognised only by what they hold.'
      : null
  return { roles, by, review }
}

/** Whether roles make events: a date (or a year), and a title or what stands in for one. */
export function opensByNames(roles: ColumnRoles): boolean {
  const has = new Set(Object.values(roles))
  const dated = has.has('date') || has.has('year')
  const titled = has.has('title') || has.has('summary') || has.has('eventType') || has.has('subEventType')
  return dated && titled
}

type ValueKind =
  | 'empty'
  | 'date'
  | 'year'
  | 'time'
  | 'latitude'
  | 'longitude'
  | 'number'
  | 'countries'
  | 'image'
  | 'address'
  | 'title'
  | 'summary'
  | 'category'
  | 'text'

function roleOfKind(kind: ValueKind | undefined, taken: ReadonlySet<ColumnRole>): ColumnRole | null {
  const free = (role: ColumnRole) => (taken.has(role) ? null : role)
  switch (kind) {
    case 'date':
      return taken.has('date') || taken.has('year') ? free('endDate') : 'date'
    case 'year':
      // A year beside a full date is its year again (ACLED's), not an end.
      return taken.has('date') || taken.has('year') ? null : 'year'
    case 'time':
      return free('time')
    case 'countries':
      return free('countries')
    case 'image':
      return free('media') ?? free('sources')
    case 'address':
      return free('sources')
    case 'latitude':
    case 'longitude':
    case 'number':
      return 'number'
    case 'title':
      return free('title') ?? free('summary')
    case 'summary':
      return free('summary')
    case 'category':
      return free('categories')
    default:
      return null
  }
}

/** What most (four in five) of a column's values are. */
function kindOfValues(values: readonly string[]): ValueKind {
  if (values.length === 0) return 'empty'
  const most = (test: (value: string) => boolean) =>
    values.filter(test).length >= Math.ceil(values.length * 0.8)
  if (values.every((value) => NUMBER.test(value))) {
    const numbers = values.map((value) => Number(value.replace(',', '.')))
    // Plain years and yyyymmdd are dates; other whole numbers, and decimals, are numbers or coordinates.
    if (values.every((value) => /^(?:1[5-9]|20)\d{2}$/.test(value))) return 'year'
    if (values.every((value) => /^(?:1[5-9]|20)\d{2}[01]\d[0-3]\d$/.test(value))) return 'date'
    const decimals = values.some((value) => /[.,]\d/.test(value))
    if (decimals && numbers.every((number) => Math.abs(number) <= 90)) return 'latitude'
    if (decimals && numbers.every((number) => Math.abs(number) <= 180)) return 'longitude'
    return 'number'
  }
  if (most((value) => readClock(value) !== null)) return 'time'
  const dates = readDateColumn(values).dates
  if (dates.filter((date) => date.ok).length >= Math.ceil(values.length * 0.8)) return 'date'
  if (most((value) => readWebAddress(value) !== null))
    return most((value) => IMAGE.test(value)) ? 'image' : 'address'
  if (
    most((value) => {
      const names = splitList(value)
      return names.length > 0 && names.every((name) => /\p{L}/u.test(name) && readCountry(name, false).code)
    })
  )
    return 'countries'
  const average = averageLength(values)
  const distinct = new Set(values).size
  if (average > 100) return 'summary'
  if (values.length >= 4 && distinct <= Math.max(2, values.length / 2) && average <= 40) return 'category'
  if (distinct >= values.length * 0.8 && average >= 8) return 'title'
  return 'text'
}

function averageLength(values: readonly string[]): number {
  if (values.length === 0) return 0
  return values.reduce((sum, value) => sum + value.length, 0) / values.length
}
