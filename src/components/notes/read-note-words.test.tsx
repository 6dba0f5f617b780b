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
const EVERY: { [C in Exclude<ReadNoteCode, 'inEnglish'>]: Extract<ReadNote, { code: C }> } = {
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
}

const words = (note: ReadNote) => {
  const { container, unmount } = render(<ReadNoteWords note={note} />)
  const said = {
    text: container.textContent ?? '',
    data: Array.from(container.querySelectorAll('bdi'), (bdi) => bdi.textContent),
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

test('an importer’s note not yet made a code is shown as English, marked so', () => {
  const { container } = render(<ReadNoteWords note={{ code: 'inEnglish', text: 'Read as GDELT events.' }} />)
  expect(container.querySelector('[lang="en"]')?.textContent).toBe('Read as GDELT events.')
})
