import { utils, write } from '@e965/xlsx'
import { expect, test } from 'vitest'
import { importFiles } from '../registry'
import { notAWorkbook, zipEntries } from './zip-directory'

/** A zip of stored files, each declared to unpack to `declared` bytes (a zip bomb lies small, or not). */
function zip(files: Array<{ name: string; data: string; declared?: number }>): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder()
  const locals: Uint8Array[] = []
  const directory: Uint8Array[] = []
  let offset = 0
  for (const file of files) {
    const name = encoder.encode(file.name)
    const data = encoder.encode(file.data)
    const local = new Uint8Array(30 + name.length + data.length)
    const localView = new DataView(local.buffer)
    localView.setUint32(0, 0x04034b50, true)
    localView.setUint32(18, data.length, true)
    localView.setUint32(22, file.declared ?? data.length, true)
    localView.setUint16(26, name.length, true)
    local.set(name, 30)
    local.set(data, 30 + name.length)
    const entry = new Uint8Array(46 + name.length)
    const entryView = new DataView(entry.buffer)
    entryView.setUint32(0, 0x02014b50, true)
    entryView.setUint32(20, data.length, true)
    entryView.setUint32(24, file.declared ?? data.length, true)
    entryView.setUint16(28, name.length, true)
    entryView.setUint32(42, offset, true)
    entry.set(name, 46)
    locals.push(local)
    directory.push(entry)
    offset += local.length
  }
  const directorySize = directory.reduce((sum, entry) => sum + entry.length, 0)
  const end = new Uint8Array(22)
  const endView = new DataView(end.buffer)
  endView.setUint32(0, 0x06054b50, true)
  endView.setUint16(8, files.length, true)
  endView.setUint16(10, files.length, true)
  endView.setUint32(12, directorySize, true)
  endView.setUint32(16, offset, true)
  const all = new Uint8Array(offset + directorySize + 22)
  let at = 0
  for (const part of [...locals, ...directory, end]) {
    all.set(part, at)
    at += part.length
  }
  return all
}

test('a zip that would unpack to gigabytes is named a zip bomb, and not unpacked', async () => {
  const bomb = zip([
    { name: 'a.txt', data: 'x', declared: 0xfffffffe },
    { name: 'b.txt', data: 'x', declared: 0xfffffffe },
  ])
  expect(zipEntries(bomb)).toHaveLength(2)
  const result = await importFiles([{ name: 'report.xlsx', text: '', bytes: bomb }])
  expect(result).toMatchObject({ ok: false, refusal: { code: 'zipBomb', file: 'report.xlsx' } })
  if (!result.ok)
    expect(result.message).toMatch(/^report\.xlsx is a zip file that would unpack to 8 GB .*zip bomb/)
})

test('a zip of other files says what it holds', async () => {
  const other = zip([
    { name: 'photos/', data: '' },
    { name: 'photos/a.jpg', data: 'jpeg' },
    { name: 'notes.txt', data: 'hello' },
  ])
  const result = await importFiles([{ name: 'archive.xlsx', text: '', bytes: other }])
  expect(result).toMatchObject({
    ok: false,
    refusal: {
      code: 'zipNotWorkbook',
      file: 'archive.xlsx',
      entries: ['photos/a.jpg', 'notes.txt'],
      count: 3,
    },
  })
  if (!result.ok)
    expect(result.message).toBe(
      'archive.xlsx is a zip file, not a workbook: it holds 3 files (“photos/a.jpg”, “notes.txt”). Unzip it and open the file of events inside.',
    )
})

test('a real workbook is a workbook', () => {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Date', 'Title']]), 'Events')
  const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }))
  const entries = zipEntries(bytes)
  expect(entries?.map((entry) => entry.name)).toContain('xl/workbook.xml')
  expect(notAWorkbook('a.xlsx', entries ?? [])).toBeNull()
  const ods = new Uint8Array(write(book, { type: 'array', bookType: 'ods' }))
  expect(notAWorkbook('a.ods', zipEntries(ods) ?? [])).toBeNull()
})
