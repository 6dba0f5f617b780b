import { defineMessages } from '../../i18n/messages'

// One message per note TimeMap's spreadsheet makes (dataset/notes/read-note.ts, `timemap…`). Events,
// Associations, Sources and Sites are the names of its sheets, as its template names them.
export const timemapMessages = defineMessages({
  timemapRead: {
    id: 'notes.timemapRead',
    defaultMessage:
      "The workbook was read as TimeMap's spreadsheet: its Events sheet, with the categories of its Associations{sites, select, yes {, the coordinates of its Sites} other {}} and the titles and addresses of its Sources.",
  },
  timemapNarratives: {
    id: 'notes.timemapNarratives',
    defaultMessage:
      'Its {count, plural, one {# narrative (on {events, plural, one {# event} other {# events}}) was read for story mode, in time order as TimeMap shows it} other {# narratives (on {events, plural, one {# event} other {# events}}) were read for story mode, each in time order as TimeMap shows them}}.',
  },
  timemapUnknownIds: {
    id: 'notes.timemapUnknownIds',
    defaultMessage:
      'Ids the Events sheet names that its Associations or Sources sheet does not define, left out: {ids}.',
  },
  id: { id: 'notes.timemapId', defaultMessage: '“{id}”' },
})
