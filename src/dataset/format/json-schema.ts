import { z } from 'zod'
import { datasetSchema } from './schema'

/** The dataset format as JSON Schema (draft 2020-12), generated from the zod schema so they never drift. */
function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'story-timeline.schema.json',
  }
}

export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`
}
