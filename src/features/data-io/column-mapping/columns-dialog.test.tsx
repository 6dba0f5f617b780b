import { fireEvent, render, screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { readCsvSheet } from '../../../dataset/import/formats/csv-events'
import { rolesForSheet, type SheetHead, sampleOf } from '../../../dataset/import/sheet/sheet-head'
import ColumnsDialog from './columns-dialog'

const CSV = [
  'Cuándo,Qué,Notas,Nación',
  '24/02/2022,Invasión a gran escala,Las tropas cruzan la frontera.,Ukraine',
  '03/03/2022,Conversaciones en Bielorrusia,,Belarus',
].join('\n')

function headOf(text: string): SheetHead {
  const sample = sampleOf('eventos.csv', readCsvSheet(text, 'eventos.csv'))
  return { file: 'eventos.csv', kind: 'CSV', sheets: [sample], at: 0, ...rolesForSheet(sample, {}) }
}

function renderDialog(head = headOf(CSV)) {
  const onOpen = vi.fn()
  const onCancel = vi.fn()
  render(
    <ColumnsDialog choosing={{ files: [], head, reviewing: false }} onOpen={onOpen} onCancel={onCancel} />,
  )
  return { onOpen, onCancel }
}

const roleOf = (column: string) => screen.getByLabelText(`“${column}” is read as`) as HTMLSelectElement
const preview = () => within(screen.getByRole('region', { name: 'Preview' }))

test('each column shows its guess and values; the preview shows the first rows as events', () => {
  renderDialog()
  expect(screen.getByRole('heading', { name: 'Choose what each column holds' })).toBeTruthy()
  expect(roleOf('Cuándo').value).toBe('date')
  expect(roleOf('Qué').value).toBe('title')
  expect(roleOf('Nación').value).toBe('countries')
  expect(screen.getAllByText('guessed from its values').length).toBeGreaterThanOrEqual(3)
  expect(preview().getByText('Invasión a gran escala')).toBeTruthy()
  expect(preview().getByText('24 February 2022')).toBeTruthy()
  expect(preview().getByText('Ukraine')).toBeTruthy()
})

test('a role chosen for a second column moves there; with no titles the file cannot open, and says why', () => {
  const { onOpen } = renderDialog()
  fireEvent.change(roleOf('Notas'), { target: { value: 'title' } })
  expect(roleOf('Qué').value).toBe('none')
  expect(screen.getByRole('status').textContent).toMatch(/“Qué” is no longer read as it/)
  expect(preview().getByText('Las tropas cruzan la frontera.')).toBeTruthy()
  fireEvent.change(roleOf('Notas'), { target: { value: 'none' } })
  expect(preview().getByText(/cannot open the file yet/)).toBeTruthy()
  const open = screen.getByRole('button', { name: 'Open' }) as HTMLButtonElement
  expect(open.disabled).toBe(true)
  fireEvent.change(roleOf('Qué'), { target: { value: 'title' } })
  fireEvent.click(screen.getByRole('button', { name: 'Open' }))
  expect(onOpen).toHaveBeenCalledWith(
    { roles: { Cuándo: 'date', Qué: 'title', Notas: 'none', Nación: 'countries' }, dateOrder: 'day-first' },
    true,
  )
})

test('the reader may open without remembering, or cancel', () => {
  const { onOpen, onCancel } = renderDialog()
  fireEvent.click(screen.getByLabelText('Remember for files with these columns'))
  fireEvent.click(screen.getByRole('button', { name: 'Open' }))
  expect(onOpen.mock.calls[0]?.[1]).toBe(false)
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(onCancel).toHaveBeenCalled()
})

test('a workbook’s sheets can be chosen; another sheet gets its own guess', () => {
  const first = sampleOf('Notes', readCsvSheet('Who,What\nme,things\n', 'x'))
  const second = sampleOf('Eventos', readCsvSheet(CSV, 'x'))
  const head: SheetHead = {
    file: 'libro.xlsx',
    kind: 'workbook sheet',
    sheets: [first, second],
    at: 0,
    ...rolesForSheet(first, {}),
  }
  const { onOpen } = renderDialog(head)
  expect(preview().getByText(/cannot open the file yet/)).toBeTruthy()
  fireEvent.change(screen.getByLabelText('Sheet'), { target: { value: '1' } })
  expect(roleOf('Cuándo').value).toBe('date')
  fireEvent.click(screen.getByRole('button', { name: 'Open' }))
  expect(onOpen.mock.calls[0]?.[0]).toMatchObject({ sheet: 'Eventos', roles: { Cuándo: 'date' } })
})

test('numeric dates that do not tell their order are asked; the answer moves the preview and goes with the choice', () => {
  const csv = 'date,title\n03/04/2022,First\n05/06/2022,Second\n'
  const head = headOf(csv)
  expect(head.review).toMatchObject({ code: 'untoldOrder' })
  const { onOpen } = renderDialog(head)
  expect(preview().getByText('4 March 2022')).toBeTruthy()
  fireEvent.click(screen.getByLabelText('Day first (day 3, month 4)'))
  expect(preview().getByText('3 April 2022')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Open' }))
  expect(onOpen.mock.calls[0]?.[0]).toMatchObject({ dateOrder: 'day-first' })
})

test('each guess says why, and each column left unread what it could be', () => {
  renderDialog(
    headOf(
      [
        ',Cuándo,Qué,Enlace,Otro enlace',
        '1,24/02/2022,Invasión a gran escala,https://example.org/a,https://example.org/x',
        '2,03/03/2022,Conversaciones en Bielorrusia,https://example.org/b,https://example.org/y',
        '3,16/03/2022,Ataque al teatro,https://example.org/c,https://example.org/z',
      ].join('\n'),
    ),
  )
  // Each reason is one line (its first letter a capital by the CSS), its values isolated as data.
  const reasons = Array.from(document.querySelectorAll('.column-why'), (line) => line.textContent)
  expect(reasons).toContain('its values are dates (3 of 3).')
  expect(reasons).toContain('its values are the rows’ numbers (1, 2…): no role fits.')
  expect(document.querySelector('.column-why bdi')?.textContent).toBe('1')
  // Two columns of addresses are both sources: choosing one as sources moves nothing.
  expect(roleOf('Enlace').value).toBe('sources')
  expect(roleOf('Otro enlace').value).toBe('sources')
  fireEvent.change(roleOf('Otro enlace'), { target: { value: 'none' } })
  fireEvent.change(roleOf('Otro enlace'), { target: { value: 'sources' } })
  expect(roleOf('Enlace').value).toBe('sources')
})

test('a sheet with no column of dates says so, and a column can be chosen as the dates', () => {
  const head = headOf('Cuándo,Qué\nel lunes,Invasión\nel martes,Conversaciones\n')
  expect(head.review).toEqual({ code: 'noDates' })
  renderDialog(head)
  expect(screen.getByText(/No column holds dates this app can read/)).toBeTruthy()
  expect(preview().getByText(/cannot open the file yet/)).toBeTruthy()
  fireEvent.change(roleOf('Cuándo'), { target: { value: 'date' } })
  expect(preview().getAllByText(/expected a date such as/).length).toBe(2)
})
