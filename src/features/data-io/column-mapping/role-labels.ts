import type { ColumnRole } from '../../../dataset/import/column-choice'
import { t } from '../../../i18n/i18n-store'
import { defineMessages, type MessageDescriptor } from '../../../i18n/messages'

export { SHARED_ROLES } from '../../../dataset/import/column-choice'

const groups = defineMessages({
  when: { id: 'columns.group.when', defaultMessage: 'When' },
  what: { id: 'columns.group.what', defaultMessage: 'What' },
  who: { id: 'columns.group.who', defaultMessage: 'Who' },
  where: { id: 'columns.group.where', defaultMessage: 'Where' },
  sources: { id: 'columns.group.sources', defaultMessage: 'Sources and media' },
  other: { id: 'columns.group.other', defaultMessage: 'Other' },
})

const roles = defineMessages({
  none: { id: 'columns.role.none', defaultMessage: 'Not read' },
  date: { id: 'columns.role.date', defaultMessage: 'Date' },
  endDate: { id: 'columns.role.endDate', defaultMessage: 'End date' },
  time: { id: 'columns.role.time', defaultMessage: 'Time of day' },
  year: { id: 'columns.role.year', defaultMessage: 'Year (a date in parts)' },
  month: { id: 'columns.role.month', defaultMessage: 'Month' },
  day: { id: 'columns.role.day', defaultMessage: 'Day' },
  endYear: { id: 'columns.role.endYear', defaultMessage: 'End year' },
  endMonth: { id: 'columns.role.endMonth', defaultMessage: 'End month' },
  endDay: { id: 'columns.role.endDay', defaultMessage: 'End day' },
  endTime: { id: 'columns.role.endTime', defaultMessage: 'End time' },
  timePrecision: { id: 'columns.role.timePrecision', defaultMessage: 'Date precision (ACLED’s 1–3)' },
  title: { id: 'columns.role.title', defaultMessage: 'Title' },
  summary: { id: 'columns.role.summary', defaultMessage: 'Summary' },
  categories: { id: 'columns.role.categories', defaultMessage: 'Categories' },
  eventType: { id: 'columns.role.eventType', defaultMessage: 'Event type (a category)' },
  subEventType: { id: 'columns.role.subEventType', defaultMessage: 'Sub-event type (a category)' },
  status: { id: 'columns.role.status', defaultMessage: 'Status (occurred, scheduled…)' },
  type: { id: 'columns.role.type', defaultMessage: 'Row type (TimelineJS’s title, era)' },
  actors: { id: 'columns.role.actors', defaultMessage: 'Actors' },
  actorRoles: { id: 'columns.role.actorRoles', defaultMessage: 'Actors’ roles' },
  actor1: { id: 'columns.role.actor1', defaultMessage: 'First side' },
  assocActor1: { id: 'columns.role.assocActor1', defaultMessage: 'With the first side' },
  actor2: { id: 'columns.role.actor2', defaultMessage: 'Second side' },
  assocActor2: { id: 'columns.role.assocActor2', defaultMessage: 'With the second side' },
  countries: { id: 'columns.role.countries', defaultMessage: 'Countries' },
  location: { id: 'columns.role.location', defaultMessage: 'Place name' },
  admin1: { id: 'columns.role.admin1', defaultMessage: 'Region (admin 1)' },
  admin2: { id: 'columns.role.admin2', defaultMessage: 'District (admin 2)' },
  admin3: { id: 'columns.role.admin3', defaultMessage: 'Admin 3' },
  latitude: { id: 'columns.role.latitude', defaultMessage: 'Latitude' },
  longitude: { id: 'columns.role.longitude', defaultMessage: 'Longitude' },
  geoPrecision: { id: 'columns.role.geoPrecision', defaultMessage: 'Place precision' },
  sources: { id: 'columns.role.sources', defaultMessage: 'Sources (web addresses, outlets)' },
  media: { id: 'columns.role.media', defaultMessage: 'Image or media address' },
  mediaCaption: { id: 'columns.role.mediaCaption', defaultMessage: 'Media caption' },
  mediaCredit: { id: 'columns.role.mediaCredit', defaultMessage: 'Media credit' },
  id: { id: 'columns.role.id', defaultMessage: 'Id' },
  originalId: { id: 'columns.role.originalId', defaultMessage: 'Original id' },
  number: { id: 'columns.role.number', defaultMessage: 'A number to keep' },
})

/** Each role's name, as the menu offers it: every ColumnRole has one (the type holds this). */
const ROLE_NAMES: Record<ColumnRole, MessageDescriptor> = roles

/**
 * Each role a column can be read as, as the mapping step offers them, in groups. Every role of
 * ColumnRole is listed once (a test holds this), so that no choice is missing from the menu.
 */
export const ROLE_GROUPS: ReadonlyArray<{ label: MessageDescriptor; roles: readonly ColumnRole[] }> = [
  {
    label: groups.when,
    roles: [
      'date',
      'endDate',
      'time',
      'year',
      'month',
      'day',
      'endYear',
      'endMonth',
      'endDay',
      'endTime',
      'timePrecision',
    ],
  },
  {
    label: groups.what,
    roles: ['title', 'summary', 'categories', 'eventType', 'subEventType', 'status', 'type'],
  },
  { label: groups.who, roles: ['actors', 'actorRoles', 'actor1', 'assocActor1', 'actor2', 'assocActor2'] },
  {
    label: groups.where,
    roles: ['countries', 'location', 'admin1', 'admin2', 'admin3', 'latitude', 'longitude', 'geoPrecision'],
  },
  { label: groups.sources, roles: ['sources', 'media', 'mediaCaption', 'mediaCredit'] },
  { label: groups.other, roles: ['id', 'originalId', 'number'] },
]

/** A role's name in the page's language ("Date", "Not read"). */
export function roleLabel(role: ColumnRole): string {
  return t(ROLE_NAMES[role])
}
