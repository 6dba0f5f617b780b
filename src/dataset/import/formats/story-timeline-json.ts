import { validateDataset } from '../../validate/validate-dataset'
import { type Importer, isRecord } from '../importer'
import { refused } from '../read-refusal'

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
    if (!json) return refused({ code: 'declined', format: 'Story Timeline dataset' })
    const { file, parsed } = json
    if (!parsed.ok) return refused({ code: 'notJson', file: file.name }, [parsed.issue])
    const result = validateDataset(parsed.value)
    if (!result.ok) {
      return refused(
        claimsToBeDataset(parsed.value)
          ? { code: 'invalidDataset', file: file.name, problems: result.issues.length }
          : { code: 'jsonNeither', file: file.name, ...fieldsOf(parsed.value) },
        result.issues,
      )
    }
    return { ok: true, dataset: result.dataset, notes: [], leftOut: [] }
  },
}

export const claimsToBeDataset = (value: unknown) => isRecord(value) && 'format' in value

/** The object's first fields, and how many more it has. */
function fieldsOf(value: unknown): { fields: string[]; more: number } {
  const keys = isRecord(value) ? Object.keys(value) : []
  return { fields: keys.slice(0, 8).map((key) => key.slice(0, 40)), more: Math.max(0, keys.length - 8) }
}
