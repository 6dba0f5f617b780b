import { utils, write } from '@e965/xlsx'
import { expect, test } from 'vitest'
import { dictionary } from '../../lib/dictionary'
import { notesText } from '../../testing/note-text'
import { headerKey } from '../import/sheet/column-roles'
import { rolesForSheet, sampleOf } from '../import/sheet/sheet-head'
import { looksLikeMarkup } from '../import/values/markup-to-text'
import { findQuotedSpans } from '../validate/source-text'
import { readDataset } from './read-dataset'

// Files made to break the reader: each opens, or is refused in a sentence, and none takes time that
// grows faster than the file (the sizes here would take minutes where a step is quadratic).

const KEYS_OF_OBJECT = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'Constructor']

function workbook(rows: unknown[][], sheet = 'Events') {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), sheet)
  return write(book, { type: 'array', bookType: 'xlsx' })
}

test.each(KEYS_OF_OBJECT)(
  'a CSV with a column named "%s" opens, the column listed as not read',
  async (key) => {
    const result = await readDataset([
      { name: 'a.csv', text: `date,title,${key}\n2023-01-01,Hello,${key}\n2023-01-02,World,y\n` },
    ])
    expect(result).toMatchObject({ ok: true })
    if (result.ok) {
      expect(result.dataset.events.map((event) => event.title)).toEqual(['Hello', 'World'])
      expect(notesText(result.notes)).toContain(`"${key}"`)
    }
  },
)

test.each(KEYS_OF_OBJECT)('words of Object in cells are read as words: "%s"', async (key) => {
  const result = await readDataset([
    {
      name: 'a.csv',
      text: `date,title,country,geo_precision,latitude,longitude\n${key} 2023,${key},${key},${key},1,2\n2023-01-01,ok,${key},${key},1,2\n`,
    },
  ])
  expect(result).toMatchObject({ ok: true })
  if (result.ok) expect(result.dataset.events.map((event) => event.title)).toEqual(['ok'])
})

test.each(KEYS_OF_OBJECT)(
  'a one-column sheet named "%s", its header remembered as a key of Object, asks for its columns',
  async (key) => {
    const sample = sampleOf(key, { header: [key], rows: [{ cells: ['A'], line: 2 }], total: 1 })
    // Remembered choices are keyed by header: this header's key is a key of every plain object.
    expect(() => rolesForSheet(sample, { remembered: dictionary() })).not.toThrow()
    expect(() => rolesForSheet(sample, { remembered: {} })).not.toThrow()
    // Read back from storage where another tab kept a choice under that very key.
    const kept = JSON.parse(`{${JSON.stringify(headerKey([key]))}: {"roles": ["title"]}}`)
    expect(rolesForSheet(sample, { remembered: kept })).toMatchObject({ roles: { [key]: 'title' } })
    const bytes = workbook([[key], ['A']], key)
    const result = await readDataset([{ name: 'a.xlsx', text: '', bytes }])
    expect(result).toMatchObject({ ok: false, kind: 'mapping' })
  },
)

test('a JSON record holding a list nested 100,000 deep opens, the field named as not read', async () => {
  const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`
  const result = await readDataset([
    { name: 'a.json', text: `[{"date":"2023-01-01","title":"x","deep":${deep}}]` },
  ])
  expect(result).toMatchObject({ ok: true })
  if (result.ok) expect(notesText(result.notes)).toContain('"deep"')
})

test('a workbook whose header is on row 2, with blank rows between its events, opens with every event', async () => {
  const bytes = workbook([[], ['Date', 'Title'], ['2023-01-01', 'A'], [], [], ['2023-01-02', 'B']])
  const result = await readDataset([{ name: 'a.xlsx', text: '', bytes }])
  expect(result).toMatchObject({ ok: true })
  if (result.ok) expect(result.dataset.events.map((event) => event.title)).toEqual(['A', 'B'])
})

test('a workbook of 130,000 rows opens', async () => {
  const rows: unknown[][] = [['Date', 'Title']]
  for (let row = 0; row < 130_000; row++) rows.push(['2023-01-01', `Event ${row}`])
  const result = await readDataset([{ name: 'a.xlsx', text: '', bytes: workbook(rows) }])
  expect(result).toMatchObject({ ok: true })
  if (result.ok) expect(result.dataset.events).toHaveLength(130_000)
}, 120_000)

test('markup of unclosed tags is looked at in one pass', () => {
  expect(looksLikeMarkup('<a'.repeat(500_000))).toBe(false)
  expect(looksLikeMarkup(`${'<a'.repeat(500_000)}>`)).toBe(true)
})

test('a CSV cell of unclosed tags opens in one pass', async () => {
  const result = await readDataset([
    { name: 'a.csv', text: `date,title,notes\n2023-01-01,A,"${'<a'.repeat(5000)}"\n` },
  ])
  expect(result).toMatchObject({ ok: true })
})

test('quoted spans are found in one pass however many marks stay open', () => {
  expect(findQuotedSpans('“'.repeat(500_000))).toEqual([])
  expect(findQuotedSpans('‘'.repeat(500_000))).toEqual([])
  expect(findQuotedSpans(`${'“'.repeat(100_000)}x”`)).toEqual([`${'“'.repeat(99_999)}x`])
})

test('NUL and other control characters are removed from what a CSV says, and the note says so', async () => {
  const result = await readDataset([
    { name: 'a.csv', text: 'date,title,summary\n2023-01-01,Hel\u0000lo,a\u0007b\tc\n' },
  ])
  expect(result).toMatchObject({ ok: true })
  if (result.ok) {
    expect(result.dataset.events[0]).toMatchObject({ title: 'Hello', summary: 'ab\tc' })
    expect(notesText(result.notes)).toContain('2 cells hold control characters (such as NUL)')
  }
})

test('a title longer than a title may be is shortened, and kept whole at the head of the summary', async () => {
  const long = `${'word '.repeat(100)}end`
  const result = await readDataset([
    { name: 'a.csv', text: `date,title,summary\n2023-01-01,${long},Said later.\n2023-01-02,${long},\n` },
  ])
  expect(result).toMatchObject({ ok: true })
  if (!result.ok) return
  const [first, second] = result.dataset.events
  expect(first?.title.length).toBeLessThanOrEqual(80)
  expect(first?.title.endsWith('…')).toBe(true)
  expect(first?.summary).toBe(`${long}\n\nSaid later.`)
  expect(second?.summary).toBe(long)
  expect(notesText(result.notes)).toContain('2 titles are longer than a title may be (300 characters)')
})
