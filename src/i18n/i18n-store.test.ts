import { afterEach, expect, test } from 'vitest'
import { activateLanguage, ENGLISH, formatShortLocalCount, joinItems, separators, t } from './i18n-store'
import { pickLanguage } from './languages'
import { loadLanguage } from './load-language'
import { defineMessages } from './messages'

const messages = defineMessages({
  events: { id: 'test.events', defaultMessage: '{count, plural, one {# event} other {# events}}' },
  plain: { id: 'test.plain', defaultMessage: 'Zoom in' },
})

afterEach(() => activateLanguage(ENGLISH))

test('English counts by its own rules, with thousands separators and no Intl', () => {
  expect(t(messages.events, { count: 1 })).toBe('1 event')
  expect(t(messages.events, { count: 12345 })).toBe('12,345 events')
  expect(t(messages.plain)).toBe('Zoom in')
})

test('a message missing from a language is written in English, with that language’s numbers', async () => {
  activateLanguage(await loadLanguage('fr'))
  expect(t(messages.events, { count: 12345 })).toBe('12\u202f345 events')
})

test('Arabic chooses among its six plural forms', async () => {
  const arabic = await loadLanguage('ar')
  activateLanguage({
    ...arabic,
    messages: {
      'test.events': [
        {
          type: 6,
          value: 'count',
          offset: 0,
          pluralType: 'cardinal',
          options: Object.fromEntries(
            ['zero', 'one', 'two', 'few', 'many', 'other'].map((form) => [
              form,
              { value: [{ type: 0, value: form }] },
            ]),
          ),
        },
      ],
    },
  })
  expect([0, 1, 2, 3, 11, 100].map((count) => t(messages.events, { count }))).toEqual([
    'zero',
    'one',
    'two',
    'few',
    'many',
    'other',
  ])
})

test('the pseudo-language accents, lengthens and brackets every message', async () => {
  activateLanguage(await loadLanguage('en-XA'))
  expect(t(messages.plain)).toBe('⟦Žóóɱ íñ···⟧')
  expect(t(messages.events, { count: 2 })).toMatch(/^⟦2 éṽéñţš·+⟧$/)
})

test('the language is the address’s, else the browser’s first one offered, else English', () => {
  expect(pickLanguage('?lang=ar', ['fr-FR'])).toBe('ar')
  expect(pickLanguage('?lang=xx', ['de-DE', 'uk-UA'])).toBe('uk')
  expect(pickLanguage('', ['de-DE'])).toBe('en')
  expect(pickLanguage('?lang=en-XA', [])).toBe('en-XA')
})

test('a short count for a narrow bar is the language’s compact form, rounded down as English’s is', async () => {
  expect(formatShortLocalCount(1999)).toBe('1.9k')
  activateLanguage(await loadLanguage('fr'))
  expect(formatShortLocalCount(950)).toBe('950')
  // Never "2 k" for 1,999: a bar must not claim more than it holds.
  expect(formatShortLocalCount(1999).replace(/\s/g, ' ')).toBe('1,9 k')
  activateLanguage(await loadLanguage('uk'))
  expect(formatShortLocalCount(12_499)).toMatch(/^12,4\sтис\.$/)
})

test('a list the interface makes takes the language’s comma: Arabic’s own, the others the Latin one', async () => {
  expect(joinItems(['3', '4', '7'])).toBe('3, 4, 7')
  activateLanguage(await loadLanguage('ar'))
  expect(joinItems(['3', '4', '7'])).toBe('3، 4، 7')
  expect(separators()).toEqual({ comma: '، ', semicolon: '؛ ' })
  activateLanguage(await loadLanguage('uk'))
  expect(joinItems(['Kim Jong Un', 'Vladimir Putin'])).toBe('Kim Jong Un, Vladimir Putin')
})
