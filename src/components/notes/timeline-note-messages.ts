import { defineMessages } from '../../i18n/messages'

// One message per note the forensic timeline importer makes (dataset/notes/read-note.ts, `timeline…`).
export const timelineMessages = defineMessages({
  timelineRead: {
    id: 'notes.timelineRead',
    defaultMessage:
      "{file} was read as a forensic timeline (Timesketch's and plaso's fields, {layout, select, csv {CSV} other {JSON Lines}}): each row an event titled by its message, dated by its datetime to the second (UTC), filed under its timestamp_desc{tags, select, yes { and its tags} other {}}.",
  },
  timelineFields: {
    id: 'notes.timelineFields',
    defaultMessage:
      "Its other fields are kept{kept, select, both { as named numbers ({numbers}) and as lines of each event's summary ({texts})} numbers { as named numbers ({numbers})} other { as lines of each event's summary ({texts})}}.",
  },
  field: { id: 'notes.timelineField', defaultMessage: '"{name}"' },
  timelineFractions: {
    id: 'notes.timelineFractions',
    defaultMessage:
      '{count, plural, one {# time has} other {# times have}} fractions of a second: dates are kept to the second, the whole time written in the summary, and the events are in the order of their whole times (to the microsecond), so events of one second keep their order.',
  },
  timelineFromTimestamp: {
    id: 'notes.timelineFromTimestamp',
    defaultMessage:
      '{count, plural, one {# row has} other {# rows have}} no datetime that could be read: dated by the timestamp (microseconds since 1970) instead.',
  },
  timelineZoneless: {
    id: 'notes.timelineZoneless',
    defaultMessage:
      '{count, plural, one {# datetime gives} other {# datetimes give}} no time zone: read as UTC, as plaso writes them.',
  },
  timelineLongTitles: {
    id: 'notes.timelineLongTitles',
    defaultMessage:
      '{count, plural, one {# message is} other {# messages are}} longer than a title may be ({limit, number} characters): titled by the first words, the whole message opening the summary.',
  },
  timelineCutSummaries: {
    id: 'notes.timelineCutSummaries',
    defaultMessage:
      '{count, plural, one {# event holds} other {# events hold}} more than a summary may ({limit, number} characters): cut there.',
  },
})
