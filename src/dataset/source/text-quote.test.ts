import { expect, test } from 'vitest'
import { findQuote } from './text-quote'

const paragraphs = ['Heading', 'He was “deeply concerned”, and later “deeply concerned” again.', 'Last one.']

test('the words in the paragraph named, the occurrence the prefix and suffix point at', () => {
  expect(
    findQuote(paragraphs, { exact: 'deeply concerned', paragraph: 2, prefix: 'later “', suffix: '” again' }),
  ).toEqual({
    paragraph: 2,
    start: 38,
    end: 54,
    moved: false,
  })
  // With no context, the first.
  expect(findQuote(paragraphs, { exact: 'deeply concerned', paragraph: 2 })?.start).toBe(8)
})

test('words no longer in their paragraph are found where the text moved them, and said to have moved', () => {
  const shifted = ['A new first paragraph.', ...paragraphs]
  expect(findQuote(shifted, { exact: 'Last one', paragraph: 3, suffix: '.' })).toEqual({
    paragraph: 4,
    start: 0,
    end: 8,
    moved: true,
  })
  expect(findQuote(shifted, { exact: 'not anywhere', paragraph: 1 })).toBeNull()
  expect(findQuote(shifted, { exact: '' })).toBeNull()
})

test('a quote whose words occur two million times in its paragraph is found in one pass, where its context points', () => {
  const text = `${'ab'.repeat(1_000_000)}XabY${'ab'.repeat(1_000_000)}`
  const prefix = `${'ab'.repeat(99)}X`
  expect(findQuote([text], { exact: 'ab', paragraph: 1, prefix, suffix: 'Yabab' })).toEqual({
    paragraph: 1,
    start: 2_000_001,
    end: 2_000_003,
    moved: false,
  })
  // Context that is no longer whole around the words (the text was edited): scored at every place.
  expect(
    findQuote([text], { exact: 'ab', paragraph: 1, prefix: 'edited abX', suffix: 'Yab, edited' }),
  ).toEqual({
    paragraph: 1,
    start: 2_000_001,
    end: 2_000_003,
    moved: false,
  })
})

test('where the paragraph named lacks the words, the nearest paragraph holding them as well wins', () => {
  const text = ['x', 'said “no”', 'y', 'z', 'said “no”', 'w']
  expect(findQuote(text, { exact: 'no', paragraph: 4 })).toMatchObject({ paragraph: 5, moved: true })
  expect(findQuote(text, { exact: 'no', paragraph: 3 })).toMatchObject({ paragraph: 2, moved: true })
  expect(findQuote(text, { exact: 'no', paragraph: 3, prefix: 'said “', suffix: '”' })).toMatchObject({
    paragraph: 2,
  })
})
