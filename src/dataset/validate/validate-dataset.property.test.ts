import fc from 'fast-check'
import { expect, test } from 'vitest'
import { anyJson, validDataset } from '../../testing/dataset-arbitraries'
import { validateDataset } from './validate-dataset'

test('every valid dataset validates', () => {
  fc.assert(
    fc.property(validDataset, (dataset) => {
      expect(validateDataset(dataset).ok).toBe(true)
    }),
    { numRuns: 200 },
  )
})

test('validation never throws, and anything invalid comes with errors that say where', () => {
  fc.assert(
    fc.property(anyJson, (data) => {
      const result = validateDataset(data)
      if (result.ok) return
      expect(result.issues.length).toBeGreaterThan(0)
      for (const issue of result.issues) {
        expect(issue.expected.length).toBeGreaterThan(0)
        expect(typeof issue.found).toBe('string')
        // A path names a field or item ("events[3].date"), or the whole file.
        expect(issue.path).toMatch(
          /^$|^([$a-zA-Z_][$a-zA-Z0-9_-]*|\[".*"\])(\[\d+\]|\.[$a-zA-Z_][$a-zA-Z0-9_-]*|\[".*"\])*$/,
        )
      }
    }),
    { numRuns: 500 },
  )
})
