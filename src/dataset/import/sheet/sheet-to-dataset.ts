import { hasControlCharacters, withoutControlCharacters } from '../../../lib/control-characters'
import { formatCount } from '../../../lib/format-count'
import { actorKinds, FORMAT_VERSION, TEXT_LIMITS } from '../../format/format-constants'
import type { Actor, Dataset, Quote, StoryEvent } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'
import type { DatasetIssue } from '../../validate/dataset-issue'
import { looksLikeMarkup, type MarkupLink, readMarkup } from '../values/markup-to-text'
import { readCountry } from '../values/read-country'
import type { DayMonthOrder, WrittenDate } from '../values/written-dates'
import { type ColumnRoles, columnsOfRoles } from './column-roles'
import {
  datePartsToEdtf,
  type EventColumn,
  readClock,
  recogniseColumns,
  titleFromParts,
  withTimePrecision,
} from './event-columns'
import { ExtrasReader, splitList } from './event-extras'
import { guessActorKind } from './guess-actor-kind'
import type { SkippedRow } from './keep-good-rows'
import { readDateColumn } from './read-date-column'
import { columnPositions, type Row, type RowProgress, type Sheet } from './sheet-rows'
import { titleFromFileName } from './title-from-file-name'
import { UnreadValues } from './unread-values'

/**
 * A sheet of events as a dataset, whatever made the sheet (a CSV, a workbook's sheet, a JSON list of
 * records): columns recognised in several conventions (see event-columns.ts), dates as people write
 * them (see read-date-column.ts), countries by code or name, story-timeline/2's fields where the sheet
 * has them (see event-extras.ts). A row that cannot be an event (no date, no title) is left out and
 * said, rather than refusing the sheet.
 */
export type SheetRead =
  | {
      ok: true
      dataset: Dataset
      /** Rows left out before the dataset was made (cut off, undated, untitled), by place. */
      skipped: SkippedRow[]
      /** How many event rows the file has. */
      rows: number
      /** The line in the file of each event made (the header is line 1). */
      eventLines: number[]
      /** What the reader should know of how the file was read (dates converted, columns not read). */
      notes: string[]
      /** The file's own name for each field's column ("event_date" for date), for saying where. */
      columnOf: Partial<Record<string, string>>
    }
  | { ok: false; issues: DatasetIssue[] }

