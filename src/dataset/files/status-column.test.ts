import { expect, test } from 'vitest'
import { notesText } from '../../testing/note-text'
import { readDataset } from './read-dataset'

test('a status column with a word that says no status reads that event as occurred, and says so', async () => {
  const read = await readDataset([
    {
      name: 'a.csv',
      text: 'date,title,status\n2023-01-01,A,reviewed\n2023-01-02,B,planned\n2023-01-04,D,alleged\n',
    },
  ])
  expect(read.ok).toBe(true)
  if (!read.ok) return
  expect(read.dataset.events.map((event) => event.status)).toEqual(['occurred', 'scheduled', 'alleged'])
  expect(read.leftOut).toEqual([])
  expect(notesText(read.notes)).toContain('“reviewed” (1 row). Those events are read as occurred.')
})
