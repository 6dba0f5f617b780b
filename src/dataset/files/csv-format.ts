import Papa from 'papaparse'
import { formatCount } from '../../lib/format-count'
import { actorKinds, FORMAT_VERSION, TEXT_LIMITS } from '../format/format-constants'
import type { Actor, Dataset, Quote, StoryEvent } from '../format/schema'
import { slugify, uniqueIds } from '../format/slug'
import {
  datePartsToEdtf,
  type EventColumn,
  numberColumns,
  recogniseColumns,
  titleFromParts,
  withTimePrecision,
} from '../import/event-columns'
import { ExtrasReader, splitList } from '../import/event-extras'
import { guessActorKind } from '../import/guess-actor-kind'
import type { SkippedRow } from '../import/keep-good-rows'
import { looksLikeMarkup, type MarkupLink, readMarkup } from '../import/markup-to-text'
import { readCountry } from '../import/read-country'
import { readDateColumn } from '../import/read-date-column'
import { UnreadValues } from '../import/unread-values'
import type { Story } from '../story-index'
import type { DatasetIssue } from '../validate/dataset-issue'

/**
 * The CSV form of a story, for spreadsheets: one row an event, with the columns
 *   id (optional), date (EDTF), title, summary, status, actors, countries
 * Actors and countries hold several values separated by ";". An actor is written by name; a name that
 * is a country ("Japan") becomes that country, any other a person, unless its kind follows in
 * brackets: "UN Security Council (organization)". Quotes may come in a second CSV with the columns
 *   event (event id or title), speaker (actor name), text, paragraph (optional).
 */
const EVENT_COLUMNS = ['id', 'date', 'title', 'summary', 'status', 'actors', 'countries'] as const

type Row = Record<string, string>
type Converted =
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

/** True when a CSV's header names the columns of a quotes file. */
export function isQuotesCsv(text: string): boolean {
  const header = text.slice(0, 500).split(/\r?\n/, 1)[0]?.toLowerCase() ?? ''
  return header.includes('speaker') && header.includes('text')
}

/**
 * Reads events (and optional quotes) CSV into a dataset; problems name the file, row and column.
 * Columns are recognised in several conventions (see event-columns.ts) and dates as people write them
 * (see read-date-column.ts); a row that cannot be an event (cut off, no date, no title) is left out
 * and said, rather than refusing the file.
 */
