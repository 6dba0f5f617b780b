import type { ReadNote } from '../../notes/read-note'
import type { EventColumn } from './column-role-names'
import { titleFromParts } from './event-columns'

type Columns = Partial<Record<EventColumn, string>>

/** What a stand-in reads of a row: a cell by its role, and a text as a reader sees it (markup read). */
export type RowText = { cell: (column: EventColumn) => string; text: (value: string) => string }

/**
 * What titles a sheet's events when it has no column of titles, each convention in one row: the first
 * whose columns the sheet has is used. Adding one is a row here.
 */
type TitleStandIn = {
  /** Whose files do this, for the reader of this table. */
  convention: string
  /** The column it stands on, named when a row's comes out empty; undefined when the sheet lacks it. */
  column: (columns: Columns) => string | undefined
  title: (row: RowText) => string
  /** Said once with the story, when it is used. */
  note?: (column: string) => ReadNote
}

const TITLE_STAND_INS: readonly TitleStandIn[] = [
  {
    convention: 'ACLED’s exports: what happened and where ("Armed clash in Kharkiv")',
    column: (columns) => columns.subEventType ?? columns.eventType,
    title: ({ cell }) => titleFromParts(cell('subEventType') || cell('eventType'), cell('location')),
  },
  {
    convention: 'TimeMap’s events and others with a description and no title: its first words',
    column: (columns) => columns.summary,
    title: ({ cell, text }) => firstWords(text(cell('summary'))),
    note: (column) => ({ code: 'titledBy', by: 'summary', column }),
  },
  {
    convention: 'what happened where, with neither title nor text (USGS’s 2013 earthquake feed): its place',
    column: (columns) => columns.location,
    title: ({ cell }) => cell('location').trim(),
    note: (column) => ({ code: 'titledBy', by: 'place', column }),
  },
  {
    convention:
      'a catalogue of what happened in which region, with no place or text (a seismological service’s)',
    column: (columns) => columns.admin2 ?? columns.admin1,
    title: ({ cell }) => (cell('admin2') || cell('admin1')).trim(),
    note: (column) => ({ code: 'titledBy', by: 'region', column }),
  },
]

/** How a sheet's events are titled: by its column of titles, or by the first stand-in it has columns for. */
export type Titling = { column: string; title: (row: RowText) => string; note?: ReadNote }

export function titlingOf(columns: Columns): Titling | null {
  if (columns.title !== undefined)
    return { column: columns.title, title: ({ cell, text }) => text(cell('title')) }
  for (const standIn of TITLE_STAND_INS) {
    const column = standIn.column(columns)
    if (column === undefined) continue
    const titling: Titling = { column, title: standIn.title }
    if (standIn.note) titling.note = standIn.note(column)
    return titling
  }
  return null
}

/**
 * What titles a row whose own title comes out empty (a sparse column of titles or of texts): the first
 * of its place, its region, what happened, its first category, its country, that the row has. A row is
 * not left out for want of a title when the row says something else of its event; the note says how
 * many were titled so. Which column stood in, or null when the row has none of them.
 */
const ROW_STAND_INS: ReadonlyArray<{ column: EventColumn; title: (row: RowText) => string }> = [
  { column: 'summary', title: ({ cell, text }) => firstWords(text(cell('summary'))) },
  { column: 'location', title: ({ cell }) => cell('location').trim() },
  { column: 'admin3', title: ({ cell }) => cell('admin3').trim() },
  { column: 'admin2', title: ({ cell }) => cell('admin2').trim() },
  { column: 'admin1', title: ({ cell }) => cell('admin1').trim() },
  { column: 'subEventType', title: ({ cell }) => cell('subEventType').trim() },
  { column: 'eventType', title: ({ cell }) => cell('eventType').trim() },
  { column: 'categories', title: ({ cell }) => firstItem(cell('categories')) },
  { column: 'countries', title: ({ cell }) => firstItem(cell('countries')) },
]

export function rowStandIn(row: RowText): { title: string; column: EventColumn } | null {
  for (const { column, title } of ROW_STAND_INS) {
    const written = title(row)
    if (written !== '') return { title: firstWords(written), column }
  }
  return null
}

const firstItem = (cell: string) => cell.split(';')[0]?.trim() ?? ''

/** A text's first line, cut to 80 characters at most: a title for an event that has none. */
export function firstWords(text: string): string {
  const first = text.split('\n')[0]?.trim() ?? ''
  return first.length > 80 ? `${first.slice(0, 79).trimEnd()}…` : first
}
