import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { datasetJsonSchemaText } from './json-schema'

test('the published JSON Schema is the one the zod schema generates (run npm run generate-schema)', () => {
  const published = readFileSync('public/data/story-timeline.schema.json', 'utf8')
  expect(published).toBe(datasetJsonSchemaText())
})

test('the JSON Schema documents every top-level field', () => {
  const schema = JSON.parse(datasetJsonSchemaText())
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining(['format', 'title', 'source', 'actors', 'events', 'quotes']),
  )
  expect(schema.required).toEqual(
    expect.arrayContaining(['format', 'title', 'source', 'actors', 'events', 'quotes']),
  )
})
