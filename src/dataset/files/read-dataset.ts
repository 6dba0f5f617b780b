import type { DatasetRead } from '../import/dataset-read'
import { isJsonText, type NamedText } from '../import/named-text'
import type { ReadRefusal } from '../import/read-refusal'
import type { ReadOptions, SheetHead } from '../import/sheet/sheet-head'
import type { ReadNote } from '../notes/read-note'
import { hasDuplicateKeys } from '../validate/duplicate-keys'
import { fastCheck } from '../validate/fast-validate'

export type ReadFailure =
  | ({ ok: false; kind: 'syntax' | 'invalid' } & ReadRefusal)
  /** A sheet whose columns the reader is to choose before it opens (the mapping step). */
  | ({ ok: false; kind: 'mapping'; head: SheetHead } & ReadRefusal)
export type ReadResult =
  | ({
      ok: true
      /**
       * True when the dataset is the one JSON file's parse exactly (no text needed trimming): whoever
       * parses the same text again holds the validated dataset.
       */
      unchanged: boolean
      /**
       * True when the dataset is the one given to `onUnchecked` (apart from the order of keys): whoever
       * holds that holds the validated dataset.
       */
      asUnchecked?: boolean
    } & DatasetRead)
  | ReadFailure

/**
 * Reads what a person opened (one JSON dataset, or an events CSV with an optional quotes CSV) into a
 * valid dataset, or the list of what is wrong with it. Never throws. Used by the load worker.
 */
export async function readDataset(texts: NamedText[], options: ReadOptions = {}): Promise<ReadResult> {
  const result = await readTexts(texts, options)
  const notes = encodingNotes(texts)
  return result.ok && notes.length ? { ...result, notes: [...notes, ...result.notes] } : result
}

// Said before anything else: every letter beyond English's in the file depends on it.
function encodingNotes(texts: NamedText[]): ReadNote[] {
  return texts
    .filter((file) => file.encoding === 'windows-1252')
    .map((file) => ({ code: 'windows1252', file: file.name }))
}

async function readTexts(texts: NamedText[], options: ReadOptions): Promise<ReadResult> {
  const quick = await readSingleJsonDataset(texts)
  if (quick) return quick
  // Not one valid JSON dataset: the full reader (CSV, several files, zod's error reports) loads only
  // now: left out of the load worker's first script, which is parsed before any dataset can be read
  // (see docs/decisions/load-order.md).
  // A workbook's importer loads SheetJS, which nothing else needs, only for a workbook.
  const { importFiles } = await import('../import/registry')
  const result = await importFiles(texts, options)
  if (!result.ok) {
    const { head, ...failure } = result
    return head
      ? { ...failure, kind: 'mapping', head }
      : { ...failure, kind: failure.issues.length ? 'invalid' : 'syntax' }
  }
  // Rare: a JSON file that the fast path left to zod, and zod took (it is parsed again for its notes).
  const json = parseSingleJson(texts)
  const notes = json ? await jsonNotes(json.file, json.parsed) : []
  return {
    ok: true,
    dataset: result.dataset,
    unchanged: false,
    notes: [...result.notes, ...notes],
    leftOut: result.leftOut,
    ...(result.head ? { head: result.head } : {}),
    ...(result.unchanged && options.onUnchecked ? { asUnchecked: true } : {}),
  }
}

/**
 * The common case, one valid JSON dataset such as the built-in story, checked by the fast path alone
 * (no zod), on the page. Null for anything else: the full reader, in the worker, decides and says
 * what is wrong.
 */
export async function readSingleJsonDataset(
  texts: NamedText[],
): Promise<Extract<ReadResult, { ok: true }> | null> {
  const json = parseSingleJson(texts)
  const quick = json && fastCheck(json.parsed)
  return json && quick
    ? { ok: true, ...quick, notes: await jsonNotes(json.file, json.parsed), leftOut: [] }
    : null
}

function parseSingleJson(texts: NamedText[]): { file: NamedText; parsed: unknown } | null {
  const [only] = texts
  if (texts.length !== 1 || !only || !isJsonText(only)) return null
  try {
    return { file: only, parsed: JSON.parse(only.text) }
  } catch {
    return null
  }
}

// JSON.parse keeps the last of a key written twice: say so, and where (the first few places).
const KEY_PLACES = 5
async function jsonNotes(file: NamedText, parsed: unknown): Promise<ReadNote[]> {
  if (!hasDuplicateKeys(file.text, parsed)) return []
  const { duplicateKeyPlaces } = await import('../validate/duplicate-key-places')
  const places = duplicateKeyPlaces(file.text, KEY_PLACES)
  return [{ code: 'jsonKeysTwice', file: file.name, places, more: places.length >= KEY_PLACES }]
}
