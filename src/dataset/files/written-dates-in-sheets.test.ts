import { expect, test } from 'vitest'
import { notesText } from '../../testing/note-text'
import { importFiles } from '../import/registry'
import type { ReadOptions } from '../import/sheet/sheet-head'
import { indexStory } from '../story-index'
import { formatIssue } from '../validate/dataset-issue'

async function open(name: string, lines: string[], options: ReadOptions = {}) {
  const result = await importFiles([{ name, text: lines.join('\n') }], options)
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

test('timestamps keep their microseconds and zones: events of one second stay in the file’s order, others by the instant', async () => {
  const { dataset } = await open('log.csv', [
    'datetime,message',
    '2022-02-24 10:30:15.123456+00:00,First in the second',
    '2022-02-24 10:30:15.123457+00:00,Second in the second',
    '2022-02-24T12:30:15.5+02:00,Half a second later (written in another zone)',
    '2022-02-24T10:30:15.4Z,Before it',
  ])
  expect(dataset.events.map((event) => event.date)).toEqual([
    '2022-02-24T10:30:15.123456+00:00',
    '2022-02-24T10:30:15.123457+00:00',
    '2022-02-24T12:30:15.500+02:00',
    // Tenths written out as milliseconds: EDTF's readers take ".4" as 4 ms.
    '2022-02-24T10:30:15.400Z',
  ])
  const story = indexStory(dataset)
  expect(story.events.map((event) => event.title)).toEqual([
    'First in the second',
    'Second in the second',
    'Before it',
    'Half a second later (written in another zone)',
  ])
})

test('a column of dates as people write them in several languages, forms and calendars opens', async () => {
  const lines = [
    'fecha,título',
    '15 de agosto de 2023,Acuerdo firmado',
    '9 mars 2021,Deuxième réunion',
    '15. August 2023,Dritte Sitzung',
    'March–April 2003,Fourth meeting',
    'c. 1850,Fifth meeting',
    '1990s,Sixth meeting',
    'Fin 2024,Seventh meeting',
    '11 H/632 M,Eighth meeting',
    '-0066,Ninth meeting',
    '44616,Tenth meeting',
  ]
  // Its Spanish names are known: it opens with them as read, as it does when they are chosen.
  const asked = await importFiles([{ name: 'historia.csv', text: lines.join('\n') }])
  expect(asked.ok ? asked.head?.roles : null).toEqual({ fecha: 'date', título: 'title' })
  const { dataset, notes } = await open('historia.csv', lines, {
    choice: { roles: { fecha: 'date', título: 'title' } },
  })
  expect(dataset.events.map((event) => event.date)).toEqual([
    '2023-08-15',
    '2021-03-09',
    '2023-08-15',
    '2003-03/2003-04',
    '1850~',
    '199X',
    '[2024-09..2024-12]',
    '0632',
    '-0066',
    '2022-02-24',
  ])
  expect(notesText(notes)).toMatch(
    /a Hijri date beside its Gregorian \(11 H\/632 M: the Gregorian was read\)/,
  )
})
