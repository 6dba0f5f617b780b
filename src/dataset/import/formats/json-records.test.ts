import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles } from '../registry'

// The first set of real files, read where they are (not copied into the project): see its SOURCES.md.
const WIKIPEDIA = '../shared/real-data/wikipedia-cep-2015-09.json'

async function open(name: string, text: string) {
  const result = await importFiles([{ name, text }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

test('the Wikipedia Current Events file opens with its categories, its entities as actors and its sources, every event counted', async () => {
  const text = readFileSync(WIKIPEDIA, 'utf8')
  const records: unknown[] = JSON.parse(text)
  const { dataset, notes } = await open('wikipedia-cep-2015-09.json', text)
  expect(dataset.events).toHaveLength(records.length)
  expect(dataset.events).toHaveLength(428)
  expect(notes[0]).toEqual({
    code: 'recordsList',
    file: 'wikipedia-cep-2015-09.json',
    count: 428,
    field: null,
  })
  const palmyra = dataset.events.find((event) => event.id === '56657')
  const name = (list: ReadonlyArray<{ id: string; name: string }> | undefined, id: string) =>
    list?.find((each) => each.id === id)?.name
  expect(palmyra?.categories?.map((id) => name(dataset.categories, id))).toEqual([
    'War_Conflict',
    'Destruction of cultural heritage by ISIL',
  ])
  expect(palmyra?.actors.map((id) => name(dataset.actors, id))).toEqual([
    'United Nations',
    'Syria',
    'Islamic State of Iraq and the Levant',
    'Palmyra',
    'Temple of Bel',
  ])
  expect(dataset.actors.find((actor) => actor.name === 'Syria')).toMatchObject({
    kind: 'country',
    country: 'SY',
  })
  expect(palmyra?.sources).toEqual([
    { url: 'http://www.bbc.com/news/world-middle-east-34111092', outlet: 'BBC' },
    {
      url: 'http://www.aljazeera.com/news/2015/08/confirms-destruction-famed-palmyra-temple-150831230110476.html',
      outlet: 'Al Jazeera English Online',
    },
  ])
  // Every event has its category; the 242 that belong to a story have that too.
  expect(dataset.events.every((event) => (event.categories?.length ?? 0) >= 1)).toBe(true)
  expect(dataset.events.filter((event) => (event.categories?.length ?? 0) === 2).length).toBeGreaterThan(200)
  expect(dataset.events.filter((event) => event.sources?.length).length).toBeGreaterThan(400)
  expect(notes.map(noteText)).toContain(
    'Nested fields were read: "category" and "belongsToStory" as categories (their names); "entity" as actors (their names); "source" as sources (their addresses, with their outlets).',
  )
  expect(notes.map(noteText)).toContain(
    'Parts of nested fields not read (this format has no place for them): "category.id" (its id), "belongsToStory.id" (its id), "belongsToStory.wikipediaUrl" (a link of the named thing), "entity[].id" (its id), "entity[].wikiURL" (a link of the named thing), "source[].id" (its id), "source[].type".',
  )
  expect(notesText(notes)).not.toMatch(/Fields holding nested objects are not read/)
})

test('nested objects become columns; lists of named things and of links take the role their field names', async () => {
  const records = [
    {
      meta: { date: '2021-03-09', editor: 7 },
      headline: 'Talks open',
      participants: [{ name: 'Jane Doe' }, { label: 'UN Security Council (organization)' }],
      topics: ['Diplomacy', 'Sanctions'],
      references: ['https://example.org/a', { href: 'https://example.org/b', publisher: 'Example; Daily' }],
      location: { name: 'Palais des Nations', lat: 46.2266, lng: 6.1404, id: 'v1' },
      extra: { a: [{ b: 1 }] },
    },
    {
      meta: { date: '2021-03-10' },
      headline: 'Talks close',
      participants: 'John Roe',
      topics: [],
      references: null,
      location: { name: 'Palais des Nations', lat: 46.2266, lng: 6.1404 },
      extra: { a: [{ b: 2 }] },
    },
  ]
  const { dataset, notes } = await open('nested.json', JSON.stringify(records))
  const [first, second] = dataset.events
  expect(first).toMatchObject({ date: '2021-03-09', title: 'Talks open' })
  const actor = (id: string) => dataset.actors.find((each) => each.id === id)
  expect(first?.actors.map((id) => actor(id)?.name)).toEqual(['Jane Doe', 'UN Security Council'])
  expect(actor(first?.actors[1] ?? '')?.kind).toBe('organization')
  expect(second?.actors.map((id) => actor(id)?.name)).toEqual(['John Roe'])
  expect(first?.categories).toEqual(['diplomacy', 'sanctions'])
  expect(first?.sources).toEqual([
    { url: 'https://example.org/a' },
    { url: 'https://example.org/b', outlet: 'Example, Daily' },
  ])
  expect(first?.place).toEqual({ name: 'Palais des Nations', latitude: 46.2266, longitude: 6.1404 })
  expect(notesText(notes)).toMatch(/"location\.id"/)
  expect(notesText(notes)).toMatch(/Columns not read .*"meta\.editor"/)
  expect(notesText(notes)).toMatch(
    /Fields holding objects with neither a name nor an address .* are not read: "extra\.a"/,
  )
})

test('a value that is not what its field holds elsewhere is left out of its event and said', async () => {
  const records = Array.from({ length: 9 }, (_, index) => ({
    date: `2020-01-0${index + 1}`,
    title: `Event ${index + 1}`,
    entity: [index === 4 ? { nameless: true } : { name: 'Jane Doe' }],
  }))
  const { dataset, notes } = await open('misfit.json', JSON.stringify(records))
  expect(dataset.events).toHaveLength(9)
  expect(dataset.events[4]?.actors).toEqual([])
  expect(dataset.events[5]?.actors).toEqual(['jane-doe'])
  expect(notesText(notes)).toMatch(
    /not of the kind their field holds elsewhere and were left out: "entity" \(record 5\)/,
  )
})

test('lists nested past the bound are named, not read, and never overflow', async () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
  const text = `[{"date":"2020-01-01","title":"A","deep":${deep}},{"date":"2020-01-02","title":"B","deep":[[["x"]]]}]`
  const { dataset, notes } = await open('deep.json', text)
  expect(dataset.events).toHaveLength(2)
  expect(notesText(notes)).toMatch(/not read: "deep"/)
  expect(notes).toContainEqual({ code: 'recordsUnreadFields', fields: ['deep'], more: 0, deepest: 8 })
})

test('a JSON Lines file says what it is, its lines counted, each record a row numbered by its line', async () => {
  const text = [
    '{"date": "2021-01-01", "title": "One"}',
    '{"date": "2021-01-02", "title": "Two"}',
    '{"date": "2021-01-03", "title": "Three"}',
  ].join('\n')
  const { notes } = await open('x.jsonl', text)
  expect(notes[0]).toEqual({ code: 'recordsLines', file: 'x.jsonl', count: 3 })
  expect(noteText(notes[0])).toBe(
    'x.jsonl is a JSON Lines file of 3 lines: each record was read as a row (numbered by its line), its fields as columns.',
  )
})
