import { parseCommonForm } from './common-forms'
import { parseWithLibrary } from './edtf-js-reading'
import {
  type EdtfResult,
  isWithinSupportedYears,
  OUTSIDE_SUPPORTED_YEARS,
  type StoryDate,
} from './story-date'

/**
 * Reads an EDTF string; never throws. The common forms are read by hand (common-forms.ts), the rest by
 * edtf.js (edtf-js-reading.ts). A failure says why as a code (EdtfProblem).
 */
export function parseEdtf(input: string): EdtfResult {
  const cached = cache.get(input)
  if (cached) return cached
  const result = parseUncached(input)
  remember(input, result)
  return result
}

/**
 * The date of a dataset that has been validated: a date that does not parse here is a bug in this
 * code, not bad data, and throws.
 */
export function parseCheckedDate(input: string): StoryDate {
  const result = parseEdtf(input)
  if (!result.ok) throw new Error(`An unchecked date got past validation: ${input}`)
  return result.date
}

// Validation and indexing both read every date; a dataset repeats many. Bounded, so that opening one
// huge dataset after another does not grow it for ever.
const cache = new Map<string, EdtfResult>()
const CACHE_LIMIT = 250_000

function remember(input: string, result: EdtfResult): void {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(input, result)
}

function parseUncached(input: string): EdtfResult {
  const text = input.trim()
  if (text !== input || text === '') {
    return { ok: false, reason: 'spaces' }
  }
  const result = parseCommonForm(text) ?? parseWithLibrary(text)
  if (result.ok && !isWithinSupportedYears(result.date)) return OUTSIDE_SUPPORTED_YEARS
  return result
}
