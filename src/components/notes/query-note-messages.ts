import { defineMessages } from '../../i18n/messages'

// One message per note the query results importer makes (dataset/notes/read-note.ts, `query…`):
// a variable is named as the query names it ("?event").
export const queryMessages = defineMessages({
  queryResults: {
    id: 'notes.queryResults',
    defaultMessage:
      "{file} holds a query's results ({simple, select, yes {the Query Service's simple JSON} other {SPARQL JSON}}) of {total, plural, one {# row} other {# rows}}: read as a sheet, each row numbered as the results number it.",
  },
  queryItems: {
    id: 'notes.queryItems',
    defaultMessage:
      "The results' {rows, plural, one {# row is} other {# rows are}} {items, plural, one {# item} other {# items}} of {main}: each item's rows were read as one event, its Wikidata page as its source{lists, select, yes {, the values of its other rows as lists} other {}}.",
  },
  queryRenamed: { id: 'notes.queryRenamed', defaultMessage: 'Read by what they hold: {renamed}.' },
  renamed: { id: 'notes.queryRenamedOne', defaultMessage: '{name} as "{as}"' },
  variable: { id: 'notes.queryVariable', defaultMessage: '"?{name}"' },
  queryLinks: {
    id: 'notes.queryLinks',
    defaultMessage:
      'Items other than the event were read by their labels ({names}); their Wikidata addresses were not kept.',
  },
  queryYears: {
    id: 'notes.queryYears',
    defaultMessage:
      '{count, plural, one {# date is 1 January at midnight, read as its year} other {# dates are 1 January at midnight, read as their year}}: Wikidata stores a date known only to the year as its first day, and query results drop the precision that tells them apart (a year holds its first day, so this is never wrong, only less precise). To read them exactly, add each date\'s precision to the query (wikibase:timePrecision) as "?datePrecision".',
  },
  querySeveralValues: {
    id: 'notes.querySeveralValues',
    defaultMessage:
      '{count, plural, one {# item has} other {# items have}} several values of {name}: the first was read.',
  },
})
