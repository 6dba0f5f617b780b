import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser'
import { expect, test } from 'vitest'
import { extractMessages } from './extract-messages'

const SRC = join(import.meta.dirname, '../../src')
const CATALOGS = join(SRC, 'i18n/catalogs')
const TRANSLATIONS = ['ar', 'uk', 'es', 'fr']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function sourceMessages(): Map<string, string> {
  const found = new Map<string, string>()
  for (const file of sourceFiles(SRC)) {
    for (const message of extractMessages(readFileSync(file, 'utf8'), file)) {
      const before = found.get(message.id)
      if (before !== undefined && before !== message.defaultMessage)
        throw new Error(`Two messages have the id ${message.id} (one in ${file})`)
      found.set(message.id, message.defaultMessage)
    }
  }
  return found
}

const readCatalog = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(CATALOGS, `${language}.json`), 'utf8'))

// What a message's text is filled with: its arguments' names, and its tags'.
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && element.type !== 0 && typeof element.value === 'string') into.add(element.value)
    if ('options' in element)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into)
    if ('children' in element) argumentsOf(element.children, into)
  }
  return into
}

const english = sourceMessages()

test('the English catalog is the source’s messages (run npm run i18n:extract after changing one)', () => {
  expect(readCatalog('en')).toEqual(Object.fromEntries([...english].sort(([a], [b]) => (a < b ? -1 : 1))))
})

test.each(TRANSLATIONS)('%s has every message, and no other', (language) => {
  const catalog = readCatalog(language)
  expect(
    [...english.keys()].filter((id) => !(id in catalog)),
    'missing',
  ).toEqual([])
  expect(
    Object.keys(catalog).filter((id) => !english.has(id)),
    'not in the source',
  ).toEqual([])
})

test.each(TRANSLATIONS)('%s’s messages fill the same arguments as English’s', (language) => {
  const catalog = readCatalog(language)
  const wrong = Object.entries(catalog).flatMap(([id, text]) => {
    const source = english.get(id)
    if (source === undefined) return []
    const want = [...argumentsOf(parse(source))].sort()
    const got = [...argumentsOf(parse(text))].sort()
    return want.join() === got.join() ? [] : [`${id}: ${got.join()} for ${want.join()}`]
  })
  expect(wrong).toEqual([])
})

// French sets a space before the high punctuation and inside its quotation marks, one that never
// breaks the line there: U+00A0 before a colon and inside « », U+202F (narrow) before ; ? !
test('French writes its no-break spaces: before : ; ? ! and inside « »', () => {
  const plain = Object.entries(readCatalog('fr')).filter(([, text]) => / [:;?!](?=[\s}<]|$)|« | »/.test(text))
  expect(
    plain.map(([id]) => id),
    'messages with a plain space where a no-break one belongs',
  ).toEqual([])
})

// In a right-to-left message, a Latin token that ends in neutral characters ("http://", "area=")
// is pulled apart by the bidi algorithm ("//:http"), and an ISO date after Arabic words reads its parts
// backwards ("2023-08-15" shown as 15-08-2023: its digits become Arabic numbers, and the hyphens are
// not absorbed between those): such tokens sit inside LRI … PDI (U+2066, U+2069).
test('Arabic isolates the web-address prefixes, link parameters and ISO dates it quotes', () => {
  const outsideIsolates = (text: string) => text.replace(/\u2066[^\u2069]*\u2069/g, '')
  const loose = Object.entries(readCatalog('ar')).filter(([, text]) =>
    /:\/\/|(?:^|[\s(?])[a-z]+=|\d{4}-\d{2}/.test(outsideIsolates(text)),
  )
  expect(
    loose.map(([id]) => id),
    'messages with a web address or a link parameter not isolated',
  ).toEqual([])
})