export function sheetToDataset(
  events: Sheet,
  name: string,
  {
    skipped = [],
    quoteRows = [],
    roles,
    dateOrder,
    onRows,
  }: {
    skipped?: SkippedRow[]
    quoteRows?: Row[]
    /** What a reader chose each column to be read as (the mapping step's), over what names tell. */
    roles?: ColumnRoles
    /** Which comes first in numeric dates (03/04/2022), where the reader has said. */
    dateOrder?: DayMonthOrder
    /** Told how far through the rows the reading is, every few thousand rows. */
    onRows?: RowProgress
  } = {},
): SheetRead {
  const issues: DatasetIssue[] = []
  const { columns, numbers, unread } = roles
    ? columnsOfRoles(events.header, roles)
    : recogniseColumns(events.header)
  if (!columns.date && !columns.year) {
    issues.push({
      path: `${name}, header`,
      expected: 'a column of dates ("date", "event_date", or TimelineJS\'s "Year", "Month", "Day")',
      found: listedColumns(events.header),
    })
  }
  // ACLED has no titles: what happened and where stands in (titleFromParts).
  const titlesFromParts = !columns.title && (columns.subEventType ?? columns.eventType) !== undefined
  // TimeMap's events have a description and no title: its first words stand in.
  const titlesFromSummary = !columns.title && !titlesFromParts && columns.summary !== undefined
  if (!columns.title && !titlesFromParts && !titlesFromSummary) {
    issues.push({
      path: `${name}, header`,
      expected:
        'a column of titles ("title" or "headline", or ACLED\'s "event_type" and "location", or a "description")',
      found: listedColumns(events.header),
    })
  }
  if (issues.length) return { ok: false, issues }

  // Each field's column by position: a row's cells are read by index (see sheet-rows.ts).
  const positions = columnPositions(events.header)
  const at: Partial<Record<EventColumn, number>> = {}
  for (const [column, header] of Object.entries(columns) as Array<[EventColumn, string | undefined]>) {
    const position = header === undefined ? undefined : positions.get(header)
    if (position !== undefined) at[column] = position
  }
  // Control characters (NUL…) are no text: removed from every cell read, and said (see below).
  const controlCells = new Set<string>()
  const cell: CellOf = (cells, column) => {
    const position = at[column]
    const value = position === undefined ? '' : (cells[position] ?? '')
    if (!hasControlCharacters(value)) return value
    controlCells.add(value)
    return withoutControlCharacters(value)
  }
  const dateColumn = columns.date
  const read = dateColumn
    ? readDateColumn(
        events.rows.map(({ cells }) => cell(cells, 'date')),
        dateColumn,
        undefined,
        dateOrder,
      )
    : null
  // An end date column (this app's "end", others' "End Date"): each event an interval from its date.
  const endColumn = columns.endDate
  const ends = endColumn
    ? readDateColumn(
        events.rows.map(({ cells }) => cell(cells, 'endDate')),
        endColumn,
        undefined,
        dateOrder,
      )
    : null
  const unreadEnds: number[] = []
  const longTitles: number[] = []
  const notes = [...(read?.notes ?? []), ...(ends?.notes ?? [])]
  if (unread.length) {
    notes.push(
      `Columns not read (this format has no place for them yet): ${unread
        .slice(0, 12)
        .map((column) => `"${column.slice(0, 40)}"`)
        .join(', ')}${unread.length > 12 ? ` and ${formatCount(unread.length - 12)} more` : ''}.`,
    )
  }

  const actors = new Map<string, Actor>()
  // A large sheet names the same actors and countries over and over: each text is read once.
  const idOfText = new Map<string, string>()
  const actorIdOf = (text: string): string => {
    const known = idOfText.get(text)
    if (known !== undefined) return known
    const actor = parseActor(text)
    idOfText.set(text, actor.id)
    const existing = actors.get(actor.id)
    if (!existing) actors.set(actor.id, actor)
    return actor.id
  }
  const eventId = uniqueIds()
  const madeEvents: StoryEvent[] = []
  const eventLines: number[] = []
  // TimelineJS's text is HTML: a cell with markup is read for its text (see markup-to-text.ts).
  let markupCells = 0
  const readText = (value: string): { text: string; links: MarkupLink[] } => {
    if (!looksLikeMarkup(value)) return { text: value, links: [] }
    markupCells++
    return readMarkup(value)
  }
  const textOf = (value: string) => readText(value).text
  let titleSlide: { title: string; text: string } | undefined
  const unreadCountries = new UnreadValues()
  const unreadTimes: number[] = []
  const countryOfText = new Map<string, ReturnType<typeof readCountry>>()
  const extras = new ExtrasReader(
    numbers,
    columns.eventType !== undefined || columns.subEventType !== undefined,
    textOf,
  )
  const rowCount = events.rows.length
  events.rows.forEach(({ cells, line }, index) => {
    if (onRows && index % ROWS_PER_PROGRESS === 0) onRows(index, rowCount)
    // TimelineJS's title slide names the story; it is not an event.
    if (cell(cells, 'type').toLowerCase() === 'title') {
      titleSlide ??= { title: textOf(cell(cells, 'title')), text: textOf(cell(cells, 'summary')) }
      return
    }
    const date = read ? read.dates[index] : undefined
    const edtf = date ? (date.ok ? date.edtf : null) : datePartsOf(cells, cell)
    if (edtf === null) {
      const column = dateColumn ?? columns.year ?? 'date'
      const found = dateColumn ? cell(cells, 'date') : cell(cells, 'year')
      skipped.push({
        path: `row ${line}, column "${column}"`,
        expected: date && !date.ok ? date.reason : 'a date (a year, and a month and day if known)',
        found: found.trim() === '' ? 'an empty cell' : JSON.stringify(found.slice(0, 60)),
      })
      return
    }
    const written = titlesFromParts
      ? titleFromParts(cell(cells, 'subEventType') || cell(cells, 'eventType'), cell(cells, 'location'))
      : titlesFromSummary
        ? firstWords(textOf(cell(cells, 'summary')))
        : textOf(cell(cells, 'title'))
    // A title past the format's limit is not cut off: it becomes a shorter title, and the whole of it
    // opens the summary (said once, below).
    const tooLong = written.length > TEXT_LIMITS.eventTitle
    if (tooLong) longTitles.push(line)
    const title = tooLong ? firstWords(written) : written
    if (title === '') {
      skipped.push({
        path: `row ${line}, column "${columns.title ?? columns.subEventType ?? columns.eventType ?? columns.summary}"`,
        expected: 'a title',
        found: 'an empty cell',
      })
      return
    }
    // The text's links (TimelineJS's HTML) are kept as the event's sources.
    const { text: summaryText, links } = readText(cell(cells, 'summary'))
    const summary = tooLong ? (summaryText ? `${written}\n\n${summaryText}` : written) : summaryText
    const id = cell(cells, 'id')
    // Each actor once, in order, with the part it plays where the sheet says (its first mention's).
    const actorIds: string[] = []
    const roles: Array<{ id: string; role: string }> = []
    for (const { name, role } of actorNames(cells, cell)) {
      const actorId = actorIdOf(name)
      if (actorIds.includes(actorId)) continue
      actorIds.push(actorId)
      if (role !== '') roles.push({ id: actorId, role })
    }
    const start = columns.timePrecision
      ? withTimePrecision(edtf, cell(cells, 'timePrecision'))
      : dateColumn
        ? withTimeOfDay(edtf, cell(cells, 'time'), () => unreadTimes.push(line))
        : edtf
    // Assigned, not spread: a large sheet makes 100,000 of these.
    const event: StoryEvent = {
      id: eventId(slugify(id || title, 'event')),
      date: ends
        ? withEnd(start, ends.dates[index], cell(cells, 'endDate'), () => unreadEnds.push(line))
        : start,
      title,
      status: (cell(cells, 'status').toLowerCase() || 'occurred') as StoryEvent['status'],
      actors: actorIds,
    }
    if (summary) event.summary = summary
    if (roles.length)
      event.actorRoles = roles.map((actor) => ({
        actor: actor.id,
        role: actor.role.slice(0, TEXT_LIMITS.role),
      }))
    Object.assign(
      event,
      extras.read(
        (column) => cell(cells, column),
        (column) => {
          const position = positions.get(column)
          return position === undefined ? '' : (cells[position] ?? '')
        },
        line,
        id,
        links,
      ),
    )
    const countries: string[] = []
    for (const value of splitList(cell(cells, 'countries'))) {
      let reading = countryOfText.get(value)
      if (!reading) {
        reading = readCountry(value)
        countryOfText.set(value, reading)
      }
      if (reading.code) countries.push(reading.code)
      else unreadCountries.add(value, line, reading.suggestion)
    }
    if (countries.length) event.countries = [...new Set(countries)]
    madeEvents.push(event)
    eventLines.push(line)
  })

  const quoteId = uniqueIds()
  const quotes: Quote[] = quoteRows.map((row) => {
    const target =
      madeEvents.find((event) => event.id === row.event) ??
      madeEvents.find((event) => event.title === row.event)
    const quote: Quote = {
      id: quoteId(slugify(`${row.speaker ?? ''} ${(row.text ?? '').slice(0, 40)}`, 'quote')),
      text: row.text ?? '',
      speaker: actorIdOf(row.speaker ?? ''),
      event: target?.id ?? row.event ?? '',
    }
    if (row.paragraph) quote.source = { paragraph: Number(row.paragraph) }
    return quote
  })

  if (unreadTimes.length)
    notes.push(
      `${formatCount(unreadTimes.length)} ${unreadTimes.length === 1 ? 'row has' : 'rows have'} a ${columns.time} that is not a time of day (10:30, 4 pm): ${unreadTimes.length === 1 ? 'its' : 'their'} date was kept without it (row${unreadTimes.length === 1 ? '' : 's'} ${unreadTimes.slice(0, 3).join(', ')}${unreadTimes.length > 3 ? ', …' : ''}).`,
    )
  if (unreadEnds.length)
    notes.push(
      `${formatCount(unreadEnds.length)} ${unreadEnds.length === 1 ? 'row has' : 'rows have'} an end (column "${endColumn}") that is not a date on or after the start: ${unreadEnds.length === 1 ? 'its event was' : 'their events were'} kept with the start date only (row${unreadEnds.length === 1 ? '' : 's'} ${unreadEnds.slice(0, 3).join(', ')}${unreadEnds.length > 3 ? ', …' : ''}).`,
    )
  if (longTitles.length)
    notes.push(
      `${formatCount(longTitles.length)} ${longTitles.length === 1 ? 'title is' : 'titles are'} longer than a title may be (${formatCount(TEXT_LIMITS.eventTitle)} characters): ${longTitles.length === 1 ? 'its event is' : 'their events are'} titled by the first words, and the whole title opens the summary (row${longTitles.length === 1 ? '' : 's'} ${longTitles.slice(0, 3).join(', ')}${longTitles.length > 3 ? ', …' : ''}).`,
    )
  if (controlCells.size)
    notes.push(
      `${formatCount(controlCells.size)} ${controlCells.size === 1 ? 'cell holds' : 'cells hold'} control characters (such as NUL) that no text shows: they were removed.`,
    )
  if (titlesFromSummary)
    notes.push(
      `The file has no column of titles: each event is titled by the first words of its ${columns.summary}.`,
    )
  const countryNote = unreadCountries.note(`${columns.countries ?? 'countries'} column`)
  if (countryNote) notes.push(countryNote)
  notes.push(...extras.notes())
  const categories = extras.categories()
  if (markupCells > 0) {
    notes.push(
      `${formatCount(markupCells)} ${markupCells === 1 ? 'cell holds' : 'cells hold'} HTML (as TimelineJS writes it): ${markupCells === 1 ? 'its' : 'their'} text was kept, the markup left out.`,
    )
  }
  // The story's title: the file's own (TimelineJS's title slide), else the file's name.
  const title = titleSlide?.title || titleFromFileName(name)
  // A title slide's text says what the story is about, held to the format's limit.
  const slideText = titleSlide?.text ?? ''
  const description =
    slideText.length > TEXT_LIMITS.description
      ? `${slideText.slice(0, TEXT_LIMITS.description - 1)}…`
      : slideText
  return {
    ok: true,
    dataset: {
      format: FORMAT_VERSION,
      title,
      ...(description ? { description } : {}),
      source: { title },
      actors: [...actors.values()],
      ...(categories.length ? { categories } : {}),
      events: madeEvents,
      quotes,
    },
    skipped,
    rows: events.total,
    eventLines,
    notes,
    columnOf: {
      date: dateColumn ?? columns.year,
      title: columns.title,
      summary: columns.summary,
      status: columns.status,
      actors: columns.actors,
      countries: columns.countries,
      id: columns.id,
    },
  }
}

