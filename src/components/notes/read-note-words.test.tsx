import { render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { isReadNote } from '../../dataset/notes/is-read-note'
import type { ReadNote, ReadNoteCode } from '../../dataset/notes/read-note'
import { activateLanguage, ENGLISH } from '../../i18n/i18n-store'
import { loadLanguage } from '../../i18n/load-language'
import { ReadNoteWords } from './read-note-words'

afterEach(() => activateLanguage(ENGLISH))

const lines = { count: 5, lines: [4, 9, 12] }
const issue = {
  path: 'row 4, column "Fecha"',
  expected: 'a date',
  found: '"pronto"',
  row: {
    line: 4,
    column: 'Fecha',
    expected: { code: 'date' as const, problem: { code: 'notADate' as const } },
    found: 'pronto',
  },
}
const kinds = [{ first: issue, count: 3, lines: [4, 7, 9] }]

// One of each code, its values from a file (Spanish names, so that what is data stays visible).
const EVERY: { [C in ReadNoteCode]: Extract<ReadNote, { code: C }> } = {
  rowsLeftOut: { code: 'rowsLeftOut', rows: 3, of: 120, kinds },
  slidesLeftOut: { code: 'slidesLeftOut', rows: 1, of: 5, kinds },
  quotesLeftOut: { code: 'quotesLeftOut', rows: 2, kinds },
  timesNotRead: { code: 'timesNotRead', column: 'Hora', ...lines },
  timesWithoutDay: { code: 'timesWithoutDay', column: 'Hora', ...lines },
  zonelessTimes: { code: 'zonelessTimes', column: 'Hora', count: 21 },
  endsNotRead: { code: 'endsNotRead', column: 'Fin', ...lines },
  otherStatuses: {
    code: 'otherStatuses',
    column: 'Estado',
    words: [{ text: 'revisado', count: 2 }],
    more: 0,
  },
  longTitles: { code: 'longTitles', limit: 300, ...lines },
  longTexts: { code: 'longTexts', field: 'categoryNames', limit: 200, ...lines },
  controlCells: { code: 'controlCells', count: 2 },
  markupCells: { code: 'markupCells', count: 11 },
  titledBy: { code: 'titledBy', by: 'region', column: 'Provincia' },
  standInTitles: { code: 'standInTitles', column: 'Detalle', role: 'location', from: 'Localidad', ...lines },
  unknownCountries: {
    code: 'unknownCountries',
    column: 'País',
    values: [{ text: 'Rusa', count: 1, lines: [360], suggestion: 'Russia' }],
    more: 2,
  },
  longNumberName: { code: 'longNumberName', name: 'Muertos', short: 'Mu…', limit: 100 },
  rowProblem: { code: 'rowProblem', problem: 'notANumber', detail: 'Nivel', ...lines },
  longStoryTitle: { code: 'longStoryTitle', limit: 300 },
  longDescription: { code: 'longDescription', limit: 2000 },
  datesConverted: {
    code: 'datesConverted',
    column: 'Fecha',
    forms: [
      { form: 'numeric-day-first', count: 12 },
      { form: 'double-calendar', count: 1 },
    ],
  },
  twoDigitYears: { code: 'twoDigitYears', count: 3 },
  dayMonthOrder: { code: 'dayMonthOrder', column: 'Fecha', order: 'day-first' },
  unreadColumns: {
    code: 'unreadColumns',
    columns: [
      { name: 'Mapa', could: { code: 'none' } },
      { name: 'url', could: { code: 'role', role: 'sources' } },
    ],
    more: 0,
  },
  headerRow: { code: 'headerRow', line: 3, above: ['Protestas', 'Hecho por', 'Más'] },
  windows1252: { code: 'windows1252', file: 'datos.csv' },
  columnsRemembered: { code: 'columnsRemembered', file: 'datos.csv' },
  columnsChosen: { code: 'columnsChosen', file: 'datos.csv' },
  columnsByValues: {
    code: 'columnsByValues',
    columns: [{ name: 'Magnitud', role: 'number', why: { seen: { code: 'latitudes' } } }],
    more: 7,
  },
  calendarRead: { code: 'calendarRead', file: 'agenda.ics', blocks: 12, events: 40 },
  calendarRecurring: { code: 'calendarRecurring', count: 2, most: 500, years: 10, overridden: 1 },
  calendarOccurrencesLeft: {
    code: 'calendarOccurrencesLeft',
    events: [
      { stop: 'endless', line: 14, read: 500, bound: 'each', limit: 500 },
      { stop: 'bound', line: 30, read: 120, bound: 'years', limit: 10, left: 100_000, moreThan: true },
      { stop: 'failed', line: 52, read: 3, error: 'Recurrence rule has to have a valid FREQ' },
    ],
    more: 1,
  },
  calendarRulesNotExpanded: {
    code: 'calendarRulesNotExpanded',
    count: 4,
    rules: [
      { why: 'bySetPos', line: 8, freq: 'DAILY' },
      { why: 'noDay', line: 20, parts: ['BYMONTH', 'BYMONTHDAY'] },
      { why: 'farApart', line: 33, freq: 'SECONDLY', days: 334, steps: 28_857_600 },
    ],
  },
  calendarRepeatedUids: { code: 'calendarRepeatedUids', count: 3 },
  calendarCancelled: { code: 'calendarCancelled', count: 1 },
  calendarUnknownZones: { code: 'calendarUnknownZones', zones: [{ text: 'Hora de Lima', count: 6 }] },
  calendarLongTitles: { code: 'calendarLongTitles', count: 2 },
  calendarCutTexts: { code: 'calendarCutTexts', count: 5 },
  calendarUnreadProperties: {
    code: 'calendarUnreadProperties',
    properties: [{ text: 'class', count: 3 }],
    more: 2,
  },
  calendarOtherComponents: { code: 'calendarOtherComponents', components: [{ text: 'VTODO', count: 1 }] },
  calendarStrayLines: { code: 'calendarStrayLines', count: 4, lines: [8, 9, 12] },
  timelineRead: { code: 'timelineRead', file: 'caso-17.csv', layout: 'csv', tags: true },
  timelineFields: {
    code: 'timelineFields',
    numbers: ['event_identifier'],
    texts: ['ruta', 'usuario'],
    moreTexts: 3,
  },
  timelineFractions: { code: 'timelineFractions', count: 13 },
  timelineFromTimestamp: { code: 'timelineFromTimestamp', count: 2 },
  timelineZoneless: { code: 'timelineZoneless', count: 40 },
  timelineLongTitles: { code: 'timelineLongTitles', count: 1, limit: 300 },
  timelineCutSummaries: { code: 'timelineCutSummaries', count: 3, limit: 10_000 },
  queryResults: { code: 'queryResults', file: 'batallas.srj', simple: false, total: 8 },
  queryItems: { code: 'queryItems', rows: 8, items: 6, main: 'batalla' },
  queryRenamed: { code: 'queryRenamed', renamed: [{ name: 'inicio', as: 'date' }] },
  queryLinks: { code: 'queryLinks', names: ['lugar', 'pais'] },
  queryYears: { code: 'queryYears', count: 2 },
  querySeveralValues: { code: 'querySeveralValues', name: 'lugar', count: 3 },
  recordsList: { code: 'recordsList', file: 'protestas.json', count: 1159, field: 'datos' },
  recordsLines: { code: 'recordsLines', file: 'registro.jsonl', count: 1 },
  recordsEpochTimes: { code: 'recordsEpochTimes', field: 'hora', asDate: true, unread: 3 },
  recordsNotRecords: { code: 'recordsNotRecords', count: 2 },
  recordsNested: {
    code: 'recordsNested',
    read: [
      { as: 'categories', fields: ['tema.nombre'] },
      { as: 'actors', fields: ['personas', 'grupos', 'entidad'] },
    ],
  },
  recordsUnreadParts: {
    code: 'recordsUnreadParts',
    parts: [
      { name: 'entidad[].enlace', holds: 'link' },
      { name: 'tema.id', holds: 'id' },
    ],
    more: 1,
  },
  recordsUnreadFields: { code: 'recordsUnreadFields', fields: ['hondo'], more: 0, deepest: 8 },
  recordsMisfits: { code: 'recordsMisfits', fields: [{ name: 'fecha', lines: [3, 7] }] },
  geojsonRead: { code: 'geojsonRead', file: 'inundaciones.geojson', single: false, count: 4 },
  geojsonPlaces: { code: 'geojsonPlaces', points: 2, centroids: 1, none: 1 },
  geojsonUnreadGeometry: { code: 'geojsonUnreadGeometry', reason: 'notNumbers', features: [3] },
  jsonKeysTwice: {
    code: 'jsonKeysTwice',
    file: 'datos.json',
    places: ['eventos[3].título', 'título'],
    more: true,
  },
  jsonNonFinite: { code: 'jsonNonFinite', file: 'sismos.geojson', count: 2 },
  kmlGpxRead: { code: 'kmlGpxRead', file: 'rutas.gpx', kind: 'gpx', count: 12, untimed: 1 },
  timelineJsRead: { code: 'timelineJsRead', file: 'mujeres.json' },
  timelineJsMarkup: { code: 'timelineJsMarkup', count: 7 },
  timelineJsMedia: { code: 'timelineJsMedia', count: 1 },
  workbookRepaired: { code: 'workbookRepaired', error: 'Cannot find file xl/styles.xml in zip' },
  workbookSheetsUnread: {
    code: 'workbookSheetsUnread',
    sheets: [
      { name: 'Notas', error: null },
      { name: 'Mapa', error: 'Unsupported chart' },
    ],
  },
  workbookFormulas: { code: 'workbookFormulas', count: 4 },
  workbookSheet: { code: 'workbookSheet', file: 'linea.xlsx', sheet: 'Eventos', others: ['Léame'], more: 0 },
  timemapRead: { code: 'timemapRead', sites: true },
  timemapNarratives: { code: 'timemapNarratives', count: 2, events: 8 },
  timemapUnknownIds: { code: 'timemapUnknownIds', ids: ['asoc_9', 'fuente_3'] },
  gdeltRead: { code: 'gdeltRead', file: 'eventos.tsv', v1: 3, v2: 5 },
  gdeltUnknownCountries: { code: 'gdeltUnknownCountries', codes: [{ text: 'XX', count: 2 }] },
}

const words = (note: ReadNote) => {
  const { container, unmount } = render(<ReadNoteWords note={note} />)
  const said = {
    text: container.textContent ?? '',
    data: Array.from(container.querySelectorAll('bdi'), (bdi) => bdi.textContent),
    // What is a library's English message, marked so.
    english: Array.from(container.querySelectorAll('[lang="en"]'), (element) => element.textContent),
  }
  unmount()
  return said
}

test('every note is one the load worker’s checker accepts', () => {
  for (const note of Object.values(EVERY)) expect(isReadNote(note), note.code).toBe(true)
  expect(isReadNote({ code: 'zonelessTimes', column: 'Hora' })).toBe(false)
  expect(isReadNote({ code: 'noSuchNote' })).toBe(false)
})

test('the English says each note’s facts, the file’s words isolated', () => {
  expect(words(EVERY.zonelessTimes).text).toBe(
    'The times of day in the Hora column say no time zone: 21 were read as written, as UTC, so that 19:54 stays 19:54.',
  )
  expect(words(EVERY.rowsLeftOut).text).toBe(
    '3 of 120 rows were left out: row 4, column "Fecha": expected a date such as 2022-02-24, 24/02/2022, 02/24/2022, 24 February 2022, Feb 24, 2022, February 2022, c. 1850 or March–April 2003, found "pronto"; and 2 more like it (rows 7, 9).',
  )
  expect(words(EVERY.unknownCountries).text).toBe(
    'The País column has values no country is known by, left out of their events: “Rusa” (row 360; did you mean Russia?) and 2 more.',
  )
  expect(words(EVERY.timesNotRead).data).toEqual(['Hora'])
  expect(words(EVERY.calendarOccurrencesLeft).text).toBe(
    'Occurrences not read: line 14: it repeats without end: 500 read (at most 500), the rest not; line 30: 120 read (none later than 10 years after the first); more than 100,000 later not read; line 52: its expansion stopped (Recurrence rule has to have a valid FREQ); ….',
  )
  expect(words(EVERY.timelineFields).text).toBe(
    'Its other fields are kept as named numbers ("event_identifier") and as lines of each event\'s summary ("ruta", "usuario", …).',
  )
  expect(words(EVERY.queryItems).text).toBe(
    'The results\' 8 rows are 6 items of "?batalla": each item\'s rows were read as one event, its Wikidata page as its source, the values of its other rows as lists.',
  )
  expect(words(EVERY.recordsNested).text).toBe(
    'Nested fields were read: "tema.nombre" as categories (their names); "personas", "grupos" and "entidad" as actors (their names).',
  )
  expect(words(EVERY.recordsList).text).toBe(
    'protestas.json holds a list of 1,159 records in its "datos" field: each was read as a row, its fields as columns.',
  )
  expect(words(EVERY.recordsList).data).toEqual(['protestas.json', 'datos'])
  expect(words({ ...EVERY.recordsList, field: null }).text).toBe(
    'protestas.json is a JSON list of 1,159 records: each was read as a row, its fields as columns.',
  )
  expect(words(EVERY.recordsLines).text).toBe(
    'registro.jsonl is a JSON Lines file of 1 line: each record was read as a row (numbered by its line), its fields as columns.',
  )
  expect(words(EVERY.jsonKeysTwice).text).toBe(
    'datos.json writes a field twice in one object (eventos[3].título, título, …): the last of each was kept.',
  )
  expect(words(EVERY.jsonKeysTwice).data).toEqual(['datos.json', 'eventos[3].título', 'título'])
  expect(words({ ...EVERY.jsonNonFinite, count: 1 }).text).toBe(
    'sismos.geojson holds one value written NaN or Infinity (as Python writes a missing or endless number), which JSON has no place for: it was read as empty.',
  )
  expect(words(EVERY.recordsEpochTimes).text).toBe(
    '"hora" holds times as milliseconds since 1970: read as dates and times to the second (UTC), as the column "date"; 3 values that were not such times were kept as they are.',
  )
  expect(words(EVERY.kmlGpxRead).text).toBe(
    'rutas.gpx is GPX: its 12 points and tracks were read with their names, descriptions, times and places (1 without a time was left out).',
  )
  expect(words({ ...EVERY.kmlGpxRead, kind: 'kml', count: 1, untimed: 0 }).text).toBe(
    'rutas.gpx is KML: its 1 placemark was read with its name, description, time and place.',
  )
  expect(words(EVERY.timelineJsMarkup).text).toBe(
    '7 texts hold HTML (as TimelineJS writes them): their text was kept, the markup left out.',
  )
  expect(words(EVERY.workbookSheetsUnread).text).toBe(
    'These sheets could not be read, the others were: sheet “Notas”: its part of the file is missing or could not be parsed; sheet “Mapa”: Unsupported chart.',
  )
  expect(words(EVERY.workbookSheetsUnread).data).toEqual(['Notas', 'Mapa', 'Unsupported chart'])
  expect(words(EVERY.workbookSheetsUnread).english).toEqual(['Unsupported chart'])
  expect(words(EVERY.workbookRepaired).english).toEqual(['Cannot find file xl/styles.xml in zip'])
  expect(words({ ...EVERY.workbookSheet, others: ['Léame', 'Mapa'], more: 4 }).text).toBe(
    'linea.xlsx: its sheet “Eventos” was read; not its other sheets, “Léame”, “Mapa”, ….',
  )
  expect(words({ ...EVERY.workbookSheet, others: [] }).text).toBe('linea.xlsx: its sheet “Eventos” was read.')
  expect(words({ ...EVERY.timemapNarratives, count: 1, events: 1 }).text).toBe(
    'Its 1 narrative (on 1 event) was read for story mode, in time order as TimeMap shows it.',
  )
  expect(words(EVERY.calendarRulesNotExpanded).text).toBe(
    '4 events repeat by a rule that cannot be expanded in bounded time: only the first occurrence was read (line 8: a DAILY rule with BYSETPOS, which it cannot expand in bounded time; line 20: a rule that no day of the calendar meets (BYMONTH, BYMONTHDAY); line 33: a SECONDLY rule whose occurrences lie up to 334 days apart (28,857,600 steps of its frequency); …).',
  )
})

test.each(['ar', 'uk', 'es', 'fr'] as const)(
  'in %s every note is worded, none in English, its data isolated',
  async (language) => {
    const english = Object.values(EVERY).map((note) => words(note).text)
    activateLanguage(await loadLanguage(language))
    Object.values(EVERY).forEach((note, index) => {
      const { text, data } = words(note)
      expect(text, note.code).not.toBe(english[index])
      expect(text, note.code).not.toMatch(/[{}]|\b(rows?|the|were|was|column)\b/)
      if ('column' in note) expect(data, note.code).toContain(note.column)
    })
  },
)

test('a suggested country is named in the reader’s language', async () => {
  activateLanguage(await loadLanguage('uk'))
  const { text } = words(EVERY.unknownCountries)
  expect(text).toContain('Росія')
  expect(text).not.toContain('Russia')
})

test('a note that is an English sentence, not a code, is no note: the load worker’s answer holding one is refused', () => {
  expect(isReadNote({ code: 'inEnglish', text: 'Read as GDELT events.' })).toBe(false)
  expect(isReadNote('Read as GDELT events.')).toBe(false)
})

test('rows like one left out of a text read line by line are its lines, in each language', async () => {
  const lineIssue = {
    path: 'line 3',
    expected: 'a JSON record',
    found: '"{"',
    at: { kind: 'line' as const, number: 3 },
  }
  const note: ReadNote = {
    code: 'rowsLeftOut',
    rows: 3,
    of: 40,
    kinds: [{ first: lineIssue, count: 3, lines: [3, 8, 21] }],
  }
  expect(words(note).text).toMatch(/and 2 more like it \(lines 8, 21\)\.$/)
  activateLanguage(await loadLanguage('ar'))
  expect(words(note).text).toContain('السطران 8، 21') // two: Arabic's dual
  // A sheet's rows stay rows.
  activateLanguage(ENGLISH)
  expect(words(EVERY.rowsLeftOut).text).toMatch(/\(rows 7, 9\)\.$/)
})
