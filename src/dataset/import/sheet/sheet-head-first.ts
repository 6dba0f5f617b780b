import { readCsvFiles } from '../formats/csv-events'
import { isGdeltEvents } from '../formats/gdelt-events'
import { isJsonText } from '../named-text'
import { rolesForSheet, type SheetHead, type SheetOptions, sampleOf } from './sheet-head'
import { withHeaderFound } from './table-shape'

/**
 * For a large CSV or TSV whose columns the reader is to choose first: its head, read from its first
 * bytes alone, so that the mapping step shows at once however large the file (the whole file is read
 * once the reader has chosen). Null when the file is anything else or opens as its names say.
 */
export function sheetHeadFirst(name: string, start: string, options: SheetOptions): SheetHead | null {
  if (options.choice || isJsonText({ name, text: start }) || isGdeltEvents(start)) return null
  if (/^\s*</.test(start.slice(0, 100))) return null
  // The last line of the piece is cut off: it is left out, the rows before it are whole.
  const lastBreak = start.lastIndexOf('\n')
  if (lastBreak === -1) return null
  const read = readCsvFiles(start.slice(0, lastBreak + 1), name)
  if (!read.ok) return null
  const sample = sampleOf(name, withHeaderFound(read.events), null, read.skipped)
  const decided = rolesForSheet(sample, options)
  return decided.review ? { file: name, kind: 'CSV', sheets: [sample], at: 0, ...decided } : null
}