// ACLED's two sides and those associated with each: the part each actor plays in its event.
const SIDES: ReadonlyArray<[EventColumn, string]> = [
  ['actor1', 'first side'],
  ['assocActor1', 'with the first side'],
  ['actor2', 'second side'],
  ['assocActor2', 'with the second side'],
]

/**
 * The actors column (with its actor_roles column, one role for each, in order), then ACLED's two
 * sides with their associated actors ("; "-separated), each with its part in the event ('' for none).
 */
function actorNames(cells: readonly string[], cell: CellOf): Array<{ name: string; role: string }> {
  const named: Array<{ name: string; role: string }> = []
  const listed = splitList(cell(cells, 'actors'))
  if (listed.length) {
    const roles = cell(cells, 'actorRoles').split(';')
    listed.forEach((name, index) => {
      named.push({ name, role: roles[index]?.trim() ?? '' })
    })
  }
  for (const [column, role] of SIDES)
    for (const name of splitList(cell(cells, column))) named.push({ name, role })
  return named
}

// TimelineJS's Year, Month, Day, Time (and End Year…): a date, or an interval when it has an end.
function datePartsOf(cells: readonly string[], cell: CellOf): string | null {
  const start = datePartsToEdtf({
    year: cell(cells, 'year'),
    month: cell(cells, 'month'),
    day: cell(cells, 'day'),
    time: cell(cells, 'time'),
  })
  if (start === null) return null
  if (cell(cells, 'endYear') === '') return start
  const end = datePartsToEdtf({
    year: cell(cells, 'endYear'),
    month: cell(cells, 'endMonth'),
    day: cell(cells, 'endDay'),
    time: cell(cells, 'endTime'),
  })
  return end === null || end === start ? start : `${start}/${end}`
}

