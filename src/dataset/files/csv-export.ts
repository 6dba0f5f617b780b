import Papa from 'papaparse'
import type { Actor, StoryEvent } from '../format/schema'
import { guessActorKind } from '../import/sheet/guess-actor-kind'
import type { Story } from '../story-index'
import type { DatasetIssue } from '../validate/dataset-issue'

/**
 * The CSV form of a story, for spreadsheets: one row an event, with the columns
 *   id (optional), date (EDTF), title, summary, status, actors, countries
 * Actors and countries hold several values separated by ";". An actor is written by name; a name that
 * is a country ("Japan") becomes that country, any other a person, unless its kind follows in
 * brackets: "UN Security Council (organization)". Read back by import/formats/csv-events.ts.
 */
const EVENT_COLUMNS = ['id', 'date', 'title', 'summary', 'status', 'actors', 'countries'] as const

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

// Written with its kind in brackets where the reader would guess another kind (see guess-actor-kind.ts).
function formatActor(actor: Actor): string {
  return actor.kind === guessActorKind(actor.name).kind ? actor.name : `${actor.name} (${actor.kind})`
}

/**
 * A cell a spreadsheet would run as a formula: one that starts with = + - @, a tab or a carriage
 * return. Such a cell is prefixed with ' on export. papaparse's own pattern (/^[=+\-@\t\r].*$/) does
 * not match a cell with a line break in it, so "=HYPERLINK(…)" followed by a new line went out live.
 */
export const SPREADSHEET_FORMULA = /^[=+\-@\t\r]/
