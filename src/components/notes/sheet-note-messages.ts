import { defineMessages } from '../../i18n/messages'

// One message per note an importer of sheets makes (dataset/notes/read-note.ts): counts in each
// language's plural forms, a list of rows as `{rows}` ("rows 4, 9, 12, …"), the file's words as given.
export const sheetMessages = defineMessages({
  rowsLeftOut: {
    id: 'notes.rowsLeftOut',
    defaultMessage: '{rows, number} of {of, plural, one {# row} other {# rows}} were left out: {kinds}.',
  },
  slidesLeftOut: {
    id: 'notes.slidesLeftOut',
    defaultMessage: '{rows, number} of {of, plural, one {# slide} other {# slides}} were left out: {kinds}.',
  },
  quotesLeftOut: {
    id: 'notes.quotesLeftOut',
    defaultMessage: '{rows, plural, one {# quote was left out} other {# quotes were left out}}: {kinds}.',
  },
  timesNotRead: {
    id: 'notes.timesNotRead',
    defaultMessage:
      '{count, plural, one {# row has a time (column "{column}") that is not a time of day (10:30, 4 pm): its date was} other {# rows have a time (column "{column}") that is not a time of day (10:30, 4 pm): their dates were}} kept without it ({rows}).',
  },
  timesWithoutDay: {
    id: 'notes.timesWithoutDay',
    defaultMessage:
      '{count, plural, one {# row has a time (column "{column}") but no day: its date was} other {# rows have a time (column "{column}") but no day: their dates were}} kept as the year or month, without the time ({rows}).',
  },
  zonelessTimes: {
    id: 'notes.zonelessTimes',
    defaultMessage:
      'The times of day in the {column} column say no time zone: {count, plural, one {# was} other {# were}} read as written, as UTC, so that 19:54 stays 19:54.',
  },
  endsNotRead: {
    id: 'notes.endsNotRead',
    defaultMessage:
      '{count, plural, one {# row has an end (column "{column}") that is not a date on or after the start: its event was} other {# rows have an end (column "{column}") that is not a date on or after the start: their events were}} kept with the start date only ({rows}).',
  },
  otherStatuses: {
    id: 'notes.otherStatuses',
    defaultMessage:
      'The {column} column holds words that are not a status this format knows (occurred, scheduled, alleged): {words}. Those events are read as occurred.',
  },
  longTitles: {
    id: 'notes.longTitles',
    defaultMessage:
      '{count, plural, one {# title is longer than a title may be ({limit, number} characters): its event is} other {# titles are longer than a title may be ({limit, number} characters): their events are}} titled by the first words, and the whole title opens the summary ({rows}).',
  },
  longTexts: {
    id: 'notes.longTexts',
    defaultMessage:
      '{count, plural, one {# row has} other {# rows have}} {field, select, linkTexts {link texts} captions {media captions} credits {media credits} ids {ids} categoryNames {category names} placeNames {place names} sources {sources} other {actors’ roles}} longer than the format allows ({limit, number} characters): each was shortened, and the whole text kept in its event’s summary ({rows}).',
  },
  controlCells: {
    id: 'notes.controlCells',
    defaultMessage:
      '{count, plural, one {# cell holds} other {# cells hold}} control characters (such as NUL) that no text shows: they were removed.',
  },
  markupCells: {
    id: 'notes.markupCells',
    defaultMessage:
      '{count, plural, one {# cell holds HTML (as TimelineJS writes it): its text was kept} other {# cells hold HTML (as TimelineJS writes it): their text was kept}}, the markup left out.',
  },
  titledBy: {
    id: 'notes.titledBy',
    defaultMessage:
      '{by, select, summary {The file has no column of titles: each event is titled by the first words of its {column}.} place {The file has no column of titles or texts: each event is titled by its place ({column}).} other {The file has no column of titles, texts or places: each event is titled by its region ({column}).}}',
  },
  standInTitles: {
    id: 'notes.standInTitles',
    defaultMessage:
      '{count, plural, one {# row has no text in the {column} column: its event was titled by its {role, select, summary {summary} location {place} admin1 {region} admin2 {district} eventType {event type} subEventType {sub-event type} other {other text}}} other {# rows have no text in the {column} column: their events were titled by their {role, select, summary {summary} location {place} admin1 {region} admin2 {district} eventType {event type} subEventType {sub-event type} other {other text}}}} (column "{from}") ({rows}).',
  },
  unknownCountries: {
    id: 'notes.unknownCountries',
    defaultMessage:
      'The {column} column has values no country is known by, left out of their events: {values}{more, plural, =0 {} other { and # more}}.',
  },
  longNumberName: {
    id: 'notes.longNumberName',
    defaultMessage:
      'A number’s name may be {limit, number} characters: the column “{name}” keeps its numbers under the name “{short}”.',
  },
  rowProblem: {
    id: 'notes.rowProblem',
    defaultMessage:
      '{count, plural, one {# row has} other {# rows have}} {problem, select, mediaPath {media given as a file’s name or path (such as “{detail}”), not a web address: a file opened on its own cannot show what is beside it, so it was left out} mediaNotWeb {media that is not a web address (http:// or https://), left out} coordinates {coordinates that are not a latitude (−90 to 90) and a longitude (−180 to 180), left out} sourceNotWeb {a source address that is not http:// or https://, left out} other {a “{detail}” that is not a number, kept in the summary}} ({rows}).',
  },
  longStoryTitle: {
    id: 'notes.longStoryTitle',
    defaultMessage:
      'The story’s title is longer than a title may be ({limit, number} characters): it was shortened to its first words.',
  },
  longDescription: {
    id: 'notes.longDescription',
    defaultMessage:
      'The title slide’s text is longer than a story’s description may be ({limit, number} characters): the description is its first words.',
  },
  datesConverted: {
    id: 'notes.datesConverted',
    defaultMessage: 'The {column} column’s dates were converted to EDTF: {forms}.',
  },
  twoDigitYears: {
    id: 'notes.twoDigitYears',
    defaultMessage:
      '{count, plural, one {# of them has a two-digit year, read} other {# of them have two-digit years, read}} as the nearest year that is at most ten years ahead (20 as 2020, 45 as 1945).',
  },
  dayMonthOrder: {
    id: 'notes.dayMonthOrder',
    defaultMessage:
      'The {column} column’s dates could be day or month first (no part is over 12): they were read {order, select, dayFirst {day first (03.02.2022 as 3 February)} other {month first (02/03/2022 as 3 February)}}. If that is wrong, write them as 2022-02-03.',
  },
  unreadColumns: {
    id: 'notes.unreadColumns',
    defaultMessage:
      'Columns not read (each with what it could be): {columns}{more, plural, =0 {} other { and # more}}.',
  },
  headerRow: { id: 'notes.headerRow', defaultMessage: 'The header is on row {line}.' },
  headerRowBelow: {
    id: 'notes.headerRowBelow',
    defaultMessage: 'The header is on row {line}; the text above it ({above}) is not a row of events.',
  },
  windows1252: {
    id: 'notes.windows1252',
    defaultMessage:
      '{file} is not UTF-8 text: it was read as Windows-1252 (western European), the encoding Excel on Windows saves CSV in. If its accented letters look wrong, save it from your spreadsheet as “CSV UTF-8” and open that.',
  },
  columnsRemembered: {
    id: 'notes.columnsRemembered',
    defaultMessage: '{file} was read with the columns chosen for an earlier file with the same header.',
  },
  columnsChosen: { id: 'notes.columnsChosen', defaultMessage: '{file} was read with the columns you chose.' },
  columnsByValues: {
    id: 'notes.columnsByValues',
    defaultMessage:
      'Columns read by what they hold, their names being none this app knows: {columns}{more, plural, =0 {} other { and # more}}.',
  },
})
