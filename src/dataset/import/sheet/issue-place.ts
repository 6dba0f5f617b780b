import { placeInEnglish, type RowPlace } from '../../validate/row-place'

/** Where an issue is: its English, and the row's place as a code when it is a row's. */
export type Placed = { path: string; at?: RowPlace }

/**
 * Says where a dataset problem is in the sheet (or CSV) it came from: "events[3].date" is row 5 (the header is
 * row 1) of the events file.
 */
export function csvIssuePath(
  path: string,
  /** The row each event came from (events[i] is not row i + 2 once rows were left out). */
  eventLines?: readonly number[],
  columnOf: Partial<Record<string, string>> = {},
): Placed {
  const match = /^(events|quotes)\[(\d+)\]\.?([a-z]+)?/.exec(path)
  if (!match) return { path }
  const [, list, index, field] = match
  const row =
    list === 'events' && eventLines ? (eventLines[Number(index)] ?? Number(index) + 2) : Number(index) + 2
  // A quote's paragraph is its source.paragraph in the dataset, and the column "paragraph" in the CSV.
  const column =
    field === 'source' ? 'paragraph' : field && list === 'events' ? (columnOf[field] ?? field) : field
  const at: RowPlace = {
    kind: 'row',
    number: row,
    ...(list === 'quotes' ? { quotes: true } : {}),
    ...(column ? { column } : {}),
  }
  return { path: placeInEnglish(at), at }
}
