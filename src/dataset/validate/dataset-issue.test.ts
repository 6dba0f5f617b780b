import { expect, test } from 'vitest'
import { formatIssueGroup, groupIssues } from './dataset-issue'

test('problems of one kind are said once, with a count and a few of their places', () => {
  const issues = [
    ...Array.from({ length: 5318 }, (_, index) => ({
      path: `row ${index + 2}, column "date"`,
      expected: 'an EDTF date such as 2023-08-15',
      found: `"02/${(index % 28) + 1}/2022"`,
    })),
    {
      path: 'row 7, column "status"',
      expected: 'one of "occurred", "scheduled", "alleged"',
      found: '"rumour"',
    },
  ]
  const groups = groupIssues(issues)
  expect(groups.map(formatIssueGroup)).toEqual([
    'row 2, column "date": expected an EDTF date such as 2023-08-15, found "02/1/2022"; and 5,317 more like it (row 3, column "date", row 4, column "date", row 5, column "date", …)',
    'row 7, column "status": expected one of "occurred", "scheduled", "alleged", found "rumour"',
  ])
})
