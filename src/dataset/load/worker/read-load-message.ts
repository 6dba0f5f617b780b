import type { StoryDate } from '../../dates/story-date'
import { isColumnReason, isSheetReview } from '../../import/sheet/column-reason'
import { isColumnRole } from '../../import/sheet/column-role-names'
import type { SheetOptions } from '../../import/sheet/sheet-head'
import type { ParsedDates } from '../../story-index'
import type { SentIssue } from '../../validate/sent-issue'
import { isLoadProblem } from '../load-problem'
import {
  AS_UNCHECKED,
  type LoadMessage,
  type LoadRequest,
  type LoadSource,
  SAME_AS_SOURCE,
  type SentHead,
  type WarmUp,
} from './protocol'

// What the load worker posts is data from outside the page's code (another thread, its own script):
// read here, where it arrives, field by field, so that a malformed message is a reason in words and
// never a wrong type further on. Kept free of parsing libraries: the page's first script holds it.

type Fields = Record<string, unknown>

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isText = (value: unknown): value is string => typeof value === 'string'
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText)
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value)
// By their tag, not instanceof: a buffer made in another realm (a test's) is a buffer all the same.
const isArrayBuffer = (value: unknown): value is ArrayBuffer =>
  Object.prototype.toString.call(value) === '[object ArrayBuffer]'
const isInt32Array = (value: unknown): value is Int32Array =>
  Object.prototype.toString.call(value) === '[object Int32Array]'
const oneOf =
  <T extends string>(...values: T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as string[]).includes(value)

const isStage = oneOf('reading', 'checking', 'workbook')
const isFailureKind = oneOf('network', 'http', 'stalled', 'too-large', 'syntax', 'invalid')
const isPrecision = oneOf('millennium', 'century', 'decade', 'year', 'season', 'month', 'day', 'time')

// An issue's English; its codes are checked where the outcome is made, by a checker loaded only then.
const isIssue = (value: unknown): value is SentIssue =>
  isRecord(value) && isText(value.path) && isText(value.expected) && isText(value.found)
const isIssues = (value: unknown): value is SentIssue[] => Array.isArray(value) && value.every(isIssue)

function isStoryDate(value: unknown): value is StoryDate {
  return (
    isRecord(value) &&
    isText(value.edtf) &&
    (value.shape === 'point' || value.shape === 'range') &&
    isPrecision(value.precision) &&
    isNumber(value.earliest) &&
    isNumber(value.latest) &&
    isNumber(value.anchor) &&
    typeof value.uncertain === 'boolean' &&
    typeof value.approximate === 'boolean' &&
    isText(value.label)
  )
}

function isParsedDates(value: unknown): value is ParsedDates {
  if (!isRecord(value)) return false
  const { distinct, ofEvent, published } = value
  return (
    Array.isArray(distinct) &&
    distinct.every(isStoryDate) &&
    isInt32Array(ofEvent) &&
    ofEvent.every((index) => index >= 0 && index < distinct.length) &&
    (published === undefined || isStoryDate(published))
  )
}

function isSample(value: unknown): value is SentHead['sheets'][number] {
  return (
    isRecord(value) &&
    isText(value.name) &&
    isTexts(value.header) &&
    Array.isArray(value.rows) &&
    value.rows.every((row) => isRecord(row) && Object.values(row).every(isText)) &&
    (value.total === null || isNumber(value.total)) &&
    (value.lines === undefined || (Array.isArray(value.lines) && value.lines.every(isNumber))) &&
    (value.skipped === undefined || isIssues(value.skipped))
  )
}

const isRoleSource = oneOf('name', 'values', 'none', 'chosen', 'remembered')

function isHead(value: unknown): value is SentHead {
  return (
    isRecord(value) &&
    isText(value.file) &&
    oneOf('CSV', 'workbook sheet', 'JSON list')(value.kind) &&
    Array.isArray(value.sheets) &&
    value.sheets.every(isSample) &&
    Number.isInteger(value.at) &&
    isRecord(value.roles) &&
    Object.values(value.roles).every(isColumnRole) &&
    isRecord(value.by) &&
    Object.values(value.by).every(isRoleSource) &&
    (value.review === null || isSheetReview(value.review)) &&
    (value.why === undefined || (isRecord(value.why) && Object.values(value.why).every(isColumnReason))) &&
    (value.dateOrder === undefined || oneOf('day-first', 'month-first')(value.dateOrder))
  )
}

