import type { ColumnRole } from '../../dataset/import/column-choice'
import { t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'

// Each role as a sentence says a column could be read as it ("could be a source"): the words of a
// sentence, with their article where the language has one. The mapping step's menu has its own
// labels (features/data-io/column-mapping/role-labels.ts).
const messages = defineMessages({
  role: {
    id: 'reasons.roleInSentence',
    defaultMessage:
      '{role, select, id {an id} date {the date} title {a title} summary {a summary} status {a status} actors {actors} countries {countries} year {a year} month {a month} day {a day} time {a time of day} endYear {an end year} endMonth {an end month} endDay {an end day} endTime {an end time} type {TimelineJS’s row type} actor1 {the first side} assocActor1 {actors with the first side} actor2 {the second side} assocActor2 {actors with the second side} eventType {an event type} subEventType {a sub-event type} location {a place} timePrecision {the date’s precision} categories {categories} admin1 {a region} admin2 {a district} admin3 {an administrative area} latitude {a latitude} longitude {a longitude} geoPrecision {a place’s precision} sources {a source} media {media} mediaCaption {a media caption} mediaCredit {a media credit} originalId {an original id} actorRoles {actors’ roles} endDate {an end date} number {a number to keep} other {nothing}}',
  },
})

/** A role as a sentence names it, in the reader's language ("a source", "the date"). */
export function roleInSentence(role: ColumnRole): string {
  return t(messages.role, { role })
}
