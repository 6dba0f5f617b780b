import { type DatasetIssue, isIssueProblem, isRowProblem } from './dataset-issue'
import { isIssuePlace } from './row-place'

/**
 * An issue as the load worker sends it: its English (path, expected, found) checked where the message
 * arrives; its codes (a sheet row's problem, a row's place, what was expected and found) checked where
 * the page makes the load's outcome, by a checker fetched only then (load/answer-checkers.ts), so that
 * the first view carries no importer's codes.
 */
export type SentIssue = Pick<DatasetIssue, 'path' | 'expected' | 'found'> & {
  row?: unknown
  at?: unknown
  problem?: unknown
}

/** The issue with each of its codes checked as its code says; null if one is not. */
export function checkedIssue({ path, expected, found, row, at, problem }: SentIssue): DatasetIssue | null {
  const issue: DatasetIssue = { path, expected, found }
  if (row !== undefined) {
    if (!isRowProblem(row)) return null
    issue.row = row
  }
  if (at !== undefined) {
    if (!isIssuePlace(at)) return null
    issue.at = at
  }
  if (problem !== undefined) {
    if (!isIssueProblem(problem)) return null
    issue.problem = problem
  }
  return issue
}
