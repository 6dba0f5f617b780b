import { defineMessages } from '../../i18n/messages'

// One message per note on a JSON file's own text, whatever format read it (dataset/notes/read-note.ts,
// `json…`): a key written twice in one object, Python's NaN and Infinity read as empty.
export const jsonMessages = defineMessages({
  jsonKeysTwice: {
    id: 'notes.jsonKeysTwice',
    defaultMessage: '{file} writes a field twice in one object ({places}): the last of each was kept.',
  },
  jsonNonFinite: {
    id: 'notes.jsonNonFinite',
    defaultMessage:
      '{file} holds {count, plural, one {one value} other {# values}} written NaN or Infinity (as Python writes a missing or endless number), which JSON has no place for: {count, plural, one {it was} other {they were}} read as empty.',
  },
})
