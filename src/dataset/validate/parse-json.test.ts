import { expect, test } from 'vitest'
import { parseJson } from './parse-json'

test('valid JSON gives its value', () => {
  expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } })
})

test.each([
  ['{\n  "title": "x",\n  "events": ]\n}', 'line 3, column 13', '"]"'],
  ['{"title": "x",}', 'line 1, column 15', '"}"'],
  ['{"title": ', 'line 1, column 11', 'the end of the file'],
  ['', 'line 1, column 1', 'the end of the file'],
])('a syntax error says where it is: %j', (text, path, found) => {
  const result = parseJson(text)
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.issue).toMatchObject({ path, found })
})
