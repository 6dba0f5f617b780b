import { csvEvents } from './formats/csv-events'
import { gdeltEvents } from './formats/gdelt-events'
import { geoJson } from './formats/geojson'
import { iCalendar } from './formats/icalendar'
import { jsonLinesRecords } from './formats/json-lines-records'
import { jsonRecords } from './formats/json-records'
import { kmlGpx } from './formats/kml-gpx'
import { webPage, workbookAsText } from './formats/not-a-dataset'
import { storyTimelineJson } from './formats/story-timeline-json'
import { timelineJsJson } from './formats/timelinejs-json'
import { timesketchTimeline } from './formats/timesketch'
import { wikidataResults } from './formats/wikidata'
import { workbook } from './formats/workbook'
import { type DatasetResult, type Importer, type ImportInput, importInput, noEventsFile } from './importer'
import type { NamedText } from './named-text'
import type { ReadOptions } from './sheet/sheet-head'

/**
 * Every format the app reads, one importer each (see importer.ts): the one most sure of the files,
 * by their content, reads them; of two as sure, the first here. A new format is a file in formats/
 * and a line here.
 */
export const IMPORTERS: readonly Importer[] = [
  webPage,
  workbookAsText,
  workbook,
  timelineJsJson,
  geoJson,
  wikidataResults,
  jsonRecords,
  storyTimelineJson,
  gdeltEvents,
  iCalendar,
  timesketchTimeline,
  kmlGpx,
  jsonLinesRecords,
  csvEvents,
]

/** The importer that reads these files: the surest, or null when none recognises them at all. */
export function pickImporter(files: readonly NamedText[]): Importer | null {
  return surest(importInput(files))
}

/**
 * The full reader: what a person opened (one dataset file, a sheet, a sheet with a quotes CSV, a
 * workbook) as a valid dataset, or the list of what is wrong with it, each problem by place. Never
 * throws. Loads zod and the CSV parser: see files/read-dataset.ts for the fast path before it.
 */
export async function importFiles(
  files: readonly NamedText[],
  options: ReadOptions = {},
): Promise<DatasetResult> {
  const input = importInput(files)
  const importer = surest(input)
  if (!importer) return noEventsFile(files)
  const result = await importer.read(input, options)
  // A JSON file's NaN and Infinity, read as empty values, are said once whatever format read them.
  const json = input.json()
  const nonFinite = json?.parsed.nonFinite
  return result.ok && json && nonFinite
    ? {
        ...result,
        notes: [{ code: 'jsonNonFinite', file: json.file.name, count: nonFinite }, ...result.notes],
      }
    : result
}

function surest(input: ImportInput): Importer | null {
  let best: { importer: Importer; confidence: number } | null = null
  for (const importer of IMPORTERS) {
    const confidence = importer.recognise(input)
    if (confidence > 0 && (best === null || confidence > best.confidence)) best = { importer, confidence }
  }
  return best?.importer ?? null
}
