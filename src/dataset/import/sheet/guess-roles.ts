import { dictionary, lookup } from '../../../lib/dictionary'
import { isMissingMarker } from '../values/missing-values'
import { readStatus } from '../values/read-status'
import type { ColumnReason, SheetReview } from './column-reason'
import type { ColumnRole, ColumnRoles } from './column-roles'
import { rolesByName } from './column-roles'
import { normalName } from './header-key'
import { KNOWN_UNREAD, SHARED_ROLES } from './known-columns'
import type { Row } from './sheet-rows'
import { type KindOfColumn, kindOfColumn, type ValueKind } from './value-kinds'

/** How a column's role was found: by its name, by its values, or not at all. */
export type GuessedBy = 'name' | 'values' | 'none'

export type RoleGuess = {
  roles: ColumnRoles
  by: Record<string, GuessedBy>
  /**
   * Why each column found by its values was read as it is ("its values are dates (18 of 20)"), and
   * why each column left unread was ("its values are the rows’ numbers", "could be a source, which is
   * read from “link”"); none for a column read by its name.
   */
  why: Record<string, ColumnReason>
  /**
   * Why the reader should see the mapping before the file opens (no column of dates or titles, or
   * none said by its name); null when the guess is sure and the file opens at once.
   */
  review: SheetReview | null
}

const SAMPLE = 40
/** Columns past these are not guessed from their values (a sheet of 100,000 columns is no event list). */
const GUESSED_COLUMNS = 300

/** The role each kind of values is read as, in the order kinds are given roles (the surest first). */
const ROLE_OF_KIND: ReadonlyArray<[ValueKind, ReadonlyArray<ColumnRole>]> = [
  ['date', ['date', 'endDate']],
  ['serial-date', ['date', 'endDate']],
  ['year', ['year']],
  ['time', ['time']],
  ['row-type', ['type']],
  ['id', ['id']],
  ['image', ['media', 'sources']],
  ['address', ['sources']],
  ['path', ['media']],
  ['countries', ['countries']],
  ['people', ['actors']],
  ['place', ['location']],
  ['summary', ['summary']],
  ['title', ['title', 'summary']],
  ['category', ['categories']],
  ['latitude', ['number']],
  ['longitude', ['number']],
  ['number', ['number']],
]

/**
 * Each column's role, from its name where the name is one this app knows (see event-columns.ts), else
 * from its first values (see value-kinds.ts): dates, times, coordinates in pairs, ids, countries in any
 * language, web addresses, people's names, places, numbers, and texts by their length and how often
 * they repeat (titles, summaries, categories). `rows` are the sheet's first rows: guessing reads no
 * more than that. Every role a file needs to open is offered: where no column holds one, `review`
 * says which is missing.
 */
