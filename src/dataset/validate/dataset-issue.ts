import { formatCount } from '../../lib/format-count'
import { type DateProblem, isDateProblem } from '../dates/date-problem'
import { type CheckedProblem, type FormatProblem, formatProblemInEnglish } from '../format/format-problem'
import { isFormatProblem } from '../format/is-format-problem'
import { type CheckedFound, type FoundValue, foundInEnglish, isFoundValue } from './found-value'
import type { IssuePlace } from './row-place'

/**
 * One thing wrong with a dataset, said so a person can find and fix it: in English (the format's
 * words, for the list of rows left out, the dataset checker's output and logs) and, where the reader
 * that found it has them, as codes (`row`) the page words in the reader's language.
 */
export type DatasetIssue = {
  /** Where: "events[3].date", or an importer's row in English ("row 5", the English of `at`). */
  path: string
  expected: string
  found: string
  row?: RowProblem
  /** An importer's row, as a code the page words (`path` is its English). */
  at?: IssuePlace
  /** The same as codes, where the dataset's checks made it (`expected` and `found` are their English). */
  problem?: IssueProblem
}

/** A dataset's value that is not as the format says: what it should have been, what it was. */
export type IssueProblem = { expected: FormatProblem; found: FoundValue }

/**
 * A sheet's row the reader could not make an event of, as codes: its line and column, what the cell
 * should hold (a date, with why it is none; a title) and what it held (null: nothing).
 */
export type RowProblem = {
  line: number
  column: string
  expected: { code: 'date'; problem: DateProblem } | { code: 'dateParts' } | { code: 'title' }
  found: string | null
}

/** An issue of the dataset's own checks as codes, with their English (an importer's: import/read-issue.ts). */
export function codedIssue(path: string, expected: CheckedProblem, found: CheckedFound): DatasetIssue {
  return {
    path,
    expected: formatProblemInEnglish(expected),
    found: foundInEnglish(found),
    problem: { expected, found },
  }
}

export function formatIssue(issue: DatasetIssue): string {
  return `${issue.path || '(the file)'}: expected ${issue.expected}, found ${issue.found}`
}

/** Issues of one kind: the same field or column in different items or rows, the same expectation. */
export type IssueGroup = {
  first: DatasetIssue
  count: number
  places: string[]
  /** The issues whose places are kept, the first among them (a place may be a code to word). */
  shown: DatasetIssue[]
}

/**
 * Issues grouped by kind, in the order each kind first appears: 5,318 rows with one bad date are one
 * line with a count, not 5,318 lines. A kind is the path with its numbers left out, and what was
 * expected; a few of its places are kept to show.
 */
export function groupIssues(issues: readonly DatasetIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>()
  for (const issue of issues) {
    const key = `${issue.path.replace(/\d+/g, '#')}\u0000${issue.expected}`
    const group = groups.get(key)
    if (!group) groups.set(key, { first: issue, count: 1, places: [issue.path], shown: [issue] })
    else {
      group.count += 1
      if (group.places.length < 4) {
        group.places.push(issue.path)
        group.shown.push(issue)
      }
    }
  }
  return [...groups.values()]
}

/** "events[3].date: expected …, found "x"; and 5,317 more like it (events[4].date, events[9].date, …)". */
export function formatIssueGroup({ first, count, places }: Omit<IssueGroup, 'shown'>): string {
  if (count === 1) return formatIssue(first)
  const others = places.slice(1).join(', ')
  return `${formatIssue(first)}; and ${formatCount(count - 1)} more like it (${others}${count > places.length ? ', …' : ''})`
}

/** Whether a value the load worker sent is an issue's codes (checked once, where the page receives it). */
export function isIssueProblem(value: unknown): value is IssueProblem {
  return isRecord(value) && isFormatProblem(value.expected) && isFoundValue(value.found)
}

/** Whether a value the load worker sent is a row's problem (checked once, where the page receives it). */
export function isRowProblem(value: unknown): value is RowProblem {
  if (!isRecord(value)) return false
  const { line, column, expected, found } = value
  if (typeof line !== 'number' || typeof column !== 'string') return false
  if (found !== null && typeof found !== 'string') return false
  if (!isRecord(expected)) return false
  if (expected.code === 'dateParts' || expected.code === 'title') return true
  return expected.code === 'date' && isDateProblem(expected.problem)
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
