import { TEXT_LIMITS } from '../../format/format-constants'
import { type DatasetResult, type Importer, isRecord, jsonValue } from '../importer'
import type { NamedText } from '../named-text'
import { type FileWhat, refused } from '../read-refusal'
import { openSheet } from '../sheet/open-sheet'
import { recordsToSheet } from '../sheet/records-to-sheet'
import type { ReadOptions } from '../sheet/sheet-head'
import { sampleOf } from '../sheet/sheet-head'
import { featureRecords } from './geojson-records'

/**
 * GeoJSON (RFC 7946): a FeatureCollection, or a single Feature, of events. Each feature's properties
 * are read as a sheet's row (so its dates, titles and other columns are found as any sheet's, the
 * mapping step included), its place from its geometry (see geojson-records.ts). Recognised by its
 * content ("type": "FeatureCollection" with "features"), whatever the file's name.
 */
export const geoJson: Importer = {
  name: 'GeoJSON',
  recognise: (input) => (featuresOf(jsonValue(input)) ? 0.95 : 0),
  read: (input, options) => {
    const json = input.json()
    const found = featuresOf(jsonValue(input))
    if (!json || !found) return refused({ code: 'declined', format: 'GeoJSON' })
    return datasetFromFeatures(found, json.file, options)
  },
}

type Found = { features: readonly unknown[]; single: boolean; title: string | null }

function featuresOf(value: unknown): Found | null {
  if (!isRecord(value)) return null
  if (value.type === 'Feature') return { features: [value], single: true, title: null }
  if (value.type !== 'FeatureCollection' || !Array.isArray(value.features)) return null
  return { features: value.features, single: false, title: collectionTitle(value) }
}

// ogr2ogr writes a collection's "name", USGS's feeds a "metadata.title".
function collectionTitle(collection: Record<string, unknown>): string | null {
  const { name, title, metadata } = collection
  const found = [title, name, isRecord(metadata) ? metadata.title : undefined].find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
  )
  return found ? found.trim().slice(0, TEXT_LIMITS.storyTitle) : null
}

function datasetFromFeatures(found: Found, file: NamedText, options: ReadOptions): DatasetResult {
  const count = found.features.length
  const read = featureRecords(found.features)
  const records = recordsToSheet(read.records, (index) => read.places[index] ?? index + 1)
  const fileWhat: FileWhat = { code: 'geojson', file: file.name, single: found.single, features: count }
  if (!records) return refused({ code: 'noneFeature', what: fileWhat }, read.skipped)
  // Counted as the file holds them: items that were no feature are rows left out.
  const sheet = { ...records.sheet, total: count }
  const result = openSheet(
    { file: file.name, kind: 'JSON list', sheets: [sampleOf(file.name, sheet)], at: 0 },
    sheet,
    options,
    { skipped: read.skipped },
    [{ code: 'geojsonRead', file: file.name, single: found.single, count }, ...read.notes, ...records.notes],
    fileWhat,
  )
  if (!result.ok || !found.title) return result
  // The collection's own title names the story, as a TimelineJS title slide does.
  const dataset = {
    ...result.dataset,
    title: found.title,
    source: { ...result.dataset.source, title: found.title },
  }
  // No longer the dataset the page was given to index before the check (see ReadOptions.onUnchecked).
  return { ...result, dataset, unchanged: false }
}
