import type { ColumnRole } from './column-role-names'

/**
 * Columns of known formats that this app has no place for, by their names as compared (see
 * normalName): known, so not guessed from their values, and listed as not read. TimelineJS's
 * background, thumbnail and display date (a background's image address is no source); ACLED's codes
 * and bookkeeping (its interaction codes, ISO numbers, world region, source scale, upload timestamp,
 * row ids, the older exports' Gleditsch–Ward country numbers) and its disorder type, a grouping of
 * the event types it already gives as categories.
 */
export const KNOWN_UNREAD: ReadonlySet<string> = new Set([
  'background',
  'mediathumbnail',
  'thumbnail',
  'displaydate',
  'inter1',
  'inter2',
  'interaction',
  'iso',
  'iso3',
  'region',
  'sourcescale',
  'timestamp',
  'dataid',
  'eventidnocnty',
  'disordertype',
  'civiliantargeting',
  'gwno',
])

/**
 * Roles any number of columns may have: several columns of actors, categories, sources or countries
 * are all read (a "speaker" and a "person" column; a "link" and a "geolocation" column), each cell's
 * values after the last's; numbers are kept one per column. Every other role is read from one column.
 */
export const SHARED_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'none',
  'number',
  'actors',
  'categories',
  'sources',
  'countries',
])

/** The roles whose cells are lists ("a; b", "Jane Doe, John Roe"). */
export const LIST_ROLES = ['actors', 'categories', 'sources', 'countries'] as const
export type ListRole = (typeof LIST_ROLES)[number]
