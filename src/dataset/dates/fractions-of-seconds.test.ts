import { expect, test } from 'vitest'
import { parseEdtf } from './parse-edtf'

test.each([
  ['2023-08-15T10:11:15.5+02:00', '2023-08-15T08:11:15.500Z'],
  ['2023-08-15T10:11:15.05Z', '2023-08-15T10:11:15.050Z'],
  ['2023-08-15T10:11:15.500Z', '2023-08-15T10:11:15.500Z'],
  // Finer than a millisecond: what a JavaScript date can hold, the written date kept as it is.
  ['2023-08-15T10:11:15.123456Z', '2023-08-15T10:11:15.123Z'],
])('%s is at %s (a fraction is of a second, not milliseconds)', (written, instant) => {
  const read = parseEdtf(written)
  if (!read.ok) throw new Error(read.reason)
  expect(new Date(read.date.earliest).toISOString()).toBe(instant)
  expect(read.date.edtf).toBe(written)
})
