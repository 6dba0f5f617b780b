import { hasControlCharacters, withoutControlCharacters } from '../../../lib/control-characters'
import { FORMAT_VERSION, TEXT_LIMITS } from '../../format/format-constants'
import type { Dataset, Quote, StoryEvent } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'
import { firstLines, type ReadNote } from '../../notes/read-note'
import type { DatasetIssue } from '../../validate/dataset-issue'
import type { FoundValue } from '../../validate/found-value'
import { placeInEnglish, type RowPlace } from '../../validate/row-place'
import { readIssue } from '../read-issue'
import { dateProblemInEnglish } from '../values/date-problem-english'
import { looksLikeMarkup, type MarkupLink, readMarkup } from '../values/markup-to-text'
import { readCountry } from '../values/read-country'
import { readStatus } from '../values/read-status'
import type { DayMonthOrder } from '../values/written-dates'
import { type ColumnRoles, columnsOfRoles } from './column-roles'
import { type EventColumn, recogniseColumns, withTimePrecision } from './event-columns'
import { ExtrasReader } from './event-extras'
import type { SkippedRow } from './keep-good-rows'
import { LongTexts } from './long-texts'
import { readDateColumn } from './read-date-column'
import { type CellOf, datePartsOf, withEnd, withTimeOfDay } from './row-dates'
import { actorNames, SheetActors } from './sheet-actors'
import { SheetLists } from './sheet-lists'
import { columnPositions, type Row, type RowProgress, type Sheet } from './sheet-rows'
import { storyTitle } from './story-title'
import { blankTypeColumn } from './timeline-title'
import { firstWords, rowStandIn, titlingOf } from './title-stand-ins'
import { unreadColumnsNote } from './unread-columns'
import { UnreadValues } from './unread-values'

