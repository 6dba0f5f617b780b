import { expect, test } from 'vitest'
import { foldForSearch } from './search'

test('folds case, accents, typographic quotes and dashes, and runs of space', () => {
  expect(foldForSearch('  Kim’s  “New Era” – Séoul\n\tTalks ')).toBe('kim\'s "new era" - seoul talks')
  expect(foldForSearch('Plain ASCII,\n  Tabs\tand CAPS')).toBe('plain ascii, tabs and caps')
  expect(foldForSearch('no\u00a0break')).toBe('no break')
})