// A large sheet takes seconds: how far the reader is, every so many rows.
const ROWS_PER_PROGRESS = 5000

/** A row's cell for a field, '' where the sheet has no column for it. */
type CellOf = (cells: readonly string[], column: EventColumn) => string

const KINDS: ReadonlySet<string> = new Set(actorKinds)

/**
 * "UN Security Council (organization)": a name, then maybe its kind in brackets. Read with string
 * operations, not a pattern: the pattern this replaced, /^(.*?)\s*\((person|…)\)$/, backtracked for
 * 11 s over a cell of "a", 100,000 spaces and "b".
 */
export function parseActor(cell: string): Actor {
  const text = cell.trim()
  const open = text.endsWith(')') ? text.lastIndexOf('(') : -1
  const kindText = open === -1 ? '' : text.slice(open + 1, -1).toLowerCase()
  const kind = KINDS.has(kindText) ? (kindText as Actor['kind']) : undefined
  const name = kind ? text.slice(0, open).trim() : text
  const guessed = guessActorKind(name)
  const actor: Actor = { id: slugify(name, 'actor'), name, kind: kind ?? guessed.kind }
  // A country's code is the one its name reads as; another actor's name says nothing of its country.
  if (actor.kind === 'country' && guessed.country) actor.country = guessed.country
  return actor
}

