import { defineMessages } from '../../i18n/messages'

// One message per note the GDELT importer makes (dataset/notes/read-note.ts, `gdelt…`).
export const gdeltMessages = defineMessages({
  gdeltRead: {
    id: 'notes.gdeltRead',
    defaultMessage:
      "{file} was read as GDELT events ({versions, select, both {{v1, number} in GDELT 1.0's columns, {v2, number} in 2.0's} v1 {{v1, number} in GDELT 1.0's columns} other {{v2, number} in 2.0's}}); its places' country codes as FIPS 10-4, its actors' as CAMEO's, and its upper-case names written in title case.",
  },
  gdeltUnknownCountries: {
    id: 'notes.gdeltUnknownCountries',
    defaultMessage:
      'Place country codes that are no FIPS 10-4 country this app knows, left out of their events: {codes}.',
  },
  code: { id: 'notes.gdeltCode', defaultMessage: '“{text}” ({count, number})' },
})
