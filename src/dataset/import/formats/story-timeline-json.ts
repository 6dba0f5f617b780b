import { formatCount } from '../../../lib/format-count'
import { validateDataset } from '../../validate/validate-dataset'
import { type Importer, isRecord } from '../importer'

/**
 * This app's own format (story-timeline/1 and /2), and any JSON no other importer claims: validated,
 * every problem said by its place; an object that is neither a dataset nor holds records is named for
 * what it is, with its fields.
 */
export const storyTimelineJson: Importer = {
  name: 'Story Timeline dataset',
  recognise: (input) => {
    const json = input.json()
    if (!json) return 0
    return json.parsed.ok && claimsToBeDataset(json.parsed.value) ? 1 : 0.5
  },
  read: (input) => {
    const json = input.json()
    if (!json) return { ok: false, message: 'No JSON file was given.', issues: [] }
    const { file, parsed } = json
    if (!parsed.ok) return { ok: false, message: `${file.name} is not valid JSON.`, issues: [parsed.issue] }
    const result = validateDataset(parsed.value)
    if (!result.ok) {
      return {
        ok: false,
        message: claimsToBeDataset(parsed.value)
          ? `${file.name} is not a valid Story Timeline dataset: ${result.issues.length} problem(s).`
          : `${file.name} is JSON, but neither a Story Timeline dataset (it has no "format" field) nor a list of records that could be events${fieldsOf(parsed.value)}.`,
        issues: result.issues,
      }
    }
    return { ok: true, dataset: result.dataset, notes: [], leftOut: [] }
  },
}

export const claimsToBeDataset = (value: unknown) => isRecord(value) && 'format' in value

function fieldsOf(value: unknown): string {
  if (!isRecord(value)) return ''
  const keys = Object.keys(value)
  if (keys.length === 0) return ''
  const named = keys.slice(0, 8).map((key) => `"${key.slice(0, 40)}"`)
  return `: its fields are ${named.join(', ')}${keys.length > 8 ? ` and ${formatCount(keys.length - 8)} more` : ''}`
}
