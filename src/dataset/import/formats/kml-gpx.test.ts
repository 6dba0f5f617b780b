import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { importFiles } from '../registry'

const placemark = (name: string, time: string, point: string, description = '') =>
  `<Placemark><name>${name}</name>${description}${time}<Point><coordinates>${point}</coordinates></Point></Placemark>`

test('KML placemarks open as events: name, description as text, TimeStamp or TimeSpan, point', async () => {
  const text = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemark(
    'Landing',
    '<TimeStamp><when>1944-06-06</when></TimeStamp>',
    '-0.5,49.3',
    '<description><![CDATA[<b>Big</b> <script>x()</script>landing]]></description>',
  )}${placemark('Siege', '<TimeSpan><begin>1944-07-01</begin><end>1944-08-01</end></TimeSpan>', '1,49')}</Document></kml>`
  const result = await importFiles([{ name: 'war.kml', text }])
  if (!result.ok) throw new Error(result.message)
  expect(result.dataset.events.map(({ title, date }) => ({ title, date }))).toEqual([
    { title: 'Landing', date: '1944-06-06' },
    { title: 'Siege', date: '1944-07-01/1944-08-01' },
  ])
  expect(result.dataset.events[0]?.summary).not.toMatch(/[<>]/)
  expect(result.dataset.events[0]?.place).toMatchObject({ latitude: 49.3, longitude: -0.5 })
  expect(result.notes[0]).toEqual({ code: 'kmlGpxRead', file: 'war.kml', kind: 'kml', count: 2, untimed: 0 })
  expect(noteText(result.notes[0])).toBe(
    'war.kml is KML: its 2 placemarks were read with their names, descriptions, times and places.',
  )
  expect(notesText(result.notes)).not.toMatch(/GeoJSON/)
})

test('GPX waypoints with times open; a KML that only links to another map says so', async () => {
  const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="50.45" lon="30.52"><time>2022-02-24T04:00:00Z</time><name>Kyiv</name></wpt></gpx>`
  const read = await importFiles([{ name: 'walk.gpx', text: gpx }])
  if (!read.ok) throw new Error(read.message)
  expect(read.dataset.events[0]).toMatchObject({ title: 'Kyiv', date: '2022-02-24T04:00:00Z' })
  expect(noteText(read.notes[0])).toBe(
    'walk.gpx is GPX: its 1 point or track was read with its name, description, time and place.',
  )
  const link = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><NetworkLink><Link><href>https://example.org/map.kml</href></Link></NetworkLink></Document></kml>`
  const refused = await importFiles([{ name: 'link.kml', text: link }])
  expect(refused).toMatchObject({
    refusal: { code: 'mapEmpty', file: 'link.kml', kind: 'KML', links: ['https://example.org/map.kml'] },
  })
  expect(refused.ok ? '' : refused.message).toBe(
    'link.kml is KML with no placemarks: it only links to another map (https://example.org/map.kml); open that map’s own KML export.',
  )
})