export function guessRoles(header: readonly string[], rows: readonly Row[]): RoleGuess {
  const byName = rolesByName(header)
  const roles: ColumnRoles = dictionary(Object.entries(byName))
  const by: Record<string, GuessedBy> = dictionary(
    header.map((column) => [column, byName[column] === 'none' ? 'none' : 'name']),
  )
  const why: Record<string, ColumnReason> = dictionary()
  // A "status" column none of whose words says a status ("reviewed", "automatic", as USGS's feed has;
  // see values/read-status.ts for the words that do) is no status. One with some is read (a row with
  // another word is then read as occurred, and said).
  for (const column of header) {
    if (roles[column] !== 'status') continue
    const values = valuesOf(rows, column)
    const others = values.filter((value) => readStatus(value) === null)
    if (others.length === 0 || others.length < values.length) continue
    roles[column] = 'none'
    by[column] = 'none'
    why[column] = {
      seen: { code: 'notStatuses', example: others[0]?.slice(0, 30) ?? '' },
      verdict: { code: 'noRole' },
    }
  }
  const codes = setAsideNumericCountries(header, rows, roles, by, why)
  datePartHoldingDates(header, rows, roles, by, why)
  const taken = new Map<ColumnRole, string>()
  for (const column of header) {
    const role = lookup(roles, column) ?? 'none'
    if (role !== 'none' && !taken.has(role)) taken.set(role, column)
  }
  const open = header
    .slice(0, GUESSED_COLUMNS)
    .filter(
      (column) => roles[column] === 'none' && !KNOWN_UNREAD.has(normalName(column)) && !codes.has(column),
    )
  const sampled = Math.min(rows.length, SAMPLE)
  const kinds = new Map<string, KindOfColumn>()
  for (const column of open) {
    const values = valuesOf(rows, column)
    const kind = kindOfColumn(values)
    // A column empty in most rows is no event's title, though it may be a summary: the longest
    // texts are taken for that first (ACLED's notes before its sparse assoc_actor_1).
    const sparse = values.length * 2 < sampled
    // Nor are a few numbers in a column mostly empty a number each event keeps (a record's one
    // "editor: 7"): more than half the rows must hold one.
    const fewNumbers = values.length * 2 <= sampled && kind.kind === 'number'
    // A target's or a victim's nationality (GTD's natlty1_txt) is not where the event happened.
    const nationality = kind.kind === 'countries' && NATIONALITY.test(column)
    kinds.set(
      column,
      nationality
        ? {
            ...kind,
            kind: 'text',
            reason: {
              seen: { code: 'nationalities', hits: values.length, of: values.length },
              verdict: { code: 'couldBe', role: 'countries' },
            },
          }
        : fewNumbers
          ? {
              ...kind,
              kind: 'text',
              reason: {
                seen: { code: 'fewNumbers', hits: values.length, of: sampled },
                verdict: { code: 'couldBe', role: 'number' },
              },
            }
          : sparse && kind.kind === 'title'
            ? {
                ...kind,
                kind: 'summary',
                reason: { seen: { code: 'fewTexts', hits: values.length, of: sampled } },
              }
            : kind,
    )
  }
  const assign = (column: string, role: ColumnRole, reason: ColumnReason) => {
    roles[column] = role
    by[column] = 'values'
    why[column] = reason
    if (!taken.has(role)) taken.set(role, column)
  }
  const free = (role: ColumnRole) => SHARED_ROLES.has(role) || !taken.has(role)

  // Coordinates come in pairs: a column of latitudes (±90) beside a column of longitudes (±180).
  for (let at = 0; at + 1 < header.length && free('latitude') && free('longitude'); at++) {
    const [first = '', second = ''] = [header[at], header[at + 1]]
    const [one, two] = [kinds.get(first), kinds.get(second)]
    if (one?.kind === 'latitude' && (two?.kind === 'latitude' || two?.kind === 'longitude')) {
      assign(first, 'latitude', { ...one.reason, beside: 'longitudes' })
      assign(second, 'longitude', { ...two.reason, beside: 'latitudes' })
    }
  }
  setAsideOtherCalendars(open, rows, kinds)
  // Kinds by how sure they are; within one, the longest texts first for a summary, else the sheet's order.
  for (const [kind, candidates] of ROLE_OF_KIND) {
    const columns = open.filter((column) => roles[column] === 'none' && kinds.get(column)?.kind === kind)
    if (kind === 'summary') columns.sort((a, b) => lengthOf(rows, b) - lengthOf(rows, a))
    for (const column of columns) {
      const role = candidates.find(free)
      const kind = kinds.get(column)
      if (role && kind) assign(column, role, kind.reason)
    }
  }
  // Every column left unread says why: what its values are, and the role it could take (columns
  // past the first 300, not looked at, say nothing).
  for (const column of header) {
    if (roles[column] !== 'none' || by[column] === 'name') continue
    const kind = kinds.get(column)
    if (kind) why[column] = unreadReason(kind, taken)
    else if (KNOWN_UNREAD.has(normalName(column))) why[column] = KNOWN_UNREAD_REASON
  }
  return { roles, by, why, review: reviewOf(header, roles, by, kinds) }
}

/**
 * Beside another column of dates, one whose dates mostly lie years after today is not the events' date:
 * another calendar's (Nepal's files give Bikram Sambat, 2081, beside the Gregorian 2025; the Hijri and
 * Hebrew years run further). It is left unread and said, and can still be chosen.
 */
function setAsideOtherCalendars(
  columns: readonly string[],
  rows: readonly Row[],
  kinds: Map<string, KindOfColumn>,
): void {
  const dated = columns.filter((column) => kinds.get(column)?.kind === 'date')
  if (dated.length < 2) return
  const soon = new Date().getUTCFullYear() + 5
  const future = new Set(
    dated.filter((column) => {
      const years = valuesOf(rows, column).flatMap((value) => {
        const year = /(?<!\d)(\d{4})(?!\d)/.exec(value)?.[1]
        return year ? [Number(year)] : []
      })
      return years.length > 0 && years.filter((year) => year > soon).length * 2 > years.length
    }),
  )
  if (future.size === 0 || future.size === dated.length) return
  for (const column of future) {
    const example = valuesOf(rows, column)[0]?.slice(0, 30) ?? ''
    kinds.set(column, {
      ...(kinds.get(column) ?? { share: 1 }),
      kind: 'text',
      reason: { seen: { code: 'laterCalendar', example }, verdict: { code: 'couldBe', role: 'date' } },
    })
  }
}

/**
 * A column named for a part of the date (Spanish "Día", a "year" column) whose values are whole dates
 * (2022-02-24) is the date, when no column is named for it: its name says "when", its values say how.
 */
