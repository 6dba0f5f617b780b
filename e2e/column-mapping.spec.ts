import { utils, write } from '@e965/xlsx'
import type { Page } from '@playwright/test'
import { expect, seriousAxeViolations, test } from './fixtures'

// The mapping step (issue 16): a file whose column names this app does not know, chosen for and opened.
const title = (page: Page) => page.getByRole('heading', { level: 1 })
const eventList = (page: Page) => page.getByRole('region', { name: 'Events' })
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Choose what each column holds' })
const roleOf = (page: Page, column: string) => dialog(page).getByLabel(`“${column}” is read as`)
const preview = (page: Page) => dialog(page).getByRole('region', { name: 'Preview' })

const SPANISH = [
  'Cuándo,Qué,Notas,Nación,Tipo',
  '24/02/2022,Invasión a gran escala,Las tropas cruzan la frontera.,Ukraine,Guerra',
  '03/03/2022,Conversaciones en Bielorrusia,,Belarus,Diplomacia',
  '16/03/2022,Ataque al teatro de Mariúpol,,Ukraine,Guerra',
  '29/03/2022,Conversaciones en Estambul,,Turkey; Ukraine,Diplomacia',
].join('\n')

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })

async function openBuiltin(page: Page) {
  await page.goto('/')
  await expect(title(page)).toHaveText('Kim and Putin pledge closer ties', { timeout: 30_000 })
}

test('a sheet of unknown columns stops at the mapping step; the choice opens it, and the next file of that header opens at once', async ({
  page,
}) => {
  await openBuiltin(page)
  await page.getByLabel('Dataset file').setInputFiles(csvFile('eventos.csv', SPANISH))
  await expect(dialog(page)).toBeVisible()
  await expect(dialog(page)).toContainText(
    'Its columns’ names do not say which holds the dates and which the titles.',
  )
  await expect(roleOf(page, 'Cuándo')).toHaveValue('date')
  await expect(roleOf(page, 'Qué')).toHaveValue('title')
  await expect(roleOf(page, 'Nación')).toHaveValue('countries')
  await expect(roleOf(page, 'Tipo')).toHaveValue('categories')
  await expect(roleOf(page, 'Cuándo')).toBeFocused()
  expect(await seriousAxeViolations(page)).toEqual([])
  // The story behind stays as it was until the reader opens.
  await expect(title(page)).toHaveText('Kim and Putin pledge closer ties')
  // The preview follows each choice: with no titles, the summaries' first words stand in, and a row
  // without one is titled by what else it says (its category); with neither the file cannot open.
  await expect(preview(page)).toContainText('24 February 2022 Invasión a gran escala')
  await expect(roleOf(page, 'Notas')).toHaveValue('summary')
  await roleOf(page, 'Qué').selectOption('none')
  await expect(preview(page)).toContainText('24 February 2022 Las tropas cruzan la frontera.')
  await expect(preview(page)).toContainText('3 March 2022 Diplomacia')
  await expect(preview(page)).not.toContainText('would be left out')
  await roleOf(page, 'Notas').selectOption('none')
  await expect(preview(page)).toContainText('cannot open the file yet')
  await expect(dialog(page).getByRole('button', { name: 'Open' })).toBeDisabled()
  await roleOf(page, 'Qué').selectOption('title')
  await roleOf(page, 'Notas').selectOption('summary')
  await dialog(page).getByRole('button', { name: 'Open' }).click()

  await expect(title(page)).toHaveText('eventos')
  await expect(dialog(page)).toHaveCount(0)
  await expect(eventList(page).getByRole('listitem')).toHaveCount(4)
  await expect(page.getByText('eventos.csv was read with the columns you chose.')).toBeVisible()
  const filters = page.getByRole('region', { name: 'Filters' })
  await expect(filters.getByRole('checkbox', { name: /Guerra/ })).toBeVisible()
  await eventList(page)
    .getByRole('button', { name: /Invasión a gran escala/ })
    .click()
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(
    'Las tropas cruzan la frontera.',
  )

  // Next month's export, its header written another way: opened at once with the same choice.
  const april = ['cuándo,qué,notas,nación,tipo', '07/04/2022,Retirada de Kiev,,Ukraine,Guerra'].join('\n')
  await page.getByLabel('Dataset file').setInputFiles(csvFile('abril.csv', april))
  await expect(title(page)).toHaveText('abril')
  await expect(dialog(page)).toHaveCount(0)
  await expect(
    page.getByText('abril.csv was read with the columns chosen for an earlier file with the same header.'),
  ).toBeVisible()
  await expect(eventList(page)).toContainText('7 April 2022')
})

