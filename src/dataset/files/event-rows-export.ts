import Papa from 'papaparse'
import { eventStatuses } from '../format/format-constants'
import type { Actor, StoryEvent } from '../format/schema'
import { guessActorKind } from '../import/sheet/guess-actor-kind'
import type { EventRow } from '../query/answers'
import { SPREADSHEET_FORMULA } from './csv-export'

// An engine's event rows (its `events` answer, every field asked) written as the in-page export
// writes a story's events (csv-export.ts, json-export.ts), a page of rows at a time: the engine-held
// export (features/data-io/engine-export.ts) writes each page out as it comes.

/**
 * The in-page export's columns (csv-export.ts) that an engine's events answer gives: no summary,
 * quotes, sources or numbers (its events answer carries only what the views draw). Actors and
 * categories are written by their ids, the names the engine knows them by. Read back by the CSV importer.
 */
const CSV_COLUMNS = [
  'id',
  'date',
  'title',
  'status',
  'actors',
  'countries',
  'categories',
  'latitude',
  'longitude',
]

function csvCells(row: EventRow): Record<string, string> {
  return {
    id: row.id,
    date: row.date ?? '',
    title: row.title ?? '',
    status: row.status ?? '',
    actors: (row.actors ?? []).join('; '),
    countries: (row.countries ?? []).join('; '),
    categories: (row.categories ?? []).join('; '),
    latitude: row.latitude == null ? '' : String(row.latitude),
    longitude: row.longitude == null ? '' : String(row.longitude),
  }
}

/** A page's rows as CSV lines; the header with the first. Cells a spreadsheet would run are guarded. */
export function csvPage(rows: readonly EventRow[], first: boolean): string {
  const text = Papa.unparse(
    { fields: CSV_COLUMNS, data: rows.map(csvCells) },
    { header: first, escapeFormulae: SPREADSHEET_FORMULA, newline: '\n' },
  )
  // Papaparse ends a header with no row under it with a line break, and rows without one.
  return text === '' || text.endsWith('\n') ? text : `${text}\n`
}

/** A row as the dataset format's event: what the engine gives of it. */
export function datasetEvent(row: EventRow): StoryEvent {
  const place =
    row.latitude != null && row.longitude != null
      ? { place: { latitude: row.latitude, longitude: row.longitude } }
      : {}
  return {
    id: row.id,
    title: row.title ?? row.id,
    date: row.date ?? '',
    // The engine's tables hold the statuses the importers read; any other is not written as one.
    status: eventStatuses.find((status) => status === row.status) ?? 'occurred',
    actors: row.actors ?? [],
    ...(row.countries?.length ? { countries: row.countries } : {}),
    ...(row.categories?.length ? { categories: row.categories } : {}),
    ...place,
  }
}

/**
 * An actor the engine names only by its id (a slug of its name): named so, its kind guessed from
 * those words as the importers guess it from a name.
 */
export function actorOf(id: string): Actor {
  const guess = guessActorKind(id.replaceAll('-', ' '))
  return guess.kind === 'country' && guess.country
    ? { id, name: id, kind: 'country', country: guess.country }
    : { id, name: id, kind: guess.kind === 'country' ? 'organization' : guess.kind }
}
