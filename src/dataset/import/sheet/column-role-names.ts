// The roles a sheet's column can be read as, by name only: what the mapping step offers and the load
// worker's messages carry. Apart from event-columns.ts (the names people's files use for each), so
// that the page's first script can check a message's roles without loading those tables.

/** Every event field a column can be read as. */
export const EVENT_COLUMNS = [
  'id',
  'date',
  'title',
  'summary',
  'status',
  'actors',
  'countries',
  'year',
  'month',
  'day',
  'time',
  'endYear',
  'endMonth',
  'endDay',
  'endTime',
  'type',
  'actor1',
  'assocActor1',
  'actor2',
  'assocActor2',
  'eventType',
  'subEventType',
  'location',
  'timePrecision',
  'categories',
  'admin1',
  'admin2',
  'admin3',
  'latitude',
  'longitude',
  'geoPrecision',
  'sources',
  'media',
  'mediaCaption',
  'mediaCredit',
  'originalId',
  'actorRoles',
  'endDate',
] as const
export type EventColumn = (typeof EVENT_COLUMNS)[number]

/** A column's role: one of the event's fields, a number kept under the column's name, or nothing. */
export type ColumnRole = EventColumn | 'number' | 'none'

const ROLES: ReadonlySet<string> = new Set<string>([...EVENT_COLUMNS, 'number', 'none'])

export function isColumnRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && ROLES.has(value)
}