function datePartHoldingDates(
  header: readonly string[],
  rows: readonly Row[],
  roles: ColumnRoles,
  by: Record<string, GuessedBy>,
  why: Record<string, ColumnReason>,
): void {
  if (Object.values(roles).includes('date')) return
  for (const column of header) {
    const role = roles[column]
    if (role !== 'day' && role !== 'month' && role !== 'year') continue
    const kind = kindOfColumn(valuesOf(rows, column))
    if (kind.kind !== 'date') continue
    roles[column] = 'date'
    by[column] = 'values'
    why[column] = kind.reason
    return
  }
}

// Names of a person's nationality in the languages of the names this app knows (natlty1, nacionalidad).
const NATIONALITY = /natlty|nationalit|nacionalidad|nationalité|staatsangeh/i
// Names that say a column's numbers are ISO 3166's (iso, iso_numeric, m49).
const ISO_NUMBERS = /iso|m49|numeric/i

/**
 * A column named for countries whose values are all numbers is read as ISO 3166 numeric codes only
 * when its name says so: GTD's own country numbers (218 Uruguay) read as ISO's are Ecuador. Else it is
 * left unread, said, and can still be chosen.
 */
function setAsideNumericCountries(
  header: readonly string[],
  rows: readonly Row[],
  roles: ColumnRoles,
  by: Record<string, GuessedBy>,
  why: Record<string, ColumnReason>,
): Set<string> {
  const codes = new Set<string>()
  for (const column of header) {
    if (roles[column] !== 'countries' || ISO_NUMBERS.test(column)) continue
    const values = valuesOf(rows, column)
    if (values.length === 0 || !values.every((value) => /^\d+$/.test(value))) continue
    roles[column] = 'none'
    by[column] = 'none'
    why[column] = {
      seen: { code: 'counted', kind: 'numbers', hits: values.length, of: values.length },
      verdict: { code: 'couldBe', role: 'countries' },
    }
    codes.add(column)
  }
  return codes
}

const KNOWN_UNREAD_REASON: ColumnReason = { seen: { code: 'knownUnread' } }

function unreadReason({ kind, reason }: KindOfColumn, taken: ReadonlyMap<ColumnRole, string>): ColumnReason {
  const role = ROLE_OF_KIND.find(([each]) => each === kind)?.[1][0]
  if (kind === 'empty' || reason.verdict !== undefined) return reason
  if (!role || kind === 'numbering' || kind === 'yes-no' || kind === 'text')
    return { ...reason, verdict: { code: 'noRole' } }
  const from = taken.get(role)
  return from === undefined ? reason : { ...reason, verdict: { code: 'couldBe', role, readFrom: from } }
}

/** Whether roles make events: a date (or a year), and a title or what stands in for one. */
export function opensByNames(roles: ColumnRoles): boolean {
  const has = new Set(Object.values(roles))
  return datedBy(has) && titledBy(has)
}

const datedBy = (has: ReadonlySet<ColumnRole>) => has.has('date') || has.has('year')
const titledBy = (has: ReadonlySet<ColumnRole>) =>
  has.has('title') ||
  has.has('summary') ||
  has.has('eventType') ||
  has.has('subEventType') ||
  has.has('location') ||
  has.has('admin2') ||
  has.has('admin1')

/**
 * Why the reader is to look first: no column of dates or of titles (the step then says which to
 * choose), neither found by its name, or dates found by values that are not all dates; else null.
 */
function reviewOf(
  header: readonly string[],
  roles: ColumnRoles,
  by: Readonly<Record<string, GuessedBy>>,
  kinds: ReadonlyMap<string, KindOfColumn>,
): SheetReview | null {
  const has = new Set(Object.values(roles))
  if (!datedBy(has)) return { code: header.length === 0 ? 'noColumns' : 'noDates' }
  if (!titledBy(has)) return { code: 'noTitles' }
  const role = (column: string) => lookup(roles, column) ?? 'none'
  const named = (wanted: (role: ColumnRole) => boolean) =>
    header.some((column) => wanted(role(column)) && by[column] === 'name')
  if (!named((each) => datedBy(new Set([each]))) && !named((each) => titledBy(new Set([each]))))
    return { code: 'namesSayNeither' }
  const dateColumn = header.find((column) => role(column) === 'date' && by[column] === 'values')
  const dates = dateColumn === undefined ? undefined : kinds.get(dateColumn)
  if (dateColumn !== undefined && dates && (dates.kind === 'serial-date' || dates.share < 0.9))
    return { code: 'datesByValues', column: dateColumn, reason: dates.reason }
  return null
}

function valuesOf(rows: readonly Row[], column: string): string[] {
  const values: string[] = []
  for (const row of rows) {
    const value = (lookup(row, column) ?? '').trim()
    if (value && !isMissingMarker(value)) values.push(value)
    if (values.length === SAMPLE) break
  }
  return values
}

function lengthOf(rows: readonly Row[], column: string): number {
  const values = valuesOf(rows, column)
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value.length, 0) / values.length
}
