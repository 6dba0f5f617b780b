import type { ColumnRole } from '../../../dataset/import/column-choice'

export { SHARED_ROLES } from '../../../dataset/import/column-choice'

/**
 * Each role a column can be read as, named as the mapping step offers them, in groups. Every role of
 * ColumnRole is listed once (a test holds this), so that no choice is missing from the menu.
 */
export const ROLE_GROUPS: ReadonlyArray<{ label: string; roles: ReadonlyArray<[ColumnRole, string]> }> = [
  {
    label: 'When',
    roles: [
      ['date', 'Date'],
      ['endDate', 'End date'],
      ['time', 'Time of day'],
      ['year', 'Year (a date in parts)'],
      ['month', 'Month'],
      ['day', 'Day'],
      ['endYear', 'End year'],
      ['endMonth', 'End month'],
      ['endDay', 'End day'],
      ['endTime', 'End time'],
      ['timePrecision', 'Date precision (ACLED’s 1–3)'],
    ],
  },
  {
    label: 'What',
    roles: [
      ['title', 'Title'],
      ['summary', 'Summary'],
      ['categories', 'Categories'],
      ['eventType', 'Event type (a category)'],
      ['subEventType', 'Sub-event type (a category)'],
      ['status', 'Status (occurred, scheduled…)'],
      ['type', 'Row type (TimelineJS’s title, era)'],
    ],
  },
  {
    label: 'Who',
    roles: [
      ['actors', 'Actors'],
      ['actorRoles', 'Actors’ roles'],
      ['actor1', 'First side'],
      ['assocActor1', 'With the first side'],
      ['actor2', 'Second side'],
      ['assocActor2', 'With the second side'],
    ],
  },
  {
    label: 'Where',
    roles: [
      ['countries', 'Countries'],
      ['location', 'Place name'],
      ['admin1', 'Region (admin 1)'],
      ['admin2', 'District (admin 2)'],
      ['admin3', 'Admin 3'],
      ['latitude', 'Latitude'],
      ['longitude', 'Longitude'],
      ['geoPrecision', 'Place precision'],
    ],
  },
  {
    label: 'Sources and media',
    roles: [
      ['sources', 'Sources (web addresses, outlets)'],
      ['media', 'Image or media address'],
      ['mediaCaption', 'Media caption'],
      ['mediaCredit', 'Media credit'],
    ],
  },
  {
    label: 'Other',
    roles: [
      ['id', 'Id'],
      ['originalId', 'Original id'],
      ['number', 'A number to keep'],
    ],
  },
]

const LABELS = new Map<ColumnRole, string>([
  ['none', 'Not read'],
  ...ROLE_GROUPS.flatMap((group) => group.roles),
])

export function roleLabel(role: ColumnRole): string {
  return LABELS.get(role) ?? role
}
