import type { FileWhat, Refusal } from './read-refusal'
import { isSheetReview } from './sheet/column-reason'

// A refusal as the load worker sends it, read field by field where the page receives it. Loaded only
// when a file was refused (load/checked-refusal.ts): the first view does not carry it.

type Fields = Record<string, unknown>
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isText = (value: unknown): value is string => typeof value === 'string'
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText)
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
const among =
  (...values: string[]) =>
  (value: unknown) =>
    typeof value === 'string' && values.includes(value)
const isSheetKind = among('CSV', 'workbook sheet', 'JSON list', 'TimeMap workbook', 'sheet')
const isMapKind = among('KML', 'GPX')

export function isFileWhat(value: unknown): value is FileWhat {
  if (!isRecord(value) || !isText(value.file)) return false
  switch (value.code) {
    case 'sheet':
      return true
    case 'workbook':
      return isCount(value.sheets)
    case 'jsonList':
      return isCount(value.count) && (value.field === null || isText(value.field))
    case 'jsonLines':
      return isCount(value.lines)
    case 'queryResults':
      return typeof value.simple === 'boolean' && isCount(value.rows)
    case 'geojson':
      return typeof value.single === 'boolean' && isCount(value.features)
    default:
      return false
  }
}

const BY_CODE: Record<Refusal['code'], (value: Fields) => boolean> = {
  declined: (value) => isText(value.format),
  noEventsFile: () => true,
  notJson: (value) => isText(value.file),
  invalidDataset: (value) => isText(value.file) && isCount(value.problems),
  jsonNeither: (value) => isText(value.file) && isTexts(value.fields) && isCount(value.more),
  savedWebPage: (value) => value.file === null || isText(value.file),
  workbookAsText: (value) => value.file === null || isText(value.file),
  zipBomb: (value) => isText(value.file) && isCount(value.unpacked) && isCount(value.packed),
  zipNotWorkbook: (value) => isText(value.file) && isTexts(value.entries) && isCount(value.count),
  workbookUnreadable: (value) => isText(value.file) && isText(value.detail),
  noSheetWithRows: (value) => isText(value.file) && isCount(value.sheets),
  noSheet: (value) => isText(value.file),
  notReadAs: (value) => isText(value.file) && isSheetKind(value.kind),
  invalidSheet: (value) => isText(value.file) && isSheetKind(value.kind) && isCount(value.problems),
  noRecordList: (value) => isText(value.file),
  notFlatRecords: (value) => isFileWhat(value.what),
  fieldsNotEvents: (value) => isFileWhat(value.what),
  noneRecord: (value) => isFileWhat(value.what),
  noneRead: (value) => isFileWhat(value.what),
  noneFeature: (value) => isFileWhat(value.what),
  mapEmpty: (value) => isText(value.file) && isMapKind(value.kind) && isTexts(value.links),
  mapUntimed: (value) => isText(value.file) && isMapKind(value.kind) && isCount(value.features),
  noneKept: (value) =>
    isText(value.file) && among('iCalendar', 'TimelineJS', 'GDELT', 'timeline')(value.format),
  chooseColumns: (value) => isFileWhat(value.what) && (value.review === null || isSheetReview(value.review)),
}

const CHECKS: ReadonlyMap<unknown, (value: Fields) => boolean> = new Map(Object.entries(BY_CODE))

/** Whether a value is a refusal, every field as its code says. */
export function isRefusal(value: unknown): value is Refusal {
  if (!isRecord(value)) return false
  return CHECKS.get(value.code)?.(value) ?? false
}
