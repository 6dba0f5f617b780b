import { expect, test } from 'vitest'
import { dictionary, lookup, table } from './dictionary'

const KEYS_OF_OBJECT = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
]

test.each(KEYS_OF_OBJECT)('"%s" is a plain key of a dictionary', (key) => {
  const made = dictionary([[key, 'x']])
  expect(made[key]).toBe('x')
  expect(Object.keys(made)).toEqual([key])
  expect(lookup(made, key)).toBe('x')
})

test.each(KEYS_OF_OBJECT)('a table has no entry "%s" unless it says so', (key) => {
  const months = table({ jan: 1 })
  expect(lookup(months, key)).toBeUndefined()
  expect(months[key]).toBeUndefined()
  expect(lookup({ jan: 1 }, key)).toBeUndefined()
})
