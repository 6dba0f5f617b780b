import { parseCommonForm } from './common-forms'
import {
  type EdtfResult,
  isWithinSupportedYears,
  OUTSIDE_SUPPORTED_YEARS,
  type StoryDate,
} from './story-date'

// Reading an EDTF string, with edtf.js's general grammar (14 kB gzip with its parser, nearley) plugged
// in by parse-edtf.ts rather than imported here: the page's first view reads its story's dates here, and
// nearly every dataset writes only the common forms (common-forms.ts), so the grammar stays out of
// the first view's code. Code that may meet any form imports parseEdtf from parse-edtf.ts, which plugs
// it in; the page's own index of a dataset waits for it when a date needs it (readyToRead).
// See docs/decisions/edtf-after-first-view.md.

type Reader = (text: string) => EdtfResult

let readOtherForms: Reader | null = null

/** Plugs in the reader of every form past the common ones (parse-edtf.ts does). */
export function readOtherFormsWith(reader: Reader): void {
  readOtherForms = reader
}

/**
 * Reads an EDTF string; never throws once edtf.js is plugged in (before, a form past the common ones is
 * a bug in the caller, which throws). A failure says why as a code (EdtfProblem).
 */
export function readEdtf(input: string): EdtfResult {
  const result = readableNow(input)
  if (result) return result
  throw new Error(`The date ${JSON.stringify(input)} was read before parse-edtf.ts had loaded`)
}

/** What parseEdtf answers, or null where that takes edtf.js and it has not loaded yet. */
export function readableNow(input: string): EdtfResult | null {
  const cached = cache.get(input)
  if (cached) return cached
  const result = parseUncached(input)
  if (result) remember(input, result)
  return result
}

/**
 * The date of a dataset that has been validated: a date that does not parse here is a bug in this
 * code, not bad data, and throws.
 */
export function parseCheckedDate(input: string): StoryDate {
  const result = readEdtf(input)
  if (!result.ok) throw new Error(`An unchecked date got past validation: ${input}`)
  return result.date
}

/** Whether every form can be read now (edtf.js is plugged in). */
export const readsEveryForm = (): boolean => readOtherForms !== null

/** Resolves once every one of `texts` can be read: at once, or when edtf.js has loaded. */
export async function readyToRead(texts: Iterable<string>): Promise<void> {
  if (readOtherForms) return
  for (const text of texts) {
    if (readableNow(text) === null) {
      const { parseWithLibrary } = await import('./edtf-js-reading')
      readOtherFormsWith(parseWithLibrary)
      return
    }
  }
}

// Validation and indexing both read every date; a dataset repeats many. Bounded, so that opening one
// huge dataset after another does not grow it for ever.
const cache = new Map<string, EdtfResult>()
const CACHE_LIMIT = 250_000

function remember(input: string, result: EdtfResult): void {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(input, result)
}

function parseUncached(input: string): EdtfResult | null {
  const text = input.trim()
  if (text !== input || text === '') {
    return { ok: false, reason: 'spaces' }
  }
  const result = parseCommonForm(text) ?? readOtherForms?.(text) ?? null
  if (result?.ok && !isWithinSupportedYears(result.date)) return OUTSIDE_SUPPORTED_YEARS
  return result
}
