// Usage: npm run generate-dataset -- --events 10000 [--seed 1] [--out file.json]
// Writes a valid synthetic dataset (see src/testing/synthetic-dataset.ts) for benchmarks and tests.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { generateDataset } from '../src/testing/synthetic-dataset'

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
})
const count = Number(values.events)
const out = values.out ?? `synthetic-${count}.json`
writeFileSync(out, JSON.stringify(generateDataset(count, Number(values.seed))))
console.log(`wrote ${out}: ${count} events`)
