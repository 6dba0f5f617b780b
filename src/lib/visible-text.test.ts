import { expect, test } from 'vitest'
import { showInvisible } from './visible-text'

test('direction controls and invisible characters are written out; everything else is kept', () => {
  expect(showInvisible('\u202Ereversed')).toBe('\\u202Ereversed')
  expect(showInvisible('kim\u200Bjong')).toBe('kim\\u200Bjong')
  expect(showInvisible('Séoul “quoted” — كيم')).toBe('Séoul “quoted” — كيم')
})