test('a known format opens at once; Review columns shows how it was read and opens it again with another choice', async ({
  page,
}) => {
  await openBuiltin(page)
  const csv = [
    'date,title,notes,country,extra',
    '2022-02-24,Invasion,Forces cross the border.,Ukraine,A',
    '2022-03-03,Talks,Delegations meet.,Belarus,B',
  ].join('\n')
  await page.getByLabel('Dataset file').setInputFiles(csvFile('known.csv', csv))
  await expect(title(page)).toHaveText('known')
  await eventList(page)
    .getByRole('button', { name: /Invasion/ })
    .click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details).toContainText('Forces cross the border.')
  await page.getByRole('button', { name: 'Review columns…' }).click()
  await expect(dialog(page)).toContainText('It opened as shown here')
  await expect(roleOf(page, 'notes')).toHaveValue('summary')
  await expect(dialog(page).getByText('by its name').first()).toBeVisible()
  // Escape leaves the story as it was.
  await page.keyboard.press('Escape')
  await expect(dialog(page)).toHaveCount(0)
  await expect(details).toContainText('Forces cross the border.')
  await page.getByRole('button', { name: 'Review columns…' }).click()
  await roleOf(page, 'extra').selectOption('summary')
  await expect(roleOf(page, 'notes')).toHaveValue('none')
  await dialog(page).getByRole('button', { name: 'Open again with these columns' }).click()
  await expect(dialog(page)).toHaveCount(0)
  // Read again in the worker: the new story has landed when it says how it was read (an event
  // chosen before that is in the story being replaced, and its selection goes with it).
  await expect(page.getByText('known.csv was read with the columns you chose.')).toBeVisible()
  await eventList(page)
    .getByRole('button', { name: /Invasion/ })
    .click()
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('A')
  await expect(page.getByRole('region', { name: 'Event details' })).not.toContainText(
    'Forces cross the border.',
  )
  // The built-in story has no columns to review.
  await page.getByRole('button', { name: 'Back to the built-in story' }).click()
  await expect(title(page)).toHaveText('Kim and Putin pledge closer ties')
  await expect(page.getByRole('button', { name: 'Review columns…' })).toHaveCount(0)
})

test('a workbook whose sheets’ names say nothing: the reader chooses the sheet and its columns', async ({
  page,
}) => {
  const book = utils.book_new()
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['Nombre', 'Cargo'],
      ['Ana', 'Editora'],
    ]),
    'Equipo',
  )
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['Día', 'Suceso'],
      ['2022-02-24', 'Invasión'],
      ['2022-03-03', 'Conversaciones'],
    ]),
    'Cronología',
  )
  const bytes = write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
  await openBuiltin(page)
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'libro.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  })
  await expect(dialog(page)).toBeVisible()
  await expect(dialog(page)).toContainText('libro.xlsx')
  await expect(preview(page)).toContainText('cannot open the file yet')
  await dialog(page).getByLabel('Sheet').selectOption('Cronología')
  await expect(roleOf(page, 'Día')).toHaveValue('date')
  await expect(preview(page)).toContainText('Invasión')
  await dialog(page).getByRole('button', { name: 'Open' }).click()
  await expect(title(page)).toHaveText('libro')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2)
})

test('on a phone the mapping step fits the screen and opens the file', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openBuiltin(page)
  await page.getByLabel('Dataset file').setInputFiles(csvFile('eventos.csv', SPANISH))
  await expect(dialog(page)).toBeVisible()
  const box = await dialog(page).boundingBox()
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true)
  const open = dialog(page).getByRole('button', { name: 'Open' })
  await expect(open).toBeInViewport()
  expect(await seriousAxeViolations(page)).toEqual([])
  await open.click()
  await expect(title(page)).toHaveText('eventos')
})

test('a known sheet whose numeric dates do not tell their order asks which comes first, and reads them so', async ({
  page,
}) => {
  await openBuiltin(page)
  const csv = ['date,title', '03/04/2022,Talks open', '05/06/2022,Talks close'].join('\n')
  await page.getByLabel('Dataset file').setInputFiles(csvFile('ambiguous.csv', csv))
  await expect(dialog(page)).toContainText('could be day first or month first')
  await expect(preview(page)).toContainText('4 March 2022')
  await dialog(page).getByLabel('Day first (day 3, month 4)').check()
  await expect(preview(page)).toContainText('3 April 2022')
  await dialog(page).getByRole('button', { name: 'Open' }).click()
  await expect(eventList(page)).toContainText('3 April 2022')
  await expect(eventList(page)).toContainText('5 June 2022')
})

test('a large sheet opened with Open dataset… shows its mapping step from its head, its broken rows said in the preview', async ({
  page,
}) => {
  await openBuiltin(page)
  // Past the 64 kB the worker reads first: the step shows from the head, the rest read after Open.
  const rows = Array.from({ length: 3000 }, (_, index) => {
    const day = new Date(Date.UTC(2022, 0, 1 + index)).toISOString().slice(0, 10)
    return `${day},Meeting number ${index + 1} of the council,Ukraine`
  })
  rows.splice(2, 0, '2022-01-03,A row with,too,many,cells')
  const csv = ['Cuándo,Qué,Nación', ...rows].join('\n')
  expect(csv.length).toBeGreaterThan(64 * 1024)
  // As a person does it: the button, then the system's file chooser.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open dataset…' }).click(),
  ])
  await chooser.setFiles(csvFile('consejo.csv', csv))
  await expect(dialog(page)).toBeVisible()
  await expect(preview(page)).toContainText('1 January 2022 Meeting number 1 of the council')
  // Line 4 of the file (the header is line 1): said as opening the file will say it.
  await expect(preview(page)).toContainText(
    '1 of the first 21 rows would be left out: row 4: expected a well-formed CSV row, found too many cells (5, where the header has 3)',
  )
  await dialog(page).getByRole('button', { name: 'Open' }).click()
  await expect(title(page)).toHaveText('consejo')
  await expect(page.getByText('1 of 3,001 rows were left out', { exact: false })).toBeVisible()
})