const hasNotes = (message: Fields) =>
  // Each note is checked where the story is made, with the checker loaded only when there are notes.
  Array.isArray(message.notes) &&
  isIssues(message.leftOut) &&
  (message.head === undefined || isHead(message.head))

/** Whether `data` is a message the load worker sends, every field its type names as it should be. */
function isLoadMessage(data: unknown): data is LoadMessage {
  if (!isRecord(data)) return false
  switch (data.type) {
    case 'progress':
      return isStage(data.stage) && isNumber(data.fraction)
    case 'downloaded':
      return isArrayBuffer(data.bytes)
    case 'unchecked-events':
      return isText(data.json)
    case 'unchecked':
      return isRecord(data.rest) && isText(data.rest.json) && isParsedDates(data.dates)
    case 'done':
      if (!hasNotes(data)) return false
      if (data.dataset === SAME_AS_SOURCE) return data.dates === null || isParsedDates(data.dates)
      if (data.dataset === AS_UNCHECKED) return data.dates === null
      return isRecord(data.dataset) && isText(data.dataset.json) && isParsedDates(data.dates)
    case 'choose-columns':
      // The refusal is checked where the outcome is made, by a checker loaded only then.
      return isHead(data.head) && isText(data.message) && isIssues(data.issues) && 'refusal' in data
    case 'failed':
      return (
        isFailureKind(data.kind) &&
        isText(data.message) &&
        isIssues(data.issues) &&
        (isLoadProblem(data.problem) || 'refusal' in data)
      )
    default:
      return false
  }
}

/** The message as the type it says it is, or why it is not one the worker sends. */
export function readLoadMessage(
  data: unknown,
): { ok: true; message: LoadMessage } | { ok: false; reason: string } {
  if (isLoadMessage(data)) return { ok: true, message: data }
  const type = isRecord(data) && isText(data.type) ? `a “${data.type.slice(0, 40)}” message` : 'a message'
  return { ok: false, reason: `the load worker sent ${type} that is not as it should be` }
}

// What the page asks of the worker is read the same way on the worker's side.

const isRoles = (value: unknown): boolean => isRecord(value) && Object.values(value).every(isColumnRole)
const isDateOrder = oneOf('day-first', 'month-first')

function isSheetOptions(value: unknown): value is SheetOptions {
  if (!isRecord(value)) return false
  const { choice, remembered } = value
  const choiceFits =
    choice === undefined ||
    (isRecord(choice) &&
      isRoles(choice.roles) &&
      (choice.sheet === undefined || isText(choice.sheet)) &&
      (choice.dateOrder === undefined || isDateOrder(choice.dateOrder)))
  const rememberedFits =
    remembered === undefined ||
    (isRecord(remembered) &&
      Object.values(remembered).every(
        (kept) =>
          isRecord(kept) &&
          Array.isArray(kept.roles) &&
          kept.roles.every(isColumnRole) &&
          (kept.dateOrder === undefined || isDateOrder(kept.dateOrder)),
      ))
  return choiceFits && rememberedFits
}

function isSource(value: unknown): value is LoadSource {
  return (
    isRecord(value) &&
    isText(value.name) &&
    (isText(value.content) || value.content instanceof Blob) &&
    (value.encoding === undefined || value.encoding === 'windows-1252')
  )
}

function isLoadRequest(data: unknown): data is LoadRequest | WarmUp {
  if (!isRecord(data)) return false
  if (data.warmUp === true) return true
  if (data.sendUnchecked !== undefined && typeof data.sendUnchecked !== 'boolean') return false
  if ('download' in data) return isText(data.download)
  return (
    Array.isArray(data.sources) &&
    data.sources.every(isSource) &&
    typeof data.reportProgress === 'boolean' &&
    (data.options === undefined || isSheetOptions(data.options))
  )
}

/** The page's request as the type it says it is, or null for anything else (answered as a failure). */
export function readLoadRequest(data: unknown): LoadRequest | WarmUp | null {
  return isLoadRequest(data) ? data : null
}
