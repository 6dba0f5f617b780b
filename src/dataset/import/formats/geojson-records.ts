import type { ReadNote } from '../../notes/read-note'
import type { FoundValue } from '../../validate/found-value'
import { readIssue } from '../read-issue'
import { rolesByName } from '../sheet/column-roles'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { epochDates } from './epoch-dates'
import { locate } from './geojson-geometry'

type Json = Record<string, unknown>
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// The first features name the properties a collection has, as the first records name a list's fields.
const FEATURES_FOR_FIELDS = 1000

/**
 * A GeoJSON collection's features as the records of a JSON list: each feature's properties, with its
 * place added as the columns the sheet reader reads (its coordinates from a Point, an area's or a
 * line's centroid, how precise that is) and its id where its properties have none. A feature with no
 * geometry keeps the coordinates its properties give. An item that is no feature is left out and said.
 */
export type FeatureRecords = {
  records: Json[]
  /** For each record, its feature's place in the list (from 1), as the sheet says rows. */
  places: number[]
  skipped: SkippedRow[]
  notes: ReadNote[]
}

export function featureRecords(features: readonly unknown[]): FeatureRecords {
  const first = features.slice(0, FEATURES_FOR_FIELDS).filter(isJson)
  const fieldNames = [...new Set(first.flatMap((feature) => Object.keys(propertiesOf(feature))))]
  const roles = rolesByName(fieldNames)
  const named = (role: string, fallback: string) =>
    fieldNames.find((field) => roles[field] === role) ?? fallback
  const columns = {
    latitude: named('latitude', 'latitude'),
    longitude: named('longitude', 'longitude'),
    precision: named('geoPrecision', 'geo_precision'),
  }
  const hasId = fieldNames.some((field) => roles[field] === 'id')
  const times = epochDates(
    fieldNames,
    first.map((feature) => propertiesOf(feature)),
    roles,
  )
  const records: Json[] = []
  const places: number[] = []
  const skipped: SkippedRow[] = []
  const counts = { points: 0, centroids: 0, none: 0, unread: new Map<'notNumbers' | 'empty', number[]>() }
  features.forEach((feature, index) => {
    if (!isJson(feature) || (feature.type !== 'Feature' && !('properties' in feature))) {
      // Said as the sheet says a record's place: row 3 is the third feature.
      skipped.push(
        readIssue({ kind: 'row', number: index + 1 }, { code: 'geojsonFeature' }, whatItIs(feature)),
      )
      return
    }
    const record: Json = { ...propertiesOf(feature) }
    times.apply(record)
    if (!hasId && (typeof feature.id === 'string' || typeof feature.id === 'number')) record.id = feature.id
    const place = locate(feature.geometry)
    if (place.ok) {
      record[columns.latitude] = place.latitude
      record[columns.longitude] = place.longitude
      if (place.centroid) {
        // The centroid of an area or a line places its event somewhere within it.
        record[columns.precision] = 'region'
        counts.centroids++
      } else counts.points++
    } else {
      counts.none++
      if (place.reason) {
        const rows = counts.unread.get(place.reason) ?? []
        if (rows.length < 3) rows.push(index + 1)
        counts.unread.set(place.reason, rows)
      }
    }
    records.push(record)
    places.push(index + 1)
  })
  return { records, places, skipped, notes: [...geometryNotes(counts), ...times.notes] }
}

function propertiesOf(feature: Json): Json {
  return isJson(feature.properties) ? feature.properties : {}
}

function whatItIs(value: unknown): FoundValue {
  if (value === null) return { code: 'null' }
  if (Array.isArray(value)) return { code: 'aList' }
  if (isJson(value))
    return typeof value.type === 'string'
      ? { code: 'typed', type: value.type.slice(0, 40) }
      : { code: 'object' }
  return { code: 'value', shown: JSON.stringify(value).slice(0, 60) }
}

function geometryNotes(counts: {
  points: number
  centroids: number
  none: number
  unread: ReadonlyMap<'notNumbers' | 'empty', number[]>
}): ReadNote[] {
  const { points, centroids, none } = counts
  const notes: ReadNote[] = [{ code: 'geojsonPlaces', points, centroids, none }]
  for (const [reason, features] of counts.unread)
    notes.push({ code: 'geojsonUnreadGeometry', reason, features })
  return notes
}
