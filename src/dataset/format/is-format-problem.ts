import { isDateProblem } from '../dates/date-problem'
import type { CheckedProblem, FormatProblem, ReadProblem } from './format-problem'

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

// An importer's codes, about a row it left out: never a schema check's.
const READ_BARE: ReadonlySet<unknown> = new Set<ReadProblem['code']>([
  'wellFormedCsvRow',
  'icalFieldsReadable',
  'dtstart',
  'summary',
  'tookPlace',
  'slide',
  'dateInParts',
  'headlineOrText',
  'gdeltFields',
  'yyyymmdd',
  'binding',
  'bindingValue',
  'resultRow',
  'geojsonFeature',
  'jsonObjectLine',
  'forensicTime',
  'message',
  'headerRow',
  'dateColumn',
  'titleColumn',
  'sheetOfEvents',
  'datasetOrEventsCsv',
  'atLeastOneEvent',
])
const isReadProblem = (value: Fields): value is ReadProblem =>
  READ_BARE.has(value.code) ||
  ((value.code === 'componentEnded' || value.code === 'icalReadable') && isText(value.kind)) ||
  (value.code === 'columnNamed' && isText(value.column))

/** Whether a value is one of the dataset's own checks' problems, every field as its code says. */
export function isCheckedProblem(value: unknown): value is CheckedProblem {
  if (!isRecord(value) || !isText(value.code)) return false
  if (BARE.has(value.code)) return true
  return Object.hasOwn(CHECKS, value.code) && (CHECKS[value.code]?.(value) ?? false)
}

/** Whether a value is a format problem (the checks' or an importer's), every field as its code says. */
export function isFormatProblem(value: unknown): value is FormatProblem {
  return isCheckedProblem(value) || (isRecord(value) && isReadProblem(value))
}
