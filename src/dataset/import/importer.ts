import type { DatasetRead } from './dataset-read'
import { isJsonText, type NamedText } from './named-text'
import { readIssue } from './read-issue'
import type { ReadRefusal } from './read-refusal'
import { refused } from './read-refusal'
import type { ReadOptions, SheetHead } from './sheet/sheet-head'
import { parseJsonAllowingNonFinite, type TolerantJson } from './values/non-finite-json'

/**
 * What an importer makes of files: a valid dataset with what the reading noticed; or why not, with,
 * for a sheet whose columns the reader is to choose first, the sheet (the mapping step).
 */
export type DatasetResult =
  | ({
      ok: true
      /** For a sheet: the dataset is the one its reader made, apart from the order of keys. */
      unchanged?: boolean
    } & DatasetRead)
  | ({ ok: false; head?: SheetHead } & ReadRefusal)

/** What every importer is given: the files, and the one JSON file among them parsed, once for all. */
export type ImportInput = {
  files: readonly NamedText[]
  /**
   * The JSON file and its parse (or where its syntax breaks); null when no file is JSON. Python's NaN
   * and Infinity are read as null and counted (see non-finite-json.ts).
   */
  json: () => { file: NamedText; parsed: TolerantJson } | null
}

/**
 * One format's reader (see registry.ts): how sure it is, from the files' content, that they are its
 * format (0: not at all, 1: certain); and how it reads them into the app's format, with notes and the
 * rows it left out, never throwing. Adding a format is one such file and one line in the registry.
 */
export type Importer = {
  /** The format, as a note names it ("TimelineJS JSON"). */
  name: string
  recognise: (input: ImportInput) => number
  read: (input: ImportInput, options: ReadOptions) => DatasetResult | Promise<DatasetResult>
}

export function importInput(files: readonly NamedText[]): ImportInput {
  let json: ReturnType<ImportInput['json']> | undefined
  return {
    files,
    json: () => {
      if (json === undefined) {
        const file = files.find((candidate) => candidate.bytes === undefined && isJsonText(candidate))
        json = file ? { file, parsed: parseJsonAllowingNonFinite(file.text) } : null
      }
      return json
    },
  }
}

/** The JSON value of the input, when its one JSON file parses. */
export function jsonValue(input: ImportInput): unknown {
  const json = input.json()
  return json?.parsed.ok ? json.parsed.value : undefined
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Said when no file holds events at all (none given, or only a quotes file). */
export function noEventsFile(files: readonly NamedText[]): DatasetResult {
  return refused({ code: 'noEventsFile' }, [
    readIssue(
      { kind: 'files' },
      { code: 'datasetOrEventsCsv' },
      { code: 'files', names: files.map((file) => file.name) },
    ),
  ])
}
