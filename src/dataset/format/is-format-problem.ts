import { isDateProblem } from '../dates/date-problem'
import type { FormatProblem } from './format-problem'

// A format problem as the load worker sends it, read field by field where the page receives it.

type Fields = Record<string, unknown>
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isText = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const among =
  (...values: string[]) =>
  (value: unknown) =>
    typeof value === 'string' && values.includes(value)

const BARE: ReadonlySet<unknown> = new Set<FormatProblem['code']>([
  'knownField',
  'nonEmptyText',
  'paragraphFromOne',
  'slug',
  'sha256Digest',
  'webAddress',
  'countryCode',
  'countryOfCountry',
  'latitudeWithLongitude',
  'placeNamed',
  'urlOrOutlet',
  'ownActor',
  'stepText',
  'notFirstDocumentId',
  'sha256OfText',
  'wellFormedCsvRow',
])

const CHECKS: Record<string, (value: Fields) => boolean> = {
  type: (value) => among('string', 'number', 'int', 'array', 'object', 'boolean', 'other')(value.type),
  oneOf: (value) => Array.isArray(value.values) && value.values.every(isText),
  atMost: (value) => isNumber(value.max) && among('characters', 'items', 'number')(value.of),
  atLeast: (value) => isNumber(value.min),
  atLeastOne: (value) => among('paragraph', 'step', 'item')(value.of),
  validFormat: (value) => isText(value.format),
  edtf: (value) => isDateProblem({ code: 'edtf', problem: value.problem }),
  fieldOfVersion: (value) => isText(value.version),
  speakerBefore: (value) => isText(value.version),
  idIn: (value) => among('actors', 'events', 'categories', 'documents')(value.list),
  once: (value) => among('actor', 'category', 'heading', 'numberName')(value.of),
  newId: (value) => isText(value.list) && isText(value.first),
  paragraphUpTo: (value) => isNumber(value.count) && (value.document === null || isText(value.document)),
  listedHeading: (value) =>
    isNumber(value.paragraph) &&
    isText(value.headings) &&
    Array.isArray(value.listed) &&
    value.listed.every(isNumber) &&
    typeof value.more === 'boolean',
  json: (value) => isText(value.error) && isNumber(value.line) && isNumber(value.column),
  said: (value) => isText(value.english),
}

/** Whether a value is a format problem, every field as its code says. */
export function isFormatProblem(value: unknown): value is FormatProblem {
  if (!isRecord(value) || !isText(value.code)) return false
  if (BARE.has(value.code)) return true
  return Object.hasOwn(CHECKS, value.code) && (CHECKS[value.code]?.(value) ?? false)
}
