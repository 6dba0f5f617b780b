import { expect, test } from 'vitest'
import { pastedFiles, pastesIntoText } from './pasted-files'

const none: File[] = []

test('rows copied from a spreadsheet open as a TSV file, whole', async () => {
  const text =
    'Date\tHeadline\tCountry\r\n2023-08-15\tLetters exchanged\tNorth Korea\r\n2023-09-13\tSummit\tRussia\r\n'
  const files = pastedFiles({ files: none, text })
  expect(files?.map((file) => [file.name, file.type])).toEqual([
    ['pasted rows.tsv', 'text/tab-separated-values'],
  ])
  expect(await files?.[0]?.text()).toBe(text)
})

test('a CSV file’s text, copied from an editor or a page, opens as a CSV file, quoted commas and all', async () => {
  const text =
    'id,date_ad,place,magnitude\n1,2025-03-09,"Kaski, Gandaki",4.1\n2,2025-03-11,Bajhang,4.8\n3,2025-03-14,"Dolakha, Bagmati",4.3\n'
  const files = pastedFiles({ files: none, text })
  expect(files?.map((file) => [file.name, file.type])).toEqual([['pasted rows.csv', 'text/csv']])
  expect(await files?.[0]?.text()).toBe(text)
})

test('a story’s JSON opens as JSON; files copied in a file manager open as they are', () => {
  expect(pastedFiles({ files: none, text: ' {"format": "story-timeline/3"}\n' })?.[0]?.name).toBe(
    'pasted.json',
  )
  expect(pastedFiles({ files: none, text: '[{"date": "2023"}]' })?.[0]?.name).toBe('pasted.json')
  const file = new File(['a,b\n1,2'], 'events.csv')
  expect(pastedFiles({ files: [file], text: '' })).toEqual([file])
})

test('a sentence, one cell, a row without a header or an address is no dataset', () => {
  for (const text of [
    'Kim and Putin pledged closer ties.',
    'North Korea',
    'a\tb',
    'https://example.org/x.csv',
    '',
    'Kim, in his letter, praised Putin.\nPutin, in his, thanked Kim, warmly.',
    'First, the ministers met.\nThen, they signed.',
  ])
    expect(pastedFiles({ files: none, text })).toBeNull()
  // Paragraphs pasted with tabs inside but none on the first line are an article, not rows.
  expect(pastedFiles({ files: none, text: 'A first paragraph.\n\tAn indented second.' })).toBeNull()
})

test('a paste into a field, a text area or an editable text is the person’s, not a file', () => {
  document.body.innerHTML =
    '<input id="i"><textarea id="t"></textarea><div contenteditable="true"><p id="p">x</p></div><button id="b">b</button>'
  expect(pastesIntoText(document.getElementById('i'))).toBe(true)
  expect(pastesIntoText(document.getElementById('t'))).toBe(true)
  expect(pastesIntoText(document.getElementById('p'))).toBe(true)
  expect(pastesIntoText(document.getElementById('b'))).toBe(false)
  expect(pastesIntoText(document.body)).toBe(false)
})