// Read by other formats' importers, where they always were.
export { parseActor } from './sheet-actors'

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
      notes: ReadNote[]
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
  const recognised = roles ? columnsOfRoles(events.header, roles) : recogniseColumns(events.header)
  const { columns, more, numbers } = recognised
  // Each field's column by position: a row's cells are read by index (see sheet-rows.ts).
  const positions = columnPositions(events.header)
  // TimelineJS's sheet whose Type header cell is blank: its column found by its values.
  let unread = recognised.unread
  if (columns.year !== undefined && columns.type === undefined) {
    const read = new Set([
      ...Object.values(columns),
      ...Object.values(more).flat(),
      ...numbers.map((n) => n.column),
    ])
    const typeColumn = blankTypeColumn(
      events,
      events.header.filter((column) => !read.has(column)),
      positions,
    )
    if (typeColumn !== undefined) {
      columns.type = typeColumn
      unread = unread.filter((column) => column !== typeColumn)
    }
  }
  // A column may be named "" (a blank header cell): columns are compared with undefined, never by truth.
  if (columns.date === undefined && columns.year === undefined) {
    issues.push(
      readIssue({ kind: 'header', file: name }, { code: 'dateColumn' }, listedColumns(events.header)),
    )
  }
  // A sheet without titles is titled by a stand-in each convention has (see title-stand-ins.ts).
  const titling = titlingOf(columns)
  if (titling === null) {
    issues.push(
      readIssue({ kind: 'header', file: name }, { code: 'titleColumn' }, listedColumns(events.header)),
    )
  }
  if (issues.length || titling === null) return { ok: false, issues }

  const at: Partial<Record<EventColumn, number>> = {}
  for (const [column, header] of Object.entries(columns) as Array<[EventColumn, string | undefined]>) {
    const position = header === undefined ? undefined : positions.get(header)
    if (position !== undefined) at[column] = position
  }
  // Control characters (NUL…) are no text: removed from every cell read, and said (see below).
  const controlCells = new Set<string>()
  const clean = (value: string) => {
    if (!hasControlCharacters(value)) return value
    controlCells.add(value)
    return withoutControlCharacters(value)
  }
  const cell: CellOf = (cells, column) => {
    const position = at[column]
    return clean(position === undefined ? '' : (cells[position] ?? ''))
  }
  const lists = new SheetLists(events, columns, more, positions, clean)
  const dateColumn = columns.date
  const read =
    dateColumn !== undefined
      ? readDateColumn(
          events.rows.map(({ cells }) => cell(cells, 'date')),
          dateColumn,
          undefined,
          dateOrder,
        )
      : null
  // An end date column (this app's "end", others' "End Date"): each event an interval from its date.
  const endColumn = columns.endDate
  const ends =
    endColumn !== undefined
      ? readDateColumn(
          events.rows.map(({ cells }) => cell(cells, 'endDate')),
          endColumn,
          undefined,
          dateOrder,
        )
      : null
  const unreadEnds: number[] = []
  const longTitles: number[] = []
  // The rows titled by another of their cells, by the role of the column that stood in.
  const standIns = new Map<EventColumn, number[]>()
  // A status column of other words ("reviewed": a feed's own workflow) would refuse every row: such an
  // event is read as occurred, and the words are said.
  const otherStatuses = new Map<string, number>()
  const statusOf = (written: string): StoryEvent['status'] => {
    const status = readStatus(written)
    if (status) return status
    const word = written.trim().slice(0, 60)
    otherStatuses.set(word, (otherStatuses.get(word) ?? 0) + 1)
    return 'occurred'
  }
  const notes: ReadNote[] = [...(events.notes ?? []), ...(read?.notes ?? []), ...(ends?.notes ?? [])]
  const unreadNote = unreadColumnsNote(events, unread)
  if (unreadNote) notes.push(unreadNote)

  // Texts too long for their fields: shortened, each whole text kept in its event's summary.
  const long = new LongTexts()
  const actors = new SheetActors()
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
  // A TimelineJS sheet without a Type column: its first undated row with a headline is its title slide.
  const slideByPlace = columns.year !== undefined && columns.type === undefined
  const unreadCountries = new UnreadValues()
  const unreadTimes: number[] = []
  const daylessTimes: number[] = []
  // Times of day read from a sheet's cells, which give no zone (see docs/decisions/guessing-columns.md).
  let zonelessTimes = 0
  const countryOfText = new Map<string, ReturnType<typeof readCountry>>()
  const extras = new ExtrasReader(
    numbers,
    columns.eventType !== undefined || columns.subEventType !== undefined,
    long,
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
      // A blank row inside the data holds nothing: not an event, and nothing to say.
      if (cells.every((value) => value.trim() === '')) return
      if (slideByPlace && titleSlide === undefined && cell(cells, 'title') !== '') {
        titleSlide = { title: textOf(cell(cells, 'title')), text: textOf(cell(cells, 'summary')) }
        return
      }
      const column = dateColumn ?? columns.year ?? 'date'
      const found = dateColumn !== undefined ? cell(cells, 'date') : cell(cells, 'year')
      const shown = found.trim() === '' ? null : found.slice(0, 60)
      const at: RowPlace = { kind: 'row', number: line, column }
      skipped.push({
        path: placeInEnglish(at),
        at,
        expected:
          date && !date.ok
            ? dateProblemInEnglish(date.reason)
            : 'a date (a year, and a month and day if known)',
        found: shown === null ? 'an empty cell' : JSON.stringify(shown),
        row: {
          line,
          column,
          expected: date && !date.ok ? { code: 'date', problem: date.reason } : { code: 'dateParts' },
          found: shown,
        },
      })
      return
    }
    const rowText = { cell: (column: EventColumn) => cell(cells, column), text: textOf }
    const own = titling.title(rowText)
    // A row without its title is titled by what else it says of its event (title-stand-ins.ts).
    const standIn = own === '' ? rowStandIn(rowText) : null
    if (standIn) standIns.set(standIn.column, [...(standIns.get(standIn.column) ?? []), line])
    const written = standIn?.title ?? own
    // A title past the format's limit is not cut off: it becomes a shorter title, and the whole of it
    // opens the summary (said once, below).
    const tooLong = written.length > TEXT_LIMITS.eventTitle
    if (tooLong) longTitles.push(line)
    const title = tooLong ? firstWords(written) : written
    if (title === '') {
      const at: RowPlace = { kind: 'row', number: line, column: titling.column }
      skipped.push({
        path: placeInEnglish(at),
        at,
        expected: 'a title',
        found: 'an empty cell',
        row: { line, column: titling.column, expected: { code: 'title' }, found: null },
      })
      return
    }
    // The text's links (TimelineJS's HTML) are kept as the event's sources.
    const { text: summaryText, links } = readText(cell(cells, 'summary'))
    const id = cell(cells, 'id')
    // Each actor once, in order, with the part it plays where the sheet says (its first mention's).
    const actorIds: string[] = []
    const actorRoles: Array<{ id: string; role: string }> = []
    for (const { name: actorName, role } of actorNames(cells, cell, lists)) {
      const actorId = actors.idOf(actorName)
      if (actorIds.includes(actorId)) continue
      actorIds.push(actorId)
      if (role !== '') actorRoles.push({ id: actorId, role })
    }
    const start =
      columns.timePrecision !== undefined
        ? withTimePrecision(edtf, cell(cells, 'timePrecision'))
        : dateColumn !== undefined
          ? withTimeOfDay(edtf, cell(cells, 'time'), () => unreadTimes.push(line))
          : edtf
    // A time of day is read only with a day; one beside a year or a month is said, not dropped unseen.
    if (columns.time !== undefined && cell(cells, 'time').trim() !== '') {
      if (start.includes('T')) zonelessTimes++
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) daylessTimes.push(line)
    }
    // Assigned, not spread: a large sheet makes 100,000 of these.
    const event: StoryEvent = {
      id: eventId(slugify(id || title, 'event')),
      date: ends
        ? withEnd(start, ends.dates[index], cell(cells, 'endDate'), () => unreadEnds.push(line))
        : start,
      title,
      status: statusOf(cell(cells, 'status')),
      actors: actorIds,
    }
    // Set here, before the other fields, so that every event made is one shape (a large sheet makes
    // 100,000): the whole title when it was too long, then the summary.
    const summary = tooLong ? [written, summaryText].filter(Boolean).join('\n\n') : summaryText
    if (summary) event.summary = summary
    if (actorRoles.length)
      event.actorRoles = actorRoles.map((actor) => ({
        actor: actor.id,
        // A part past 300 characters: a shorter part, the whole in the summary.
        role: long.fit(actor.role, TEXT_LIMITS.role, line, 'roles', 'Role'),
      }))
    Object.assign(
      event,
      extras.read(
        (column) => cell(cells, column),
        (role) => lists.of(cells, role),
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
    for (const value of lists.of(cells, 'countries')) {
      let reading = countryOfText.get(value)
      if (!reading) {
        reading = readCountry(value)
        countryOfText.set(value, reading)
      }
      if (reading.code) countries.push(reading.code)
      else unreadCountries.add(value, line, reading.suggestion)
    }
    if (countries.length) event.countries = [...new Set(countries)]
    // The texts the event's fields were too short for follow its summary (see LongTexts). A summary
    // past the format's 20,000 characters is not cut: its row is left out by the dataset's check,
    // and said (a summary that long is no summary a reader reads).
    const kept = long.takeRow()
    if (kept.length) event.summary = [event.summary ?? '', ...kept].filter(Boolean).join('\n\n')
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
      speaker: actors.idOf(row.speaker ?? ''),
      event: target?.id ?? row.event ?? '',
    }
    if (row.paragraph) quote.source = { paragraph: Number(row.paragraph) }
    return quote
  })

  const time = columns.time ?? 'time'
  if (unreadTimes.length) notes.push({ code: 'timesNotRead', column: time, ...counted(unreadTimes) })
  if (daylessTimes.length) notes.push({ code: 'timesWithoutDay', column: time, ...counted(daylessTimes) })
  if (zonelessTimes > 0) notes.push({ code: 'zonelessTimes', column: time, count: zonelessTimes })
  if (unreadEnds.length)
    notes.push({ code: 'endsNotRead', column: endColumn ?? 'end', ...counted(unreadEnds) })
  if (otherStatuses.size)
    notes.push({
      code: 'otherStatuses',
      column: columns.status ?? 'status',
      words: [...otherStatuses].slice(0, 5).map(([text, count]) => ({ text, count })),
      more: Math.max(0, otherStatuses.size - 5),
    })
  if (longTitles.length)
    notes.push({ code: 'longTitles', limit: TEXT_LIMITS.eventTitle, ...counted(longTitles) })
  notes.push(...long.notes())
  if (controlCells.size) notes.push({ code: 'controlCells', count: controlCells.size })
  if (titling.note) notes.push(titling.note)
  for (const [role, lines] of standIns)
    notes.push({
      code: 'standInTitles',
      column: titling.column,
      role,
      from: columns[role] ?? role,
      ...counted(lines),
    })
  const countryNote = unreadCountries.note(columns.countries ?? 'countries')
  if (countryNote) notes.push(countryNote)
  notes.push(...extras.notes())
  const categories = extras.categories()
  if (markupCells > 0) notes.push({ code: 'markupCells', count: markupCells })
  // The story's title: the file's own (TimelineJS's title slide, a title above the header), else the
  // file's name; its description the title slide's text, held to the format's limits (and said).
  const { title, description, notes: storyNotes } = storyTitle(titleSlide, events.caption, name)
  notes.push(...storyNotes)
  return {
    ok: true,
    dataset: {
      format: FORMAT_VERSION,
      title,
      ...(description ? { description } : {}),
      source: { title },
      actors: actors.list(),
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

// A large sheet takes seconds: how far the reader is, every so many rows.
const ROWS_PER_PROGRESS = 5000

/** The header's columns as a message shows them: the first 20, then how many more. */
export function listedColumns(columns: string[]): FoundValue {
  const names = columns.slice(0, 20).map((column) => column.slice(0, 40))
  return { code: 'columns', names, more: columns.length - names.length }
}

/** How many rows, and the first rows' numbers, as a note gives them. */
function counted(rows: readonly number[]): { count: number; lines: number[] } {
  return { count: rows.length, lines: firstLines(rows) }
}
