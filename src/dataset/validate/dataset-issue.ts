import { formatCount } from '../../lib/format-count'

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

/** Issues of one kind: the same field or column in different items or rows, the same expectation. */
export type IssueGroup = { first: DatasetIssue; count: number; places: string[] }

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
    if (!group) groups.set(key, { first: issue, count: 1, places: [issue.path] })
    else {
      group.count += 1
      if (group.places.length < 4) group.places.push(issue.path)
    }
  }
  return [...groups.values()]
}

/** "events[3].date: expected …, found "x"; and 5,317 more like it (events[4].date, events[9].date, …)". */
export function formatIssueGroup({ first, count, places }: IssueGroup): string {
  if (count === 1) return formatIssue(first)
  const others = places.slice(1).join(', ')
  return `${formatIssue(first)}; and ${formatCount(count - 1)} more like it (${others}${count > places.length ? ', …' : ''})`
}
