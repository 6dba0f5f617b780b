import { expect, test } from 'vitest'
import { sheetHeadFirst } from '../../../dataset/import/sheet/sheet-head-first'
import { previewEvents } from './preview-events'

// Columns this app does not know by name, so the head stops at the mapping step.
const HEADER = 'c1 when,c2 what happened,c3 where'
const row = (day: number, what: string) => `2023-08-${String(day).padStart(2, '0')},${what},Seoul`

function headOf(lines: string[]) {
  const head = sheetHeadFirst('events.csv', `${[HEADER, ...lines].join('\n')}\n`, {})
  if (!head) throw new Error('expected the mapping step')
  return head
}

test('a broken CSV row among the first rows is said in the preview, at its line, as opening would say it', () => {
  const head = headOf([row(1, 'First meeting'), '2023-08-02,"A row cut short', row(3, 'Third meeting')])
  const [sample] = head.sheets
  if (!sample) throw new Error('no sample')
  const preview = previewEvents('events.csv', sample, head.roles)
  expect(preview.ok).toBe(true)
  if (!preview.ok) return
  expect(preview.events.map((event) => event.title)).toEqual(['First meeting'])
  expect(preview.rows).toBe(2)
})

test('the rows of a preview keep their lines in the file after a broken row', () => {
  const lines = [
    row(1, 'First meeting'),
    '2023-08-02,Too,many,cells,here',
    row(3, 'Third meeting'),
    ',Undated',
  ]
  const head = headOf(lines)
  const [sample] = head.sheets
  if (!sample) throw new Error('no sample')
  const preview = previewEvents('events.csv', sample, head.roles)
  if (!preview.ok) throw new Error('expected a preview')
  expect(preview.events.map((event) => event.title)).toEqual(['First meeting', 'Third meeting'])
  expect(preview.rows).toBe(4)
  expect(preview.leftOut.map((issue) => issue.path)).toEqual(['row 3', expect.stringMatching(/^row 5\b/)])
  expect(preview.leftOut[0]).toMatchObject({ expected: 'a well-formed CSV row' })
  // Shown again (a role changed): said once, not once more each time.
  const again = previewEvents('events.csv', sample, head.roles)
  expect(again.ok && again.leftOut.length).toBe(2)
})
