/**
 * Where an importer's row is in its file, as a code with its numbers: a sheet's or a CSV's row (the
 * header is row 1), a text's line (JSON Lines, iCalendar). The page words it in the reader's language
 * (components/dataset-errors/place-words.tsx); its English (`placeInEnglish`) is the issue's `path`,
 * as the list of rows left out, logs and tests have it. A dataset's own paths ("events[2].date") are
 * the file's words, not a place's: they stay paths.
 */
export type RowPlace = {
  kind: 'row' | 'line'
  number: number
  /** A quotes file's row, counted apart from the events file's ("quotes file, row 4"). */
  quotes?: true
  /** The sheet's column, by its name in the file ('row 5, column "date"'). */
  column?: string
  /** A part of the row as the file names it: a field ("row 3, SQLDATE"), a recurring event's occurrence. */
  part?: string
  /** A dataset path within the event made of the row (".title"), where its check found a problem. */
  within?: string
}

/** Where a refused file's problem is when it is no row's: a file's header, a workbook's sheet, the file, the files. */
export type FilePlace =
  | { kind: 'header'; file: string }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'file' | 'files' }

export type IssuePlace = RowPlace | FilePlace

/** "row 5", 'quotes file, row 4, column "speaker"', "line 12, 2023-08-15T09:00:00", "row 3.title", "a.csv, header". */
export function placeInEnglish(at: IssuePlace): string {
  switch (at.kind) {
    case 'header':
      return `${at.file}, header`
    case 'sheet':
      return `sheet “${at.sheet}”`
    case 'file':
      return '(the file)'
    case 'files':
      return '(the files)'
  }
  const file = at.quotes ? 'quotes file, ' : ''
  const column = at.column === undefined ? '' : `, column "${at.column}"`
  const part = at.part === undefined ? '' : `, ${at.part}`
  return `${file}${at.kind} ${at.number}${column}${part}${at.within ?? ''}`
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const optionalText = (value: unknown) => value === undefined || typeof value === 'string'

/** Whether a value the load worker sent is an issue's place (checked once, where the page makes the outcome). */
export function isIssuePlace(value: unknown): value is IssuePlace {
  if (!isRecord(value)) return false
  if (value.kind === 'header') return typeof value.file === 'string'
  if (value.kind === 'sheet') return typeof value.sheet === 'string'
  if (value.kind === 'file' || value.kind === 'files') return true
  return (
    (value.kind === 'row' || value.kind === 'line') &&
    typeof value.number === 'number' &&
    Number.isInteger(value.number) &&
    (value.quotes === undefined || value.quotes === true) &&
    optionalText(value.column) &&
    optionalText(value.part) &&
    optionalText(value.within)
  )
}
