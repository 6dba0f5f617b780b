import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles, pickImporter } from '../registry'
import type { ColumnRoles } from '../sheet/column-roles'

const FIXTURES = 'src/dataset/import/fixtures'
const fixture = (name: string) => ({ name, text: readFileSync(`${FIXTURES}/${name}`, 'utf8') })

async function open(name: string, text: string, roles?: ColumnRoles) {
  const result = await importFiles([{ name, text }], roles ? { choice: { roles } } : {})
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

test('a FeatureCollection is recognised by its content, whatever its name, over a JSON list of records', () => {
  const file = fixture('wars-of-the-roses.geojson')
  expect(pickImporter([{ ...file, name: 'data.json' }])?.name).toBe('GeoJSON')
  expect(
    pickImporter([{ name: 'x.json', text: '{"type":"Feature","geometry":null,"properties":{}}' }])?.name,
  ).toBe('GeoJSON')
  expect(pickImporter([{ name: 'x.json', text: '{"features":[{"a":1}]}' }])?.name).not.toBe('GeoJSON')
})

test('features open as events: properties as a sheet’s columns, coordinates from each Point', async () => {
  const { text } = fixture('wars-of-the-roses.geojson')
  const { dataset, notes } = await open('wars-of-the-roses.geojson', text)
  expect(dataset.events.map((event) => [event.date, event.title])).toEqual([
    ['1421', 'Birth of Henry VI'],
    ['1422', 'Death of Henry V'],
    ['1430', 'Birth of Margaret of Anjou'],
  ])
  expect(dataset.events[1]?.summary).toMatch(/^August 31st, 1422: Henry V dies of dysentery/)
  expect(dataset.events[1]?.place).toEqual({ latitude: 48.84263294064929, longitude: 2.4359607696533203 })
  expect(noteText(notes[0])).toBe(
    "wars-of-the-roses.geojson is a GeoJSON FeatureCollection of 3 features: each feature's properties were read as a row, its place from its geometry.",
  )
  expect(notes.map(noteText)).toContain("The features' places: 3 from a point.")
  expect(notes).toContainEqual({ code: 'geojsonPlaces', points: 3, centroids: 0, none: 0 })
})

test('no geometry: the properties’ coordinates; an area or a line: its centroid, said as a region; bad items left out with their place', async () => {
  const { text } = fixture('geojson-mixed-geometries.geojson')
  const { dataset, notes, leftOut } = await open('mixed.geojson', text)
  expect(dataset.title).toBe('Floods and closures, spring 2023')
  const byId = new Map(dataset.events.map((event) => [event.id, event]))
  expect(byId.get('f-1')?.place).toEqual({ latitude: 44.4268, longitude: 26.1025 })
  expect(byId.get('f-1')?.countries).toEqual(['RO'])
  // RFC 7946 winds an outer ring anticlockwise: the centroid is the square's middle, not its antipode.
  expect(byId.get('f-2')?.place).toMatchObject({ longitude: 26.1, precision: 'region' })
  expect(byId.get('f-2')?.place?.latitude).toBeCloseTo(44.4, 1)
  expect(byId.get('f-3')?.place).toMatchObject({ longitude: 24, precision: 'region' })
  expect(byId.get('f-4')?.place).toBeUndefined()
  expect(notesText(notes)).toMatch(
    /coordinates are not numbers were placed by their properties alone \(feature 4\)/,
  )
  expect(leftOut.map((issue) => issue.path)).toEqual(['row 5', 'row 6, column "date"'])
  expect(leftOut[0]).toMatchObject({
    found: 'a "Topology"',
    at: { kind: 'row', number: 5 },
    problem: { expected: { code: 'geojsonFeature' }, found: { code: 'typed', type: 'Topology' } },
  })
  expect(leftOut[1]?.at).toEqual({ kind: 'row', number: 6, column: 'date' })
})

test('USGS’s feed: times in milliseconds since 1970 read as dates to the second, the feature’s id kept, titled by its place', async () => {
  const { text } = fixture('usgs-significant-month.geojson')
  // Its properties name no title and hold no text: it opens at once, each event titled by its place
  // (its code, b000ije3, is no title; its list of product types, ",cap,dyfi,…", no summary).
  const { dataset, notes } = await open('usgs.geojson', text)
  expect(dataset.title).toBe('USGS Significant Earthquakes, Past Month')
  expect(dataset.events).toHaveLength(6)
  const chabu = dataset.events.find((event) => event.title === '13km E of Chabu, China')
  expect(chabu).toMatchObject({ id: 'usb000ije3', date: '2013-07-21T23:45:56Z' })
  expect(chabu?.summary ?? '').not.toMatch(/^,cap,dyfi/)
  expect(chabu?.place).toMatchObject({
    name: '13km E of Chabu, China',
    latitude: 34.4991,
    longitude: 104.2427,
  })
  expect(chabu?.numbers).toEqual(expect.arrayContaining([{ name: 'mag', value: 5.9 }]))
  expect(notesText(notes)).toMatch(/each event is titled by its place \(place\)/)
  expect(notes).toContainEqual({ code: 'recordsEpochTimes', field: 'time', asDate: true, unread: 0 })
  expect(notesText(notes)).toMatch(
    /"time" holds times as milliseconds since 1970: read as dates and times to the second \(UTC\), as the column "date"/,
  )
})

test('a single Feature is one event', async () => {
  const text = JSON.stringify({
    type: 'Feature',
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [10, 50],
        [12, 50],
      ],
    },
    properties: { date: '2020-03-01', title: 'Two sites, one event' },
  })
  const { dataset } = await open('one.json', text)
  expect(dataset.events).toHaveLength(1)
  expect(dataset.events[0]?.place).toMatchObject({ precision: 'region' })
  expect(dataset.events[0]?.place?.longitude).toBeCloseTo(11, 5)
})

