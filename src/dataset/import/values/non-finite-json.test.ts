import { expect, test } from 'vitest'
import { noteText } from '../../../testing/note-text'
import { importFiles } from '../registry'
import { parseJsonAllowingNonFinite } from './non-finite-json'

test('Python’s NaN and Infinity are read as null and counted; the same words in strings are kept', () => {
  const parsed = parseJsonAllowingNonFinite('{"a": NaN, "b": [Infinity, -Infinity], "c": "NaN Infinity"}')
  expect(parsed).toEqual({ ok: true, value: { a: null, b: [null, null], c: 'NaN Infinity' }, nonFinite: 3 })
  // Any other fault is said where it is, as before.
  expect(parsed.ok && parseJsonAllowingNonFinite('{"a": NaN,}').ok).toBe(false)
})

test('a GeoJSON with two NaN values opens whole, the values empty and said', async () => {
  const feature = (at: number, depth: string) =>
    `{"type":"Feature","geometry":{"type":"Point","coordinates":[-67.5,-28.3,${depth}]},"properties":{"date":"2026-08-2${at}T00:49:00Z","title":"Sismo ${at}","depth":${depth}}}`
  const text = `{"type":"FeatureCollection","features":[${feature(1, '10.5')},${feature(2, 'NaN')},${feature(3, '7')}]}`
  const result = await importFiles([{ name: 'sismos.geojson', text }])
  if (!result.ok) throw new Error(result.message)
  expect(result.dataset.events).toHaveLength(3)
  expect(result.notes[0]).toEqual({ code: 'jsonNonFinite', file: 'sismos.geojson', count: 2 })
  expect(noteText(result.notes[0])).toBe(
    'sismos.geojson holds 2 values written NaN or Infinity (as Python writes a missing or endless number), which JSON has no place for: they were read as empty.',
  )
})
