import type { core } from 'zod'
import { formatCount } from '../../lib/format-count'
import { showInvisible } from '../../lib/visible-text'
import { type Dataset, datasetSchema } from '../format/schema'
import type { DatasetIssue } from './dataset-issue'
import { fastCheck } from './fast-validate'
import { looseReferenceProblems } from './loose-references'

export type ValidationResult =
  /** `unchanged`: the dataset equals the data given apart from the order of keys (nothing trimmed). */
  { ok: true; dataset: Dataset; unchanged: boolean } | { ok: false; issues: DatasetIssue[] }

/** Validates untrusted data (parsed JSON) against the format; never throws. */
export function validateDataset(data: unknown): ValidationResult {
  // Most datasets are valid: a quick yes first; zod decides the rest and says what is wrong.
  const accepted = fastCheck(data)
  if (accepted) return { ok: true, ...accepted }
  const result = datasetSchema.safeParse(data, { reportInput: true })
  if (result.success) return { ok: true, dataset: result.data, unchanged: false }
  const issues = result.error.issues.flatMap(toDatasetIssues)
  // The schema checks references only once the shape is valid: say the broken ones now, not after
  // the shape is mended.
  const said = new Set(issues.map((issue) => issue.path))
  for (const problem of looseReferenceProblems(data)) {
    const path = formatPath(problem.path)
    if (said.has(path)) continue
    issues.push({ path, expected: problem.expected, found: describeValue(problem.found) })
  }
  return { ok: false, issues }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`
      const key = String(part)
      // A key that is not a plain name (an unknown field called " " or "a.b") is quoted.
      if (!/^[$a-zA-Z_][$a-zA-Z0-9_-]*$/.test(key)) return `[${JSON.stringify(key)}]`
      return `${index === 0 ? '' : '.'}${key}`
    })
    .join('')
}

function toDatasetIssues(issue: core.$ZodIssue): DatasetIssue[] {
  const path = formatPath(issue.path)
  const input = 'input' in issue ? issue.input : undefined
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, expected: describeType(issue.expected), found: describeValue(input) }]
    case 'invalid_value':
      return [
        {
          path,
          expected: `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`,
          found: describeValue(input),
        },
      ]
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        expected: 'only the fields the format defines',
        found: 'an unknown field',
      }))
    case 'too_small':
      return [
        {
          path,
          expected: fromMessage(issue.message, `at least ${issue.minimum}`),
          found: describeValue(input),
        },
      ]
    case 'too_big':
      return [
        {
          path,
          expected: fromMessage(issue.message, `at most ${issue.maximum}`),
          found: describeValue(input),
        },
      ]
    case 'invalid_format':
      return [
        {
          path,
          expected: fromMessage(issue.message, `a valid ${issue.format}`),
          found: describeValue(input),
        },
      ]
    default:
      return [{ path, expected: issue.message, found: describeValue(input) }]
  }
}

// zod's own English messages start with a capital ("Too small: ..."); ours are phrased as what was expected.
function fromMessage(message: string, fallback: string): string {
  return /^[A-Z]/.test(message) ? fallback : message
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'an object',
    boolean: 'true or false',
  }
  return names[expected] ?? expected
}

/** A short, safe description of a value found in the data. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    if (value.length <= 60) return showInvisible(JSON.stringify(value))
    return `${showInvisible(JSON.stringify(`${value.slice(0, 57)}…`))} (${formatCount(value.length)} characters)`
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'object') return 'an object'
  return typeof value
}