test('hostile collections are read or refused in a sentence, never a throw', async () => {
  const none = await importFiles([
    { name: 'x.geojson', text: '{"type":"FeatureCollection","features":[1,"a",null]}' },
  ])
  expect(none).toMatchObject({ ok: false, message: expect.stringMatching(/none of them is a feature/) })
  expect(none.ok ? [] : none.issues.map((issue) => issue.path)).toEqual(['row 1', 'row 2', 'row 3'])
  const empty = await importFiles([{ name: 'x.geojson', text: '{"type":"FeatureCollection","features":[]}' }])
  expect(empty.ok).toBe(false)
  // A collection nested past any depth a geometry has, and coordinates of every wrong kind.
  // Written as text: JSON.stringify itself overflows on a value this deep.
  const deep = `${'{"type":"GeometryCollection","geometries":['.repeat(10_000)}{"type":"Point","coordinates":[1,2]}${']}'.repeat(10_000)}`
  const odd = [
    deep,
    '{"type":"Polygon","coordinates":5}',
    '{"type":"Bogus"}',
    '{"type":"Polygon","coordinates":[]}',
  ]
  const features = odd.map(
    (geometry, index) =>
      `{"type":"Feature","geometry":${geometry},"properties":{"date":"2020-01-0${index + 1}","title":"Odd ${index}"}}`,
  )
  const text = `{"type":"FeatureCollection","features":[${features.join(',')}]}`
  const { dataset, notes } = await open('odd.geojson', text)
  expect(dataset.events).toHaveLength(4)
  expect(dataset.events.every((event) => event.place === undefined)).toBe(true)
  expect(notesText(notes)).toMatch(/an empty geometry/)
})

test('100,000 features open, each an event with its point', async () => {
  const features = Array.from({ length: 100_000 }, (_, index) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [(index % 360) - 180, (index % 180) - 90] },
    properties: { date: `2020-01-${String((index % 28) + 1).padStart(2, '0')}`, title: `Event ${index}` },
  }))
  const text = JSON.stringify({ type: 'FeatureCollection', features })
  const started = performance.now()
  const { dataset } = await open('large.geojson', text)
  expect(dataset.events).toHaveLength(100_000)
  expect(dataset.events[99_999]?.place).toEqual({ latitude: 9, longitude: 99 })
  // Linear work: a step that grew with the square of the features would take minutes here.
  expect(performance.now() - started).toBeLessThan(60_000)
}, 120_000)
