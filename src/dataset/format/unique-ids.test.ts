import { expect, test } from 'vitest'
import { uniqueIds } from './slug'

test('ids are made unique with -2, -3…, also beside ids that already end so', () => {
  const unique = uniqueIds()
  expect(['a', 'a', 'a-2', 'a', 'b', 'a'].map(unique)).toEqual(['a', 'a-2', 'a-2-2', 'a-3', 'b', 'a-4'])
})

test('a hundred thousand rows titled alike get distinct ids without trying every suffix again', () => {
  const unique = uniqueIds()
  const ids = Array.from({ length: 100_000 }, () => unique('protest'))
  expect(new Set(ids).size).toBe(100_000)
  expect(ids.at(-1)).toBe('protest-100000')
})