/** The header's columns as a message shows them: the first 20, then how many more. */
export function listedColumns(columns: string[]): string {
  if (columns.length === 0) return 'no columns'
  const shown = columns.slice(0, 20).map((column) => JSON.stringify(column.slice(0, 40)))
  const more = columns.length - shown.length
  return `columns ${shown.join(', ')}${more > 0 ? ` and ${formatCount(more)} more` : ''}`
}

/** A text's first line, cut to 80 characters at most: a title for an event that has none. */
export function firstWords(text: string): string {
  const first = text.split('\n')[0]?.trim() ?? ''
  return first.length > 80 ? `${first.slice(0, 79).trimEnd()}…` : first
}

// A day and the time of day beside it (TimeMap's Date and Time): one EDTF date-time, in UTC as the
// sheet gives no zone. A date that is not a day, or no time, stays as it is.
function withTimeOfDay(edtf: string, time: string, unread: () => void): string {
  if (time === '' || !/^\d{4}-\d{2}-\d{2}$/.test(edtf)) return edtf
  const clock = readClock(time)
  if (!clock) {
    unread()
    return edtf
  }
  return `${edtf}T${clock}Z`
}

/**
 * A start and the end beside it as one EDTF interval. An empty end leaves the start; an end that is no
 * date, or comes before the start (compared at the precision both have), is said and left out.
 */
function withEnd(start: string, end: WrittenDate | undefined, cell: string, unread: () => void): string {
  if (!end || cell.trim() === '') return start
  if (!end.ok) {
    unread()
    return start
  }
  if (end.edtf === start || start.includes('/')) return start
  const plain = (edtf: string) => edtf.replace(/[~?%]/g, '')
  const [from, to] = [plain(start), plain(end.edtf)]
  const length = Math.min(from.length, to.length, 10)
  // An end less precise than a start it holds ("2022" after 2022-03-05) is no end.
  if (to.slice(0, length) < from.slice(0, length) || (to.length < from.length && from.startsWith(to))) {
    unread()
    return start
  }
  return `${start}/${end.edtf}`
}
