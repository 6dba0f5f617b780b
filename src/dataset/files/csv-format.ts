import Papa from 'papaparse'
import { formatCount } from '../../lib/format-count'
import { countryCodeOf } from '../format/country-codes'
import { actorKinds, FORMAT_VERSION } from '../format/format-constants'
import type { Actor, Dataset, Quote, StoryEvent } from '../format/schema'
import { slugify, uniqueIds } from '../format/slug'
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
type Converted = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] }

/** True when a CSV's header names the columns of a quotes file. */
export function isQuotesCsv(text: string): boolean {
  const header = text.slice(0, 500).split(/\r?\n/, 1)[0]?.toLowerCase() ?? ''
  return header.includes('speaker') && header.includes('text')
}

/** Reads events (and optional quotes) CSV into a dataset; problems name the file, row and column. */
export function csvToDataset(eventsCsv: string, name: string, quotesCsv?: string): Converted {
  const issues: DatasetIssue[] = []
  const eventRows = readRows(eventsCsv, name, ['date', 'title'], issues)
  const quoteRows =
    quotesCsv === undefined
      ? []
      : readRows(quotesCsv, `${name} (quotes)`, ['event', 'speaker', 'text'], issues)
  if (issues.length) return { ok: false, issues }

  const actors = new Map<string, Actor>()
  const actorIdOf = (cell: string): string => {
    const actor = parseActor(cell)
    const existing = actors.get(actor.id)
    if (!existing) actors.set(actor.id, actor)
    return actor.id
  }
  const eventId = uniqueIds()
  const events: StoryEvent[] = eventRows.map((row) => {
    const event: StoryEvent = {
      id: eventId(row.id ? row.id : slugify(row.title ?? '', 'event')),
      date: row.date ?? '',
      title: row.title ?? '',
      summary: row.summary ?? '',
      status: (row.status || 'occurred') as StoryEvent['status'],
      actors: [...new Set(splitList(row.actors).map(actorIdOf))],
    }
    const countries = splitList(row.countries).map((value) => countryCodeOf(value) ?? value)
    if (countries.length) event.countries = [...new Set(countries)]
    return event
  })

  const quoteId = uniqueIds()
  const quotes: Quote[] = quoteRows.map((row) => {
    const target =
      events.find((event) => event.id === row.event) ?? events.find((event) => event.title === row.event)
    const quote: Quote = {
      id: quoteId(slugify(`${row.speaker ?? ''} ${(row.text ?? '').slice(0, 40)}`, 'quote')),
      text: row.text ?? '',
      speaker: actorIdOf(row.speaker ?? ''),
      event: target?.id ?? row.event ?? '',
    }
    if (row.paragraph) quote.source = { paragraph: Number(row.paragraph) }
    return quote
  })

  const title =
    (name.split(/[/\\]/).pop() ?? name).replace(/\?.*$/, '').replace(/\.csv$/i, '') || 'Untitled story'
  return {
    ok: true,
    dataset: {
      format: FORMAT_VERSION,
      title,
      source: { title },
      actors: [...actors.values()],
      events,
      quotes,
    },
  }
}

/**
 * Says where a dataset problem is in the CSV it came from: "events[3].date" is row 5 (the header is
 * row 1) of the events file.
 */
export function csvIssuePath(path: string): string {
  const match = /^(events|quotes)\[(\d+)\]\.?([a-z]+)?/.exec(path)
  if (!match) return path
  const [, list, index, field] = match
  const row = Number(index) + 2
  const file = list === 'quotes' ? 'quotes file, ' : ''
  // A quote's paragraph is its source.paragraph in the dataset, and the column "paragraph" in the CSV.
  const column = field === 'source' ? 'paragraph' : field
  return `${file}row ${row}${column ? `, column "${column}"` : ''}`
}

/** The events as CSV, in the columns csvToDataset reads back. */
export function eventsToCsv(story: Story, events: readonly StoryEvent[]): string {
  const rows = events.map((event) => ({
    id: event.id,
    date: event.date,
    title: event.title,
    summary: event.summary,
    status: event.status,
    actors: event.actors
      .map((id) => story.actorsById.get(id))
      .filter((actor): actor is Actor => actor !== undefined)
      .map(formatActor)
      .join('; '),
    countries: (story.eventsById.get(event.id)?.countries ?? event.countries ?? []).join('; '),
  }))
  return Papa.unparse(
    { fields: [...EVENT_COLUMNS], data: rows },
    { escapeFormulae: SPREADSHEET_FORMULA, newline: '\n' },
  )
}

/**
 * A cell a spreadsheet would run as a formula: one that starts with = + - @, a tab or a carriage
 * return. Such a cell is prefixed with ' on export. papaparse's own pattern (/^[=+\-@\t\r].*$/) does
 * not match a cell with a line break in it, so "=HYPERLINK(…)" followed by a new line went out live.
 */
const SPREADSHEET_FORMULA = /^[=+\-@\t\r]/

function readRows(text: string, name: string, required: string[], issues: DatasetIssue[]): Row[] {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
    transform: (value) => unescapeFormula(value.trim()),
  })
  for (const error of parsed.errors.slice(0, 20)) {
    issues.push({
      path: `${name}, row ${(error.row ?? 0) + 2}`,
      expected: 'a well-formed CSV row',
      found: error.message,
    })
  }
  const columns = parsed.meta.fields ?? []
  for (const column of required) {
    if (!columns.includes(column)) {
      issues.push({
        path: `${name}, header`,
        expected: `a column named "${column}"`,
        found: listedColumns(columns),
      })
    }
  }
  return parsed.data
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

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((value) => value.trim())
    .filter(Boolean)
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
  const code = countryCodeOf(name)
  const actor: Actor = { id: slugify(name, 'actor'), name, kind: kind ?? (code ? 'country' : 'person') }
  if (code) actor.country = code
  return actor
}

function formatActor(actor: Actor): string {
  const guessed = countryCodeOf(actor.name) ? 'country' : 'person'
  return actor.kind === guessed ? actor.name : `${actor.name} (${actor.kind})`
}
