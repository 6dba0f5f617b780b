import { expect, test } from 'vitest'
import { duplicateKeyPlaces } from './duplicate-key-places'
import { hasDuplicateKeys } from './duplicate-keys'

const check = (text: string) => hasDuplicateKeys(text, JSON.parse(text))

test('a key written twice in one object is noticed, and said where', () => {
  const text = '{"title": "a", "events": [{"id": "e", "title": "x", "title": "y"}], "title": "b"}'
  expect(check(text)).toBe(true)
  expect(duplicateKeyPlaces(text)).toEqual(['events[0].title', 'title'])
})

test('keys that only look alike, or sit in different objects, are not duplicates', () => {
  expect(check('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}')).toBe(false)
  // A colon after a string value, escaped quotes, a key made of escapes.
  expect(check('{"a": "x\\": y", "b": "\\"", "\\u0063": ":"}')).toBe(false)
  expect(check('{"a": "1", "\\u0061": "2"}')).toBe(true)
  expect(check('[1, "two", {"k": null}]')).toBe(false)
})
