import type { DatasetResult, Importer } from '../importer'
import { keptItems } from '../kept-items'
import type { NamedText } from '../named-text'
import { refused } from '../read-refusal'
import { timelineToDataset } from './timesketch-events'
import {
  isTimelineJsonLines,
  readTimelineCsv,
  readTimelineJsonLines,
  timelineHeader,
} from './timesketch-rows'

/**
 * A forensic timeline in Timesketch's import layout or plaso's "dynamic" output: a CSV whose header
 * names `message`, `timestamp_desc` and `datetime` (or `timestamp`), or JSON Lines whose first object
 * has those fields. Recognised by that header or first line, over the generic CSV and JSON readers.
 */
export const timesketchTimeline: Importer = {
  name: 'Timesketch timeline',
  recognise: (input) => (input.files.some(isTimeline) ? 0.9 : 0),
  read: (input) => {
    const file = input.files.find(isTimeline)
    return file ? datasetFromTimeline(file) : refused({ code: 'declined', format: 'Timesketch timeline' })
  },
}

const isTimeline = (file: NamedText) =>
  file.bytes === undefined && (timelineHeader(file.text) !== null || isTimelineJsonLines(file.text))

function datasetFromTimeline(file: NamedText): DatasetResult {
  const rows = timelineHeader(file.text) ? readTimelineCsv(file.text) : readTimelineJsonLines(file.text)
  const read = timelineToDataset(rows, file.name)
  const kept = keptItems(read, rows.total, { code: 'noneKept', file: file.name, format: 'timeline' })
  return kept.ok ? { ...kept, notes: [...read.notes, ...kept.notes] } : kept
}