export function csvToDataset(eventsCsv: string, name: string, quotesCsv?: string): Converted {
  const issues: DatasetIssue[] = []
  const skipped: SkippedRow[] = []
  const events = readRows(eventsCsv, name, issues, skipped)
  const { columns, unread } = recogniseColumns(events.header)
  if (!columns.date && !columns.year) {
    issues.push({
      path: `${name}, header`,
      expected: 'a column of dates ("date", "event_date", or TimelineJS\'s "Year", "Month", "Day")',
      found: listedColumns(events.header),
    })
  }
  // ACLED has no titles: what happened and where stands in (titleFromParts).
  const titlesFromParts = !columns.title && (columns.subEventType ?? columns.eventType) !== undefined
  if (!columns.title && !titlesFromParts) {
    issues.push({
      path: `${name}, header`,
      expected: 'a column of titles ("title" or "headline", or ACLED\'s "event_type" and "location")',
      found: listedColumns(events.header),
    })
  }
  const quoteRows =
    quotesCsv === undefined ? [] : readQuoteRows(quotesCsv, `${name} (quotes)`, issues, skipped)
  if (issues.length) return { ok: false, issues }

  const cell = (row: Row, column: EventColumn) => {
    const header = columns[column]
    return header === undefined ? '' : (row[header] ?? '')
  }
  const dateColumn = columns.date
  const read = dateColumn
    ? readDateColumn(
        events.rows.map(({ row }) => row[dateColumn] ?? ''),
        dateColumn,
      )
    : null
  const notes = [...(read?.notes ?? [])]
  if (unread.length) {
    notes.push(
      `Columns not read (this format has no place for them yet): ${unread
        .slice(0, 12)
        .map((column) => `"${column.slice(0, 40)}"`)
        .join(', ')}${unread.length > 12 ? ` and ${formatCount(unread.length - 12)} more` : ''}.`,
    )
  }

  const actors = new Map<string, Actor>()
  const actorIdOf = (text: string): string => {
    const actor = parseActor(text)
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
  const extras = new ExtrasReader(
    numberColumns(events.header),
    columns.eventType !== undefined || columns.subEventType !== undefined,
    textOf,
  )
  events.rows.forEach(({ row, line }, index) => {
    // TimelineJS's title slide names the story; it is not an event.
    if (cell(row, 'type').toLowerCase() === 'title') {
      titleSlide ??= { title: textOf(cell(row, 'title')), text: textOf(cell(row, 'summary')) }
      return
    }
    const date = read ? read.dates[index] : undefined
    const edtf = date ? (date.ok ? date.edtf : null) : datePartsOf(row, cell)
    if (edtf === null) {
      const column = dateColumn ?? columns.year ?? 'date'
      const found = dateColumn ? (row[dateColumn] ?? '') : cell(row, 'year')
      skipped.push({
        path: `row ${line}, column "${column}"`,
        expected: date && !date.ok ? date.reason : 'a date (a year, and a month and day if known)',
        found: found.trim() === '' ? 'an empty cell' : JSON.stringify(found.slice(0, 60)),
      })
      return
    }
    const title = titlesFromParts
      ? titleFromParts(cell(row, 'subEventType') || cell(row, 'eventType'), cell(row, 'location'))
      : textOf(cell(row, 'title'))
    if (title === '') {
      skipped.push({
        path: `row ${line}, column "${columns.title ?? columns.subEventType ?? columns.eventType}"`,
        expected: 'a title',
        found: 'an empty cell',
      })
      return
    }
    // The text's links (TimelineJS's HTML) are kept as the event's sources.
    const { text: summary, links } = readText(cell(row, 'summary'))
    const id = cell(row, 'id')
    const named = actorNames(row, cell).map(({ name, role }) => ({ id: actorIdOf(name), role }))
    const actorIds = [...new Set(named.map((actor) => actor.id))]
    const roles = named.filter(
      (actor, index): actor is { id: string; role: string } =>
        actor.role !== '' && named.findIndex((other) => other.id === actor.id) === index,
    )
    const event: StoryEvent = {
      id: eventId(slugify(id || title, 'event')),
      date: columns.timePrecision ? withTimePrecision(edtf, cell(row, 'timePrecision')) : edtf,
      title,
      ...(summary ? { summary } : {}),
      status: (cell(row, 'status').toLowerCase() || 'occurred') as StoryEvent['status'],
      actors: actorIds,
      ...(roles.length
        ? {
            actorRoles: roles.map((actor) => ({
              actor: actor.id,
              role: actor.role.slice(0, TEXT_LIMITS.role),
            })),
          }
        : {}),
      ...extras.read(
        (column) => cell(row, column),
        (column) => row[column] ?? '',
        line,
        id,
        links,
      ),
    }
    const countries: string[] = []
    for (const value of splitList(cell(row, 'countries'))) {
      const reading = readCountry(value)
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
  const fileTitle =
    (name.split(/[/\\]/).pop() ?? name).replace(/\?.*$/, '').replace(/\.(csv|tsv|txt)$/i, '') ||
    'Untitled story'
  const title = titleSlide?.title || fileTitle
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
function actorNames(
  row: Row,
  cell: (row: Row, column: EventColumn) => string,
): Array<{ name: string; role: string }> {
  const roles = cell(row, 'actorRoles').split(';')
  const listed = splitList(cell(row, 'actors')).map((name, index) => ({
    name,
    role: roles[index]?.trim() ?? '',
  }))
  const sides = SIDES.flatMap(([column, role]) =>
    splitList(cell(row, column)).map((name) => ({ name, role })),
  )
  return [...listed, ...sides]
}

// TimelineJS's Year, Month, Day, Time (and End Year…): a date, or an interval when it has an end.
function datePartsOf(row: Row, cell: (row: Row, column: EventColumn) => string): string | null {
  const start = datePartsToEdtf({
    year: cell(row, 'year'),
    month: cell(row, 'month'),
    day: cell(row, 'day'),
    time: cell(row, 'time'),
  })
  if (start === null) return null
  if (cell(row, 'endYear') === '') return start
  const end = datePartsToEdtf({
    year: cell(row, 'endYear'),
    month: cell(row, 'endMonth'),
    day: cell(row, 'endDay'),
    time: cell(row, 'endTime'),
  })
  return end === null || end === start ? start : `${start}/${end}`
}

/**
 * Says where a dataset problem is in the CSV it came from: "events[3].date" is row 5 (the header is
 * row 1) of the events file.
 */
export function csvIssuePath(
  path: string,
  /** The row each event came from (events[i] is not row i + 2 once rows were left out). */
  eventLines?: readonly number[],
  columnOf: Partial<Record<string, string>> = {},
): string {
  const match = /^(events|quotes)\[(\d+)\]\.?([a-z]+)?/.exec(path)
  if (!match) return path
  const [, list, index, field] = match
  const row =
    list === 'events' && eventLines ? (eventLines[Number(index)] ?? Number(index) + 2) : Number(index) + 2
  const file = list === 'quotes' ? 'quotes file, ' : ''
  // A quote's paragraph is its source.paragraph in the dataset, and the column "paragraph" in the CSV.
  const column =
    field === 'source' ? 'paragraph' : field && list === 'events' ? (columnOf[field] ?? field) : field
  return `${file}row ${row}${column ? `, column "${column}"` : ''}`
}

/**
 * story-timeline/2's columns, written where some event has a value for them: categories by name,
 * actors' roles in the actors' order, the place in ACLED's columns, sources as "outlet address" items,
 * media, the original id; and a "number: name" column for each named number.
 */
const EXTRA_COLUMNS = [
  'actor_roles',
  'categories',
  'location',
  'admin1',
  'admin2',
  'admin3',
  'latitude',
  'longitude',
  'geo_precision',
  'sources',
  'media',
  'media_caption',
  'media_credit',
  'original_id',
] as const

function extraCells(story: Story, event: StoryEvent): Record<string, string> {
  const { place, media } = event
  const roles = event.actorRoles ?? []
  return {
    actor_roles: roles.length
      ? event.actors.map((id) => roles.find((role) => role.actor === id)?.role ?? '').join('; ')
      : '',
    categories: (event.categories ?? []).map((id) => story.categoriesById.get(id)?.name ?? id).join('; '),
    location: place?.name ?? '',
    admin1: place?.admin?.[0] ?? '',
    admin2: place?.admin?.[1] ?? '',
    admin3: place?.admin?.[2] ?? '',
    latitude: place?.latitude === undefined ? '' : String(place.latitude),
    longitude: place?.longitude === undefined ? '' : String(place.longitude),
    geo_precision: place?.precision ?? '',
    // A ";" inside an address would split it on reading: written as %3B, which is the same address.
    sources: (event.sources ?? [])
      .map((source) =>
        [source.outlet?.replaceAll(';', ','), source.url?.replaceAll(';', '%3B')].filter(Boolean).join(' '),
      )
      .join('; '),
    media: media?.url ?? '',
    media_caption: media?.caption ?? '',
    media_credit: media?.credit ?? '',
    original_id: event.originalId ?? '',
    ...Object.fromEntries(
      (event.numbers ?? []).map((number) => [`number: ${number.name}`, String(number.value)]),
    ),
  }
}

/** The events as CSV, in the columns csvToDataset reads back. */
export function eventsToCsv(story: Story, events: readonly StoryEvent[]): string {
  const rows = events.map((event) => ({
    ...extraCells(story, event),
    id: event.id,
    date: event.date,
    title: event.title,
    summary: event.summary ?? '',
    status: event.status,
    actors: event.actors
      .map((id) => story.actorsById.get(id))
      .filter((actor): actor is Actor => actor !== undefined)
      .map(formatActor)
      .join('; '),
    countries: (story.eventsById.get(event.id)?.countries ?? event.countries ?? []).join('; '),
  }))
  const used = (column: string) => rows.some((row) => (row as Record<string, string>)[column])
  const numberNames = [
    ...new Set(events.flatMap((event) => (event.numbers ?? []).map((number) => number.name))),
  ]
  const fields = [
    ...EVENT_COLUMNS,
    ...EXTRA_COLUMNS.filter(used),
    ...numberNames.map((name) => `number: ${name}`),
  ]
  return Papa.unparse({ fields, data: rows }, { escapeFormulae: SPREADSHEET_FORMULA, newline: '\n' })
}

/** Problems as CSV, a row each: where (row and column), what was expected, what was found. */
export function problemsToCsv(problems: readonly DatasetIssue[]): string {
  return Papa.unparse(
    {
      fields: ['place', 'expected', 'found'],
      data: problems.map((problem) => ({
        place: problem.path,
        expected: problem.expected,
        found: problem.found,
      })),
    },
    { escapeFormulae: SPREADSHEET_FORMULA, newline: '\n' },
  )
}

/**
 * A cell a spreadsheet would run as a formula: one that starts with = + - @, a tab or a carriage
 * return. Such a cell is prefixed with ' on export. papaparse's own pattern (/^[=+\-@\t\r].*$/) does
 * not match a cell with a line break in it, so "=HYPERLINK(…)" followed by a new line went out live.
 */
const SPREADSHEET_FORMULA = /^[=+\-@\t\r]/

// A CSV with a header row, its byte-order mark and blank lines dropped, cells trimmed and unguarded.
function parseCsv(text: string, transformHeader: (header: string) => string) {
  return Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader,
    transform: (value) => unescapeFormula(value.trim()),
  })
}

type ReadRows = { header: string[]; rows: Array<{ row: Row; line: number }>; total: number }

/**
 * The event rows with their line in the file (the header is line 1). A row papaparse finds broken (a
 * cut-off last row, a stray quote) is left out and said, not fatal.
 */
function readRows(text: string, name: string, issues: DatasetIssue[], skipped: SkippedRow[]): ReadRows {
  const parsed = parseCsv(text, (header) => header.trim())
  const header = parsed.meta.fields ?? []
  if (header.length === 0) {
    issues.push({ path: `${name}, header`, expected: 'a header row naming the columns', found: 'no columns' })
  }
  const broken = new Map<number, string>()
  for (const error of parsed.errors) {
    // An unterminated quote runs to the end of the file: it is the last row's (papaparse counts its
    // row differently from the others' when there is a header).
    const row = error.code === 'MissingQuotes' ? parsed.data.length - 1 : error.row
    if (row !== undefined && !broken.has(row)) broken.set(row, error.message)
  }
  const rows: ReadRows['rows'] = []
  parsed.data.forEach((row, index) => {
    const line = index + 2
    const problem = broken.get(index)
    if (problem) skipped.push({ path: `row ${line}`, expected: 'a well-formed CSV row', found: problem })
    else rows.push({ row, line })
  })
  return { header, rows, total: parsed.data.length }
}

/** The quotes file's rows, its columns named in lower case (event, speaker, text, paragraph). */
function readQuoteRows(text: string, name: string, issues: DatasetIssue[], skipped: SkippedRow[]): Row[] {
  const parsed = parseCsv(text, (header) => header.trim().toLowerCase())
  const columns = parsed.meta.fields ?? []
  for (const column of ['event', 'speaker', 'text']) {
    if (!columns.includes(column)) {
      issues.push({
        path: `${name}, header`,
        expected: `a column named "${column}"`,
        found: listedColumns(columns),
      })
    }
  }
  const broken = new Set(parsed.errors.map((error) => error.row))
  for (const row of broken) {
    if (row !== undefined)
      skipped.push({
        path: `quotes file, row ${row + 2}`,
        expected: 'a well-formed CSV row',
        found: 'a broken row',
      })
  }
  return parsed.data.filter((_, index) => !broken.has(index))
}

/** The header's columns as a message shows them: the first 20, then how many more. */
function listedColumns(columns: string[]): string {
  if (columns.length === 0) return 'no columns'
  const shown = columns.slice(0, 20).map((column) => JSON.stringify(column.slice(0, 40)))
  const more = columns.length - shown.length
  return `columns ${shown.join(', ')}${more > 0 ? ` and ${formatCount(more)} more` : ''}`
}

// eventsToCsv protects formula-like cells with a leading apostrophe; reading takes it off again.
function unescapeFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

const KINDS: ReadonlySet<string> = new Set(actorKinds)

/**
 * "UN Security Council (organization)": a name, then maybe its kind in brackets. Read with string
 * operations, not a pattern: the pattern this replaced, /^(.*?)\s*\((person|…)\)$/, backtracked for
 * 11 s over a cell of "a", 100,000 spaces and "b".
 */
function parseActor(cell: string): Actor {
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

// Written with its kind in brackets where the reader would guess another kind (see guess-actor-kind.ts).
function formatActor(actor: Actor): string {
  return actor.kind === guessActorKind(actor.name).kind ? actor.name : `${actor.name} (${actor.kind})`
}
