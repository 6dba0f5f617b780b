import { expect, test } from 'vitest'
import { readStatus } from './read-status'

test('a status cell in the words files use', () => {
  expect(['', 'Occurred', 'planned', 'UNCONFIRMED', 'reviewed'].map(readStatus)).toEqual([
    'occurred',
    'occurred',
    'scheduled',
    'alleged',
    null,
  ])
})
