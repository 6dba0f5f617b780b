// Writes public/data/story-timeline.schema.json from the zod schema. A unit test fails when the
// committed file is out of date, so run this after changing src/dataset/format/schema.ts.
import { writeFileSync } from 'node:fs'
import { datasetJsonSchemaText } from '../src/dataset/format/json-schema'

const target = 'public/data/story-timeline.schema.json'
writeFileSync(target, datasetJsonSchemaText())
console.log(`wrote ${target}`)
