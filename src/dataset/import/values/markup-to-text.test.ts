import fc from 'fast-check'
import { expect, test } from 'vitest'
import { looksLikeMarkup, markupToText } from './markup-to-text'

test('HTML becomes its text: tags dropped, entities decoded, paragraphs kept apart', () => {
  expect(
    markupToText(
      '<p class="lead">Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>: first.</p><span class="tl-note">A note &amp; more.</span>',
    ),
  ).toBe('Take Ada Lovelace: first.\n\nA note & more.')
  expect(markupToText('one<br>two<br/>three')).toBe('one\ntwo\nthree')
})

test('scripts, styles and hostile markup leave no text behind', () => {
  expect(
    markupToText('<script>alert(1)</script>Safe<style>p{}</style> text<img src=x onerror=alert(1)>'),
  ).toBe('Safe text')
  expect(markupToText('<iframe src="javascript:alert(1)">inside</iframe>after')).toBe('after')
})

test('only cells that look like markup are parsed', () => {
  expect(looksLikeMarkup('<p>x</p>')).toBe(true)
  expect(looksLikeMarkup('Fish &amp; chips')).toBe(true)
  expect(looksLikeMarkup('3 < 4 and 5 > 2')).toBe(false)
  expect(looksLikeMarkup('AT&T')).toBe(false)
})

test('any text comes out as text with no tags, never a throw', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (html) => {
      const text = markupToText(`<p>${html}</p>`)
      expect(typeof text).toBe('string')
      expect(text).not.toMatch(/<\/?p>/)
    }),
  )
})
