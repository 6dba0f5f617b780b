/** One thing wrong with a dataset, said so a person can find and fix it. */
export type DatasetIssue = {
  /** Where: "events[3].date". */
  path: string
  expected: string
  found: string
}

export function formatIssue(issue: DatasetIssue): string {
  return `${issue.path || '(the file)'}: expected ${issue.expected}, found ${issue.found}`
}
