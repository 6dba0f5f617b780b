import type { core } from 'zod'
import type { CheckedProblem, ValueType } from '../format/format-problem'
import { isCheckedProblem } from '../format/is-format-problem'
import { type Dataset, datasetSchema } from '../format/schema'
import { codedIssue, type DatasetIssue } from './dataset-issue'
import { fastCheck } from './fast-validate'
import { describeFound } from './found-value'
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
    issues.push(codedIssue(path, problem.expected, describeFound(problem.found)))
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
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      codedIssue(formatPath([...issue.path, key]), { code: 'knownField' }, { code: 'unknownField' }),
    )
  }
  return [codedIssue(path, expectedOf(issue), describeFound(input))]
}

const TYPES: ReadonlySet<string> = new Set<ValueType>([
  'string',
  'number',
  'int',
  'array',
  'object',
  'boolean',
])
const AT_LEAST_ONE: Readonly<Record<string, 'paragraph' | 'step'>> = {
  paragraphs: 'paragraph',
  steps: 'step',
}

// What zod's issue says was expected, as a code: the format's own checks carry theirs (problemIssue);
// zod's own are read from the issue's kind and limits.
function expectedOf(issue: core.$ZodIssue): CheckedProblem {
  const last = issue.path.at(-1)
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'type', type: TYPES.has(issue.expected) ? (issue.expected as ValueType) : 'other' }
    case 'invalid_value':
      return { code: 'oneOf', values: issue.values.map((value) => String(value)) }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { code: 'nonEmptyText' }
      if (issue.origin === 'array' && Number(issue.minimum) === 1)
        return { code: 'atLeastOne', of: (typeof last === 'string' && AT_LEAST_ONE[last]) || 'item' }
      // A paragraph's number; a document's count of paragraphs is a number at least 1.
      if (Number(issue.minimum) === 1 && issue.origin === 'number' && last !== 'paragraphs')
        return { code: 'paragraphFromOne' }
      return { code: 'atLeast', min: Number(issue.minimum) }
    case 'too_big': {
      const of = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : 'number'
      return { code: 'atMost', max: Number(issue.maximum), of }
    }
    case 'invalid_format':
      if (issue.format === 'url') return { code: 'webAddress' }
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern).includes('0-9a-f]{64}'))
        return { code: 'sha256Digest' }
      if (issue.format === 'regex') return { code: 'slug' }
      return { code: 'validFormat', format: issue.format }
    case 'custom': {
      const problem: unknown = issue.params?.problem
      // The schema's checks carry their own codes, never an importer's (a row left out).
      return isCheckedProblem(problem) ? problem : { code: 'said', english: issue.message }
    }
    default:
      return { code: 'said', english: issue.message }
  }
}
