import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { notesText } from '../../testing/note-text'
import { importFiles } from '../import/registry'
import { formatIssue } from '../validate/dataset-issue'

// The first set of real files, read where they are (not copied into the project): see their
// SOURCES.md for provenance and licences. Each opens as it comes, with what the sheet reader now
// reads of it: every column it has a place for, nothing cut, every column not read said.
const REAL = '../shared/real-data/'

async function open(name: string) {
  const bytes = readFileSync(`${REAL}${name}`)
  const file = name.endsWith('.xlsx')
    ? { name, text: '', bytes: Uint8Array.from(bytes) }
    : { name, text: bytes.toString('utf8') }
  const result = await importFiles([file])
  if (!result.ok)
    throw new Error(`${result.message}\n${result.issues.slice(0, 5).map(formatIssue).join('\n')}`)
  return result
}

test.each([
  ['tljs-template.csv', 10],
  ['tljs-republican.json', 13],
  ['bellingcat-timemap-events.json', 1159],
  ['cir-ukraine-monitor.csv', 6646],
  ['acled-2020-may.csv', 5071],
  ['acled-2016-africa.csv', 500],
  ['gdelt-1.0-export.csv', 710],
  ['wikipedia-cep-2015-09.json', 428],
  ['fa-timemap-template.xlsx', 11],
])('%s opens at once with its %i events, nothing cut to a limit', async (name, events) => {
  const { dataset, notes } = await open(name)
  expect(dataset.events).toHaveLength(events)
  expect(notesText(notes)).not.toMatch(/cut to their first/)
})

test('the CIR monitor opens at once with every column read that has a place: ids, groups, places, both link columns, levels', async () => {
  const { dataset, notes, head } = await open('cir-ukraine-monitor.csv')
  expect(head?.review).toBeNull()
  const first = dataset.events[0]
  expect(first).toMatchObject({
    id: 'uw0067',
    originalId: 'UW0067',
    date: '2022-01-01',
    summary: 'Russian military equipment moving in Belarus',
    numbers: [{ name: 'violence level', value: 1 }],
    place: { name: 'Petrishki', latitude: 54.069385, longitude: 27.211645 },
    countries: ['BY'],
  })
  // The link and the geolocation column are both its sources.
  expect(first?.sources?.map((source) => source.url)).toEqual([
    'https://twitter.com/GirkinGirkin/status/1488544876908187650',
    'https://twitter.com/RedIntelPanda/status/1488569554028707847',
  ])
  const group = dataset.categories?.find((category) => category.id === first?.categories?.[0])
  expect(group?.name).toBe('Russian Military Presence January 2022')
  // A geolocation cell of five addresses, space-separated, is five sources, not an outlet cut short.
  const five = dataset.events.find((event) => (event.sources?.length ?? 0) >= 6)
  expect(five?.sources?.every((source) => source.url !== undefined && source.outlet === undefined)).toBe(true)
  // A "GRAPHIC" among the violence levels is kept, in the summary.
  expect(dataset.events.some((event) => event.summary?.includes('violence level: GRAPHIC'))).toBe(true)
  expect(notesText(notes)).toMatch(/Columns read by what they hold.*"entry" as an id/)
  expect(notesText(notes)).toMatch(/Columns not read \(each with what it could be\): "arms\/munition"/)
})

test('ACLED’s older export reads its allies as the sides’ associated actors', async () => {
  const { dataset } = await open('acled-2016-africa.csv')
  const withAllies = dataset.events.filter((event) =>
    event.actorRoles?.some((role) => role.role === 'with the first side'),
  )
  expect(withAllies.length).toBeGreaterThan(10)
})
