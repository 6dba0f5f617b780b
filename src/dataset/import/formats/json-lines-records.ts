import type { DatasetResult, Importer } from '../importer'
import type { NamedText } from '../named-text'
import { type FileWhat, refused } from '../read-refusal'
import { openSheet } from '../sheet/open-sheet'
import { recordsToSheet } from '../sheet/records-to-sheet'
import type { ReadOptions } from '../sheet/sheet-head'
import { sampleOf } from '../sheet/sheet-head'
import { isJsonLines, readJsonLines } from './json-lines'

/**
 * JSON Lines (NDJSON): one JSON record a line, as logs and exports write them. Read as a JSON list of
 * records is (each record a row of a sheet, its nested fields flattened: see records-to-sheet.ts), a
 * broken line left out with its line. Timelines in this layout are Timesketch's (see timesketch.ts).
 */
export const jsonLinesRecords: Importer = {
  name: 'JSON Lines records',
  recognise: (input) => (input.files.some(isLines) ? 0.8 : 0),
  read: (input, options) => {
    const file = input.files.find(isLines)
    return file
      ? datasetFromLines(file, options)
      : refused({ code: 'declined', format: 'JSON Lines records' })
  },
}

const isLines = (file: NamedText) => file.bytes === undefined && isJsonLines(file.text)

function datasetFromLines(file: NamedText, options: ReadOptions): DatasetResult {
  const read = readJsonLines(file.text, 'row')
  const records = recordsToSheet(read.records, (index) => read.lines[index] ?? index + 1)
  const fileWhat: FileWhat = { code: 'jsonLines', file: file.name, lines: read.total }
  if (!records) return refused({ code: 'noneRecord', what: fileWhat }, read.skipped)
  const sheet = { ...records.sheet, total: read.total }
  return openSheet(
    { file: file.name, kind: 'JSON list', sheets: [sampleOf(file.name, sheet)], at: 0 },
    sheet,
    options,
    { skipped: read.skipped },
    [{ code: 'recordsLines', file: file.name, count: read.total }, ...records.notes],
    fileWhat,
  )
}
