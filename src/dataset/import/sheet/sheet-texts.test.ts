import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles } from '../registry'

async function open(name: string, text: string) {
  const result = await importFiles([{ name, text }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`

test('nothing a file holds is cut to a limit of ours: a long category, outlet or caption is shortened and kept whole in the summary', async () => {
  const category = `A category written as a paragraph ${'with many words '.repeat(20)}and an end`
  const outlet = `An outlet with a long name ${'and more words '.repeat(20)}at last`
  const caption = `A caption ${'that goes on '.repeat(200)}and on`
  const csv = [
    'date,title,summary,category,sources,media,media_caption',
    `2023-08-15,One,Its summary.,${quoted(category)},${quoted(outlet)},https://example.org/a.jpg,${quoted(caption)}`,
    `2023-08-16,Two,,${quoted(category)},Reuters,,`,
  ].join('\n')
  const { dataset, notes } = await open('long.csv', csv)
  const [one, two] = dataset.events
  const [named] = dataset.categories ?? []
  expect(named?.name.length).toBeLessThanOrEqual(200)
  expect(named?.name).toMatch(/^A category written as a paragraph with many words .*…$/)
  expect(one?.categories).toEqual([named?.id])
  expect(two?.categories).toEqual([named?.id])
  expect(one?.sources?.[0]?.outlet?.length).toBeLessThanOrEqual(200)
  expect(one?.media?.caption?.length).toBeLessThanOrEqual(2000)
  // The whole of each text is in its event's summary, after the summary's own words.
  expect(one?.summary).toBe(
    ['Its summary.', `Category: ${category}`, `Source: ${outlet}`, `Caption: ${caption}`].join('\n\n'),
  )
  expect(two?.summary).toBe(`Category: ${category}`)
  expect(notes.map(noteText)).toContain(
    '2 rows have category names longer than the format allows (200 characters): each was shortened, and the whole text kept in its event’s summary (rows 2, 3).',
  )
  expect(notesText(notes)).not.toMatch(/cut to their first/)
})

test('media given as a path in the file’s folder is no link: said once, with an example', async () => {
  const csv = [
    'date,title,media',
    '2023-08-15,One,images/one.jpg',
    '2023-08-16,Two,images/two.jpg',
    '2023-08-17,Three,https://example.org/three.jpg',
  ].join('\n')
  const { dataset, notes } = await open('paths.csv', csv)
  expect(dataset.events.map((event) => event.media?.url)).toEqual([
    undefined,
    undefined,
    'https://example.org/three.jpg',
  ])
  expect(notes.map(noteText)).toContain(
    '2 rows have media given as a file’s name or path (such as “images/one.jpg”), not a web address: a file opened on its own cannot show what is beside it, so it was left out (rows 2, 3).',
  )
})

test('a TimelineJS sheet whose Type header is blank still has its title slide', async () => {
  const template = readFileSync('src/dataset/import/fixtures/timelinejs-template.csv', 'utf8')
  const [header = '', ...rows] = template.split('\n')
  // The Type column's name left out, as copies of the Google Sheet often have it.
  const blank = header.replace(',Type,', ',,')
  expect(blank).not.toBe(header)
  const { dataset } = await open('copy.csv', [blank, ...rows].join('\n'))
  expect(dataset.title).toBe('MY OWN CSV')
  expect(dataset.description).toMatch(/^In this sample timeline/)
  expect(dataset.events).toHaveLength(10)
  // With no Type column at all, the first undated row with a headline is the title slide.
  const table = Papa.parse<string[]>(template, { skipEmptyLines: true }).data
  const at = table[0]?.indexOf('Type') ?? -1
  expect(at).toBeGreaterThan(0)
  const without = Papa.unparse(table.map((cells) => cells.filter((_, index) => index !== at)))
  const untyped = await open('untyped.csv', without)
  expect(untyped.dataset.title).toBe('MY OWN CSV')
  expect(untyped.dataset.events).toHaveLength(10)
})
