import type { EdtfProblem } from './story-date'

/**
 * Why a cell is no date the sheet's date readers read (import/values/written-dates.ts and its
 * kin make these), as a code with what it found where that helps: the mapping step's preview and the
 * notes word it in the reader's language (components/reasons/); dateProblemInEnglish
 * (import/values/date-problem-english.ts) writes it for the list of rows left out and logs. Declared
 * here, beside EdtfProblem which it carries, because a row's problem (validate/dataset-issue.ts) names
 * it and validation builds on dates, not on the importers.
 */
export type DateProblem =
  | { code: 'edtf'; problem: EdtfProblem }
  | { code: 'noSuchDay' }
  | { code: 'tooLong' }
  | { code: 'emptyCell' }
  | { code: 'noSuchTime' }
  | { code: 'excelNumber' }
  | { code: 'monthName'; found: string }
  | { code: 'hijriAlone' }
  | { code: 'noYearZero' }
  | { code: 'rangeEnd'; found: string }
  | { code: 'notADate' }

const EDTF_PROBLEMS: ReadonlySet<unknown> = new Set<EdtfProblem>([
  'spaces',
  'noSuchDay',
  'endBeforeStart',
  'noKnownEnd',
  'outsideYears',
  'notEdtf',
])
const BARE: ReadonlySet<unknown> = new Set<DateProblem['code']>([
  'noSuchDay',
  'tooLong',
  'emptyCell',
  'noSuchTime',
  'excelNumber',
  'hijriAlone',
  'noYearZero',
  'notADate',
])

/** Whether a value the load worker sent is a date's problem (checked once, where the page receives it). */
export function isDateProblem(value: unknown): value is DateProblem {
  if (typeof value !== 'object' || value === null || !('code' in value)) return false
  if (BARE.has(value.code)) return true
  if (value.code === 'edtf') return 'problem' in value && EDTF_PROBLEMS.has(value.problem)
  return (
    (value.code === 'monthName' || value.code === 'rangeEnd') &&
    'found' in value &&
    typeof value.found === 'string'
  )
}
