import { readableNow } from '../dates/read-edtf'
import { isIsoCountryCode } from '../format/country-codes'
import { TEXT_LIMITS } from '../format/format-constants'
import { FIELDS_ADDED, type FieldPlace, versionRank } from '../format/format-versions'

// The fast path's checks of single values (see fast-validate.ts): each returns the value as zod would
// output it, or throws NOT_SURE for zod to decide.

export type Json = Record<string, unknown>

/** Thrown inside the fast path to give up; never escapes it. */
export const NOT_SURE = Symbol('not sure')

/**
 * What a check has seen so far: texts trimmed (counted by text()) and the rank of the file's format
 * version (see versionRank). Read as a check goes (checks are synchronous, never nested).
 */
export const progress = { trims: 0, rank: 0 }

// The table of which version added which field, with the versions as ranks, read once.
const ADDED = Object.fromEntries(
  Object.entries(FIELDS_ADDED).map(([place, fields]) => [
    place,
    Object.entries(fields).map(([field, version]) => [field, versionRank(version)] as const),
  ]),
)

/** Gives up on a field newer than the file's version: zod names it and says what to do. */
export function noNewerFields(input: Json, place: FieldPlace): void {
  for (const [field, rank] of ADDED[place] ?? []) {
    if (rank > progress.rank && Object.hasOwn(input, field)) throw NOT_SURE
  }
}

// An object as JSON.parse makes it, with no field the format does not define.
export function plainObject(value: unknown, keys: ReadonlySet<string>): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw NOT_SURE
  if (Object.getPrototypeOf(value) !== Object.prototype) throw NOT_SURE
  for (const key in value) if (!keys.has(key)) throw NOT_SURE
  // Checked just above: a plain object of JSON, its keys among those given.
  return value as Json
}

// A field that is absent is absent; one that is present must be valid (zod reads `undefined` its own way).
export function optional<T>(input: Json, key: string, check: (value: unknown) => T): T | undefined {
  if (!Object.hasOwn(input, key)) return undefined
  const value = input[key]
  if (value === undefined) throw NOT_SURE
  return check(value)
}

/** The list itself once each item passes `check` (which returns its item unchanged). */
export function every<T>(list: unknown[], check: (item: unknown) => T): T[] {
  for (const item of list) check(item)
  // Each item passed `check`, which returns its item as it is: the list is a list of T.
  return list as T[]
}

export function array(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw NOT_SURE
  return value
}

export function string(value: unknown): string {
  if (typeof value !== 'string') throw NOT_SURE
  return value
}

export function text(value: unknown, max: number): string {
  const original = string(value)
  const trimmed = original.trim()
  if (trimmed.length === 0 || trimmed.length > max) throw NOT_SURE
  if (trimmed.length !== original.length) progress.trims += 1
  return trimmed
}

// A text kept as it is (a quote's context, a document's text): not trimmed, only its length checked.
export function untrimmed(value: unknown, max: number): string {
  const kept = string(value)
  if (kept.length === 0 || kept.length > max) throw NOT_SURE
  return kept
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export function slug(value: unknown): string {
  const id = string(value)
  if (id.length > 120 || !SLUG.test(id)) throw NOT_SURE
  return id
}

export function edtfDate(value: unknown): string {
  const date = string(value)
  // A form past the common ones before edtf.js has loaded: zod's path, which loads it, decides.
  if (!readableNow(date)?.ok) throw NOT_SURE
  return date
}

export function countryCode(value: unknown): string {
  const code = string(value)
  if (!isIsoCountryCode(code)) throw NOT_SURE
  return code
}

export function paragraphNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw NOT_SURE
  return value
}

// Only the plain case, where zod's URL check (it trims, strips tabs and newlines, parses, and checks
// the protocol) keeps the text as it is: anything else goes to zod.
const WEB_ADDRESS = /^https?:\/\/\S+$/i
export function webAddress(value: unknown): string {
  const address = string(value)
  if (address.length > TEXT_LIMITS.url || !WEB_ADDRESS.test(address) || !canParseUrl(address)) throw NOT_SURE
  return address
}

function canParseUrl(address: string): boolean {
  try {
    new URL(address)
    return true
  } catch {
    return false
  }
}
