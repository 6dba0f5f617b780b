import type { DatasetResult, Importer } from '../importer'
import { importInput, isRecord } from '../importer'
import { refused } from '../read-refusal'
import { geoJson } from './geojson'

/**
 * KML (Google Earth's, My Maps' exports) and GPX (a GPS's waypoints and tracks): read by
 * @tmcw/togeojson into GeoJSON features, each with its name, description, time and point, and those
 * read by the GeoJSON importer as any other. The XML is parsed by @xmldom/xmldom, since a worker has
 * no DOMParser; both are loaded only when such a file is opened.
 */
export const kmlGpx: Importer = {
  name: 'KML or GPX',
  recognise: ({ files }) => (files.length === 1 && files[0] && xmlKind(files[0].text) !== null ? 1 : 0),
  read: async ({ files }, options): Promise<DatasetResult> => {
    const file = files[0]
    const kind = file ? xmlKind(file.text) : null
    if (!file || kind === null) return refused({ code: 'declined', format: 'KML or GPX' })
    const [{ kml, gpx }, { DOMParser }] = await Promise.all([
      import('@tmcw/togeojson'),
      import('@xmldom/xmldom'),
    ])
    const document = new DOMParser().parseFromString(file.text, 'text/xml')
    // xmldom's document is the DOM that togeojson walks (its documented use in Node), typed apart.
    const collection =
      kind === 'KML' ? kml(document as unknown as Document) : gpx(document as unknown as Document)
    // togeojson makes a feature of a NetworkLink too: a KML without a Placemark has no event to read.
    const placemarks = kind === 'GPX' || /<Placemark[\s>]/.test(file.text) ? collection.features : []
    const features = placemarks.map((feature) => ({
      ...feature,
      properties: rowOf(feature.properties),
    }))
    const timed = features.filter((feature) => feature.properties.date !== undefined).length
    if (features.length === 0 || timed === 0) {
      const links = [...file.text.matchAll(/<href>\s*([^<\s]+)\s*<\/href>/g)].map((match) => match[1] ?? '')
      return refused(
        features.length === 0
          ? { code: 'mapEmpty', file: file.name, kind, links: links.slice(0, 2) }
          : { code: 'mapUntimed', file: file.name, kind, features: features.length },
      )
    }
    const text = JSON.stringify({ type: 'FeatureCollection', features })
    const read = await geoJson.read(importInput([{ name: `${file.name}.geojson`, text }]), options)
    if (!read.ok) return read
    return {
      ...read,
      notes: [
        {
          code: 'kmlGpxRead',
          file: file.name,
          kind: kind === 'KML' ? 'kml' : 'gpx',
          count: features.length,
          untimed: features.length - timed,
        },
        // The GeoJSON read under it is no part of the file: its note would name a file that is not there.
        ...read.notes.filter((each) => each.code !== 'geojsonRead'),
      ],
    }
  },
}

function xmlKind(text: string): 'KML' | 'GPX' | null {
  const head = text.slice(0, 2000)
  if (/<kml[\s>]/.test(head)) return 'KML'
  if (/<gpx[\s>]/.test(head)) return 'GPX'
  return null
}

/** A feature's properties as one flat row: name, description as text (HTML kept for the reader), date, end. */
function rowOf(properties: unknown): Record<string, string> {
  const row: Record<string, string> = {}
  if (!isRecord(properties)) return row
  const text = (value: unknown) =>
    typeof value === 'string'
      ? value
      : isRecord(value) && typeof value.value === 'string'
        ? value.value
        : undefined
  const name = text(properties.name)
  if (name) row.title = name
  const description = text(properties.description) ?? text(properties.desc)
  if (description) row.description = description
  const span = isRecord(properties.timespan) ? properties.timespan : undefined
  const times = isRecord(properties.coordinateProperties) ? properties.coordinateProperties.times : undefined
  const trackTimes = Array.isArray(times) ? times.flat().filter((time) => typeof time === 'string') : []
  const start = text(properties.timestamp) ?? text(properties.time) ?? text(span?.begin) ?? trackTimes[0]
  const end = text(span?.end) ?? (trackTimes.length > 1 ? trackTimes.at(-1) : undefined)
  if (start) row.date = start
  if (end && end !== start) row.end = end
  return row
}
