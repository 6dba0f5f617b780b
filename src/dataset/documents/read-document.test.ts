import fc from 'fast-check'
import { expect, test } from 'vitest'
import { splitParagraphs } from '../validate/source-text'
import { expectRead, expectWellFormed, fileOf, paragraphsOf } from './document-test-helpers'
import { readDocument } from './read-document'

test('a .txt is kept as it is, so that its hash is the file’s; its paragraphs are its non-empty lines', async () => {
  const text =
    ' date 2023-08-15 Leaders say the allies are ‘fully demonstrating their invincibility’\r\n\r\n' +
    'Kim said the ties were “long-standing”\u00a0–\tand growing…\n' +
    'A line with no blank line before it.\n\n\n\n   \n' +
    '“I am firmly convinced that the friendship … will be further developed,” Kim said.\n'
  const read = expectRead(await readDocument(fileOf('article.txt', text)))
  expect(read).toEqual({ ok: true, text, headings: [], notes: [] })
  expect(splitParagraphs(read.text)).toHaveLength(4)
  // Lines ended by a lone carriage return would be one paragraph to the app: they are made lines.
  const mac = expectRead(await readDocument(fileOf('old.txt', 'One.\rTwo.\r')))
  expect(mac.text).toBe('One.\nTwo.\n')
  expect(mac.notes).toEqual([{ code: 'loneCarriageReturns' }])
})

test('a .txt in UTF-8 with a byte-order mark, in UTF-16, and in Windows-1252 reads the same words', async () => {
  const words = 'Réunion à Genève: “talks” — ‘soon’'
  const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(words)])
  const utf16 = new Uint8Array(2 + words.length * 2)
  utf16.set([0xff, 0xfe])
  for (let index = 0; index < words.length; index++) {
    utf16[2 + index * 2] = words.charCodeAt(index) & 0xff
    utf16[3 + index * 2] = words.charCodeAt(index) >> 8
  }
  // As Notepad on a western Windows saves it: é E9, à E0, è E8, “ 93, ” 94, — 97, ‘ 91, ’ 92.
  const windows1252 = new Uint8Array(
    [...words].map(
      (character) =>
        ({ é: 0xe9, à: 0xe0, è: 0xe8, '“': 0x93, '”': 0x94, '—': 0x97, '‘': 0x91, '’': 0x92 })[character] ??
        character.charCodeAt(0),
    ),
  )
  for (const bytes of [utf8, utf16]) {
    expect(expectRead(await readDocument(fileOf('a.txt', bytes)))).toMatchObject({ text: words, notes: [] })
  }
  const read = expectRead(await readDocument(fileOf('a.txt', windows1252)))
  expect(read.text).toBe(words)
  expect(read.notes).toEqual([{ code: 'notUtf8', encoding: 'Windows-1252' }])
})

test('a PDF, an image or another binary file is refused, saying which kinds are read and to paste the text', async () => {
  const pdf = await readDocument(fileOf('report.pdf', '%PDF-1.7\n...'))
  expect(pdf).toEqual({ ok: false, refusal: { code: 'unreadable', what: 'pdf' } })
  const image = await readDocument(
    fileOf('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'),
  )
  expect(image).toEqual({ ok: false, refusal: { code: 'unreadable', what: 'image' } })
  expect(await readDocument(fileOf('letter.odt', 'PK'))).toEqual({
    ok: false,
    refusal: { code: 'unreadable', what: 'wordProcessor' },
  })
  const binary = await readDocument(fileOf('data', new Uint8Array([1, 0, 2, 0])))
  expect(binary).toEqual({ ok: false, refusal: { code: 'unreadable', what: null } })
  expect(await readDocument(fileOf('empty.txt', ''))).toEqual({ ok: false, refusal: { code: 'empty' } })
})

test('a file with no extension is read by its type, or by a look at its first bytes', async () => {
  expect(paragraphsOf(await readDocument(fileOf('notes', 'One.\nTwo.', 'text/plain')))).toEqual([
    'One.',
    'Two.',
  ])
  expect(paragraphsOf(await readDocument(fileOf('notes', 'One.\nTwo.')))).toEqual(['One.', 'Two.'])
  const page = await readDocument(fileOf('saved', '<!DOCTYPE html><title>T</title><p>Only <b>this</b>.</p>'))
  expect(paragraphsOf(page)).toEqual(['Only this.'])
})

// Text a person might open, with the characters that could break a paragraph or numbering.
const awkward = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(
        '\n',
        '\r\n',
        '\r',
        '\n\n',
        '\u2028',
        '\u2029',
        '\t',
        '\u00a0',
        ' ',
        '\ufeff',
        '“',
        '…',
        '—',
      ),
      fc.constantFrom(
        '# ',
        '> ',
        '- ',
        '1. ',
        '*',
        '_',
        '`',
        '[a](b)',
        '&amp;',
        '&#8217;',
        '<p>',
        '</p>',
        '<br>',
        '<h2>',
        '<li>',
        '<!--',
        '---',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

test('every paragraph of any .md or .html read is a non-empty line with no line break in it', async () => {
  await fc.assert(
    fc.asyncProperty(awkward, fc.constantFrom('a.md', 'a.html'), async (text, name) => {
      const read = await readDocument(fileOf(name, text))
      if (read.ok) expectWellFormed(read)
      else expect(read.refusal).toEqual({ code: 'empty' })
    }),
    { numRuns: 300 },
  )
})

test('any .txt read is the file’s text, with no paragraph the app would number differently', async () => {
  await fc.assert(
    fc.asyncProperty(awkward, async (text) => {
      const read = await readDocument(fileOf('a.txt', text))
      if (!read.ok) {
        expect(read.refusal).toEqual({ code: 'empty' })
        return
      }
      // The BOM is the decoder's to drop; a lone carriage return becomes a line feed.
      expect(read.text).toBe(text.replace(/^\ufeff/, '').replace(/\r(?!\n)/g, '\n'))
      for (const paragraph of splitParagraphs(read.text)) expect(paragraph).not.toMatch(/[\n\r]/)
    }),
    { numRuns: 300 },
  )
})
