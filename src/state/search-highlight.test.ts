import fc from 'fast-check'
import { expect, test } from 'vitest'
import { foldForSearch, searchTerms } from './search'
import { matchRanges, matchSnippet } from './search-highlight'

const marked = (text: string, search: string) =>
  matchRanges(text, searchTerms(search))
    .map((range) => text.slice(range.start, range.end))
    .join('|')

test('matches are found as the search finds them: any case, accents, quotes', () => {
  expect(marked('Kim’s letter to Putin', "kim's")).toBe('Kim’s')
  expect(marked('Talks in Séoul and SEOUL', 'seoul')).toBe('Séoul|SEOUL')
  expect(marked('artillery shells and missiles', 'missiles shells')).toBe('shells|missiles')
  expect(marked('nothing here', 'colony')).toBe('')
  // Overlapping terms are one mark.
  expect(marked('Pyongyang', 'pyong yang')).toBe('Pyongyang')
  // Characters outside the BMP keep their place.
  expect(marked('🇰🇵 North Korea', 'north')).toBe('North')
})

test('every mark covers text that folds to a term, whatever the text', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
      fc.string({ maxLength: 4 }),
      (text, raw) => {
        const terms = searchTerms(raw)
        for (const range of matchRanges(text, terms)) {
          expect(range.start).toBeGreaterThanOrEqual(0)
          expect(range.end).toBeLessThanOrEqual(text.length)
          const piece = foldForSearch(text.slice(range.start, range.end).replace(/\s/g, ' '))
          expect(terms.some((term) => piece.includes(term))).toBe(true)
        }
      },
    ),
  )
})

test('a snippet shows the words around the first match', () => {
  const summary =
    'The United States accuses North Korea of supplying weapons for Russia’s war in Ukraine, including artillery shells, shoulder-fired rockets and missiles. Pyongyang and Moscow deny any arms transactions.'
  const snippet = matchSnippet(summary, searchTerms('missiles'), 30)
  expect(snippet?.text).toBe('…shoulder-fired rockets and missiles. Pyongyang and Moscow deny…')
  expect(snippet?.text.slice(snippet.ranges[0]?.start, snippet.ranges[0]?.end)).toBe('missiles')
  expect(matchSnippet(summary, searchTerms('colony'))).toBeNull()
})
