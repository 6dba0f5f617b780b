import Papa from 'papaparse'
import type { Actor, StoryEvent } from '../../format/schema'
import { guessActorKind } from '../sheet/guess-actor-kind'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { type Row, rowRecord, type Sheet } from '../sheet/sheet-rows'
import { listedColumns, type SheetRead, sheetToDataset } from '../sheet/sheet-to-dataset'
import type { Story } from '../../story-index'
import type { DatasetIssue } from '../../validate/dataset-issue'

/**
 * The CSV form of a story, for spreadsheets: one row an event, with the columns
 *   id (optional), date (EDTF), title, summary, status, actors, countries
 * Actors and countries hold several values separated by ";". An actor is written by name; a name that
 * is a country ("Japan") becomes that country, any other a person, unless its kind follows in
 * brackets: "UN Security Council (organization)". Quotes may come in a second CSV with the columns
 *   event (event id or title), speaker (actor name), text, paragraph (optional).
 */
const EVENT_COLUMNS = ['id', 'date', 'title', 'summary', 'status', 'actors', 'countries'] as const

/** True when a CSV's header names the columns of a quotes file. */
export function isQuotesCsv(text: string): boolean {
  const header = text.slice(0, 500).split(/\r?\n/, 1)[0]?.toLowerCase() ?? ''
  return header.includes('speaker') && header.includes('text')
}

/**
 * Reads events (and optional quotes) CSV into a dataset; problems name the file, row and column. The
 * rows are read as any sheet is (see sheet-to-dataset.ts).
 */
export function csvToDataset(eventsCsv: string, name: string, quotesCsv?: string): SheetRead {
  const read = readCsvFiles(eventsCsv, name, quotesCsv)
  return read.ok ? sheetToDataset(read.events, name, read) : read
}

/**
 * An events CSV (and its quotes CSV) as rows, before any column is read: its broken rows left out and
 * said; refused only for a file with no header, or quotes without their columns.
 */
export function readCsvFiles(
  eventsCsv: string,
  name: string,
  quotesCsv?: string,
):
  | { ok: true; events: Sheet; skipped: SkippedRow[]; quoteRows: Row[] }
  | { ok: false; issues: DatasetIssue[] } {
  const issues: DatasetIssue[] = []
  const skipped: SkippedRow[] = []
  const events = readRows(eventsCsv, name, issues, skipped)
  const quoteRows =
    quotesCsv === undefined ? [] : readQuoteRows(quotesCsv, `${name} (quotes)`, issues, skipped)
  return issues.length ? { ok: false, issues } : { ok: true, events, skipped, quoteRows }
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

/**
 * A CSV with a header row, its byte-order mark and blank lines dropped, cells trimmed and unguarded:
 * its header (two columns of one name told apart as papaparse does, "name", "name_1") and each row's
 * cells in order, with each broken row's problem by its place in `rows`. Parsed into lists, not
 * papaparse's records by name: see sheet-rows.ts.
 */
function parseCsv(
  text: string,
  transformHeader: (header: string) => string,
): { header: string[]; rows: string[][]; broken: Map<number, string> } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [first = [], ...rows] = parsed.data
  const header = distinctNames(first.map(transformHeader))
  const broken = new Map<number, string>()
  for (const error of parsed.errors) {
    // An unterminated quote runs to the end of the file: it is the last row's. The header is row 0.
    const row =
      error.code === 'MissingQuotes' ? rows.length - 1 : error.row === undefined ? -1 : error.row - 1
    // Papaparse's words ("Quoted field unterminated") follow "found" in the problem said.
    if (row >= 0 && !broken.has(row))
      broken.set(row, error.message.charAt(0).toLowerCase() + error.message.slice(1))
  }
  rows.forEach((cells, index) => {
    for (let at = 0; at < cells.length; at++) {
      const cell = cells[at] ?? ''
      const read = unescapeFormula(cell.trim())
      if (read !== cell) cells[at] = read
    }
    // A row whose cells do not match the header's.
    if (cells.length !== header.length && header.length > 0 && !broken.has(index)) {
      broken.set(
        index,
        `too ${cells.length > header.length ? 'many' : 'few'} cells (${cells.length}, where the header has ${header.length})`,
      )
    }
  })
  return { header, rows, broken }
}

// Two columns of one name are told apart as papaparse's header mode does: "name", "name_1", "name_2".
function distinctNames(names: readonly string[]): string[] {
  const used = new Set(names)
  const count = new Map<string, number>()
  return names.map((name) => {
    const seen = count.get(name)
    if (seen === undefined) {
      count.set(name, 1)
      return name
    }
    let suffix = seen
    let renamed = `${name}_${suffix}`
    while (used.has(renamed)) renamed = `${name}_${++suffix}`
    used.add(renamed)
    count.set(name, seen + 1)
    return renamed
  })
}

/** A CSV's rows as a sheet, its broken rows left out (for the mapping step, which sees the rows). */
export function readCsvSheet(text: string, name: string): Sheet {
  return readRows(text, name, [], [])
}

/**
 * The event rows with their line in the file (the header is line 1). A row papaparse finds broken (a
 * cut-off last row, a stray quote) is left out and said, not fatal.
 */
function readRows(text: string, name: string, issues: DatasetIssue[], skipped: SkippedRow[]): Sheet {
  const { header, rows: parsed, broken } = parseCsv(text, (header) => header.trim())
  if (header.length === 0) {
    issues.push({ path: `${name}, header`, expected: 'a header row naming the columns', found: 'no columns' })
  }
  const rows: Sheet['rows'] = []
  parsed.forEach((cells, index) => {
    const line = index + 2
    const problem = broken.get(index)
    if (problem) skipped.push({ path: `row ${line}`, expected: 'a well-formed CSV row', found: problem })
    else rows.push({ cells, line })
  })
  return { header, rows, total: parsed.length }
}

/** The quotes file's rows, its columns named in lower case (event, speaker, text, paragraph). */
function readQuoteRows(text: string, name: string, issues: DatasetIssue[], skipped: SkippedRow[]): Row[] {
  const { header: columns, rows, broken } = parseCsv(text, (header) => header.trim().toLowerCase())
  for (const column of ['event', 'speaker', 'text']) {
    if (!columns.includes(column)) {
      issues.push({
        path: `${name}, header`,
        expected: `a column named "${column}"`,
        found: listedColumns(columns),
      })
    }
  }
  for (const row of broken.keys()) {
    skipped.push({
      path: `quotes file, row ${row + 2}`,
      expected: 'a well-formed CSV row',
      found: 'a broken row',
    })
  }
  return rows.filter((_, index) => !broken.has(index)).map((cells) => rowRecord(columns, cells))
}

const APOSTROPHE = 0x27

// eventsToCsv protects formula-like cells with a leading apostrophe; reading takes it off again.
function unescapeFormula(value: string): string {
  // Looked at by its first character before any pattern: a large file has millions of cells.
  return value.charCodeAt(0) === APOSTROPHE && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

// Written with its kind in brackets where the reader would guess another kind (see guess-actor-kind.ts).
function formatActor(actor: Actor): string {
  return actor.kind === guessActorKind(actor.name).kind ? actor.name : `${actor.name} (${actor.kind})`
}
