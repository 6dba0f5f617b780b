import { expect, test } from 'vitest'
import { notesText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { readCsvSheet } from '../formats/csv-events'
import { importFiles } from '../registry'
import type { ColumnReason } from './column-reason'
import { columnReasonInEnglish } from './column-reason-english'
import { guessRoles } from './guess-roles'
import { rowRecord } from './sheet-rows'

// The reasons as the notes write them in English (the page words the same codes in its language).
const inEnglish = (why: Record<string, ColumnReason> | undefined) =>
  Object.fromEntries(
    Object.entries(why ?? {}).map(([column, reason]) => [column, columnReasonInEnglish(reason)]),
  )

const guessOf = (lines: string[]) => {
  const sheet = readCsvSheet(lines.join('\n'), 'x.csv')
  return guessRoles(
    sheet.header,
    sheet.rows.map(({ cells }) => rowRecord(sheet.header, cells)),
  )
}

async function open(name: string, lines: string[]) {
  const result = await importFiles([{ name, text: lines.join('\n') }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

test('a speaker, person or who column is actors; subject or topics categories; url or link a source', async () => {
  const { dataset, notes } = await open('interviews.csv', [
    'date,title,speaker,person,subject,url',
    '2023-08-15,Press conference,Jane Doe,"John Roe, Ana Diaz",Diplomacy,https://example.org/a',
    '2023-08-16,Interview,John Roe,,Sanctions | Energy,https://example.org/b',
  ])
  const name = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name
  // Every column of actors is read, each cell's list split ("a, b", "a | b").
  expect(dataset.events[0]?.actors.map(name)).toEqual(['Jane Doe', 'John Roe', 'Ana Diaz'])
  const category = (id: string) => dataset.categories?.find((each) => each.id === id)?.name
  expect(dataset.events[1]?.categories?.map(category)).toEqual(['Sanctions', 'Energy'])
  expect(dataset.events[0]?.sources).toEqual([{ url: 'https://example.org/a' }])
  expect(notesText(notes)).not.toMatch(/Columns not read/)
})

test('categories are few short values, not yes or no, files’ names, ids or the rows’ numbers', () => {
  const guess = guessOf([
    ',when,what,verified,picture,ref,kind',
    '1,2023-01-01,Shelling reported in the north,True,images/a.jpg,CIV0001,Shelling',
    '2,2023-01-02,Protest outside the ministry,False,images/b.jpg,CIV0002,Protest',
    '3,2023-01-03,Second protest in the square,True,images/c.jpg,CIV0003,Protest',
    '4,2023-01-04,Shelling of the railway station,True,images/d.jpg,CIV0004,Shelling',
    '5,2023-01-05,Strike at the port,False,images/e.jpg,CIV0005,Shelling',
  ])
  expect(guess.roles).toEqual({
    '': 'none',
    when: 'date',
    what: 'title',
    verified: 'none',
    picture: 'media',
    ref: 'id',
    kind: 'categories',
  })
  expect(inEnglish(guess.why)).toMatchObject({
    '': 'its values are the rows’ numbers (1, 2…): no role fits',
    verified: 'its values are yes or no (True, False): no role fits',
    picture: 'its values are files’ names or paths, not web addresses (images/a.jpg, images/b.jpg)',
    ref: 'its values are ids (CIV0001, CIV0002)',
    kind: 'its values are a few short texts, repeated (2 different in 5)',
  })
  expect(guess.by.when).toBe('name')
})

test('people’s names, countries in other languages and coordinates in pairs are found by their values', () => {
  const guess = guessOf([
    'quand,qui,nations,x,y,lien',
    '9 mars 2021,Jane Doe,Arabie saoudite,24.7136,46.6753,https://example.org/1',
    '10 mars 2021,"John Roe, Ana Diaz",Irak,33.3152,44.3661,https://example.org/2',
    '11 mars 2021,Ana Diaz,Deutschland,52.52,13.405,https://example.org/3',
  ])
  expect(guess.roles).toEqual({
    quand: 'date',
    qui: 'actors',
    nations: 'countries',
    x: 'latitude',
    y: 'longitude',
    lien: 'sources',
  })
  expect(inEnglish(guess.why).qui).toBe('its values are lists of people’s names (3 of 3)')
  expect(inEnglish(guess.why).x).toMatch(/beside a column of longitudes/)
  // No title: the step says so, and offers the summary's first words.
  expect(guess.review).toEqual({ code: 'noTitles' })
})

test('a sheet whose guess is sure opens at once, saying what was read by its values; one with no dates says so', async () => {
  const { dataset, notes, head } = await open('monitor.csv', [
    'entry,date,title,geolocation,violence',
    'UW0067,2022-01-01,Equipment moving,https://example.org/a,1',
    'UW0064,2022-01-02,Train of tanks,https://example.org/b,2',
    'UW0072,2022-01-02,Convoy,https://example.org/c,1',
  ])
  expect(dataset.events[0]).toMatchObject({
    id: 'uw0067',
    originalId: 'UW0067',
    sources: [{ url: 'https://example.org/a' }],
    numbers: [{ name: 'violence', value: 1 }],
  })
  expect(head?.by.geolocation).toBe('values')
  expect(inEnglish(head?.why).geolocation).toBe('its values are web addresses (3 of 3)')
  expect(notesText(notes)).toMatch(
    /Columns read by what they hold, their names being none this app knows: "entry" as an id \(its values are ids/,
  )

  const undated = await importFiles([{ name: 'list.csv', text: 'name,notes\nA thing,Some words\nB,More\n' }])
  expect(undated).toMatchObject({
    ok: false,
    message: expect.stringMatching(/No column holds dates this app can read: choose the column of dates/),
  })
})

test('a column of another role’s values, its role taken, says what it could be', () => {
  const guess = guessOf([
    'date,title,first,second',
    '2023-01-01,One,2023-01-05,2023-01-09',
    '2023-01-02,Two,2023-01-06,2023-01-10',
  ])
  expect(guess.roles.first).toBe('endDate')
  expect(guess.roles.second).toBe('none')
  expect(inEnglish(guess.why).second).toBe(
    'its values are dates (2 of 2): could be the date, which is read from “date”',
  )
})

test('beside a column of dates, one of another calendar’s (years far after today) is left unread and said', () => {
  // Nepal's earthquake files: Bikram Sambat first, then the Gregorian date.
  const guess = guessOf([
    'date_bs,date_ad,place,magnitude',
    '2081-11-26,2025-03-10,Kaski,4.1',
    '2081-11-28,2025-03-12,Bajhang,4.8',
    '2081-12-01,2025-03-14,Dolakha,4.3',
  ])
  expect(guess.roles.date_ad).toBe('date')
  expect(guess.roles.date_bs).toBe('none')
  expect(inEnglish(guess.why).date_bs).toMatch(/^its dates lie years after today \(such as “2081-11-26”\)/)
  // Alone, such a column is still the date: a calendar of events planned far ahead.
  expect(guessOf(['when,what', '2081-11-26,Launch', '2082-01-02,Landing']).roles.when).toBe('date')
})
