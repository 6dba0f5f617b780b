import { defineMessages } from '../../i18n/messages'

// One message per note made reading a list of records as a sheet (dataset/notes/read-note.ts,
// `records…`): JSON, JSON Lines, GeoJSON properties, a query's results; and what a JSON or JSON Lines
// list is. Fields as the records name them.
export const recordsMessages = defineMessages({
  recordsList: {
    id: 'notes.recordsList',
    defaultMessage:
      '{inField, select, yes {{file} holds a list of {count, plural, one {# record} other {# records}} in its "{field}" field} other {{file} is a JSON list of {count, plural, one {# record} other {# records}}}}: each was read as a row, its fields as columns.',
  },
  recordsLines: {
    id: 'notes.recordsLines',
    defaultMessage:
      '{file} is a JSON Lines file of {count, plural, one {# line} other {# lines}}: each record was read as a row (numbered by its line), its fields as columns.',
  },
  recordsEpochTimes: {
    id: 'notes.recordsEpochTimes',
    defaultMessage:
      '"{field}" holds times as milliseconds since 1970: read as dates and times to the second (UTC){asDate, select, yes {, as the column "date"} other {}}{unread, plural, =0 {} one {; # value that was not such a time was kept as it is} other {; # values that were not such times were kept as they are}}.',
  },
  recordsNotRecords: {
    id: 'notes.recordsNotRecords',
    defaultMessage:
      '{count, plural, one {# item of the list is not a record (an object) and was left out} other {# items of the list are not records (objects) and were left out}}.',
  },
  recordsNested: { id: 'notes.recordsNested', defaultMessage: 'Nested fields were read: {read}.' },
  nestedAs: {
    id: 'notes.recordsNestedAs',
    defaultMessage:
      '{fields} {as, select, categories {as categories (their names)} actors {as actors (their names)} sources {as sources (their addresses, with their outlets)} other {as lists of their names}}',
  },
  recordsUnreadParts: {
    id: 'notes.recordsUnreadParts',
    defaultMessage:
      'Parts of nested fields not read (this format has no place for them): {parts}{cut, select, yes { and {more, number} more} other {}}.',
  },
  part: {
    id: 'notes.recordsPart',
    defaultMessage: '{name}{holds, select, link { (a link of the named thing)} id { (its id)} other {}}',
  },
  recordsUnreadFields: {
    id: 'notes.recordsUnreadFields',
    defaultMessage:
      'Fields holding objects with neither a name nor an address (or nested past {deepest, number} lists) are not read: {fields}{cut, select, yes { and {more, number} more} other {}}.',
  },
  recordsMisfits: {
    id: 'notes.recordsMisfits',
    defaultMessage:
      'Some values were not of the kind their field holds elsewhere and were left out: {fields}.',
  },
  misfit: {
    id: 'notes.recordsMisfit',
    defaultMessage: '{name} ({count, plural, one {record {lines}} other {records {lines}}})',
  },
  field: { id: 'notes.recordsField', defaultMessage: '"{name}"' },
  and: { id: 'notes.recordsAnd', defaultMessage: '{head} and {last}' },
})
