import { checkEngineHeldDashboard } from './engine-held-checks'
import { checkEngineHeldExport } from './engine-held-export'
import { checkEngineHeldNames } from './engine-held-names'
import { checkEngineHeldChartsAndMap } from './engine-held-views'
import { type EngineService, serviceOverRows, startEngineService } from './engine-service'
import { expect, seriousAxeViolations, test } from './fixtures'

// A story held by the engine service, not by the page: the service serves the built app and answers at
// /query on the same origin, over 100,000 generated ACLED-shaped rows. The dashboard opens
// `/?engine=/query`, fetches no dataset, and draws the engine's answers. (1,000,000 rows:
// e2e/engines/engine-held-1m.spec.ts, `npm run test:engines`.)

const ROWS = 100_000
// One service for the spec's tests: one worker runs them, after one start.
test.describe.configure({ mode: 'serial' })
let service: EngineService

test.beforeAll(async () => {
  // Making the file (once per machine) and loading it take longer than a test.
  test.setTimeout(240_000)
  service = await serviceOverRows(ROWS)
})
test.afterAll(() => service?.stop())

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the dashboard from the engine's answers: frame, filters, timeline, list, details, search, a link; no dataset fetched (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await checkEngineHeldDashboard(page, service, ROWS, testInfo)
  })

  test(`the charts and the map from the engine's answers: the density's total, a country's count, cells past the cap, a country chosen (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await checkEngineHeldChartsAndMap(page, service, ROWS, testInfo)
  })

  for (const lang of ['en', 'ar'] as const)
    test(`names, not ids: the actors' filter and a chosen event's details name them; a link keeps the id (${lang}, ${viewport.width}×${viewport.height})`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000)
      await page.setViewportSize(viewport)
      await checkEngineHeldNames(page, service, lang, testInfo)
    })
}

test('in Arabic, right to left: the frame and the note in the reader’s language', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${service.appUrl}&lang=ar`)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`acled-${ROWS}.parquet`)
  await expect(page.getByText(/^يحتفظ بهذه القصة محرّك الاستعلامات/)).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'عوامل التصفية' }).getByRole('checkbox').first(),
  ).toBeVisible()
  expect(await seriousAxeViolations(page)).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('engine-held-ar-390.png') })
  // The charts and the map, stacked on a phone, in Arabic.
  await expect(page.getByRole('heading', { name: 'الخريطة' })).toBeVisible()
  await expect(page.locator('.map-panel .map-frame > svg')).not.toHaveAttribute('width', '0', {
    timeout: 30_000,
  })
  await expect(page.locator('.density-chart table tbody tr').first()).toBeAttached({ timeout: 30_000 })
  expect(await seriousAxeViolations(page)).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('engine-held-ar-390-full.png'), fullPage: true })
})

test('the quotes from the engine’s answers: the matching events’, a search marked in them, a quote’s event chosen', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // The built-in story has quotes (ACLED's rows have none): the service over its dataset file.
  const builtin = await startEngineService('public/data/kim-putin-letters.json')
  try {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto(builtin.appUrl)
    const quotes = page.getByRole('region', { name: 'Quotes' })
    await expect(quotes.getByText(/^\d+ from matching events/)).toBeVisible({ timeout: 30_000 })
    await page.getByRole('searchbox').fill('invincibility')
    await expect(quotes.locator('mark').first()).toHaveText(/invincibility/i)
    await quotes
      .getByRole('button', { name: /^Show the event of the quote/ })
      .first()
      .click()
    await expect(page).toHaveURL(/event=kim-letter-to-putin/)
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 }),
    ).not.toBeEmpty()
    await expect(quotes.getByText(/^\d+ from this event/)).toBeVisible()
    await expect(
      quotes.getByText('I am firmly convinced that the friendship', { exact: false }),
    ).toBeVisible()
    expect(await seriousAxeViolations(page)).toEqual([])
  } finally {
    builtin.stop()
  }
})

test('export of the matching events: all of them as CSV with progress, a country’s as JSON; each file holds the matching count', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(service.appUrl)
  const filters = page.getByRole('region', { name: 'Filters' })
  const counted = ROWS.toLocaleString('en')
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeVisible()
  const all = await checkEngineHeldExport(page, testInfo, 'csv')
  // Its longest task is logged, not asserted (a busy machine must not fail it): the export's pages
  // of at most 5,000 rows, checked by checkEngineHeldExport, are what keeps the tasks short.
  console.log(`export of ${counted} matching events as CSV: ${JSON.stringify(all)}`)
  await filters.getByRole('group', { name: 'Countries' }).getByRole('checkbox').nth(1).check()
  await expect(page).toHaveURL(/country=/)
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeHidden()
  const some = await checkEngineHeldExport(page, testInfo, 'json')
  console.log(`export of a country's matching events as JSON: ${JSON.stringify(some)}`)
})

test('stepping asks the engine: N / P and the arrow keys select the next and previous matching event in time order; a run of steps is one history entry, and Back undoes a filter', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`${service.appUrl}&from=2020-03-01&to=2020-03-04`)
  const list = page.getByRole('region', { name: 'Events' })
  const details = page.getByRole('region', { name: 'Event details' })
  const items = list.getByRole('listitem')
  await expect(items.nth(3)).toBeVisible()
  const titles = await items.locator('.event-title').allTextContents()
  await items.first().getByRole('button').click()
  const heading = details.getByRole('heading', { level: 3 })
  await expect(heading).toHaveText(titles[0] ?? '')
  const selectedAt = page.url()
  await page.locator('body').press('n')
  await expect(heading).toHaveText(titles[1] ?? '')
  await page.locator('body').press('n')
  await expect(heading).toHaveText(titles[2] ?? '')
  await page.locator('body').press('p')
  await expect(heading).toHaveText(titles[1] ?? '')
  // Back: to where the stepping began, not through each step.
  await page.goBack()
  await expect(heading).toHaveText(titles[0] ?? '')
  expect(page.url()).toBe(selectedAt)
  // The list's arrow keys step too (asked of the engine, in the same order).
  await list
    .getByRole('button', { name: new RegExp(titles[0] ?? '') })
    .first()
    .focus()
  await page.keyboard.press('ArrowDown')
  await expect(heading).toHaveText(titles[1] ?? '')

  // A filter is a history step: Back undoes it, as on the in-page dashboard.
  const filters = page.getByRole('region', { name: 'Filters' })
  const country = filters.getByRole('group', { name: 'Countries' }).getByRole('checkbox').first()
  await country.check()
  await expect(page).toHaveURL(/country=/)
  await page.goBack()
  await expect(page).not.toHaveURL(/country=/)
  await expect(country).not.toBeChecked()
})

for (const { lang, width, height } of [
  { lang: 'en', width: 1440, height: 900 },
  { lang: 'en', width: 390, height: 844 },
  { lang: 'ar', width: 1440, height: 900 },
  { lang: 'ar', width: 390, height: 844 },
]) {
  test(`print: the first matching events asked of the engine, the filters in words at the top, how many are left out (${lang}, ${width}×${height})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width, height })
    const url = new URL(service.appUrl)
    url.searchParams.set('status', 'occurred')
    url.searchParams.set('lang', lang)
    await page.goto(url.toString())
    await expect(page.getByRole('region').first()).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    const printed = page.locator('.printed-story')
    await expect(printed.locator('.printed-event')).toHaveCount(1000)
    if (lang === 'en') {
      const counted = ROWS.toLocaleString('en')
      await expect(
        printed.getByText(
          new RegExp(`^${counted} of ${counted} events: only occurred events, in time order`),
        ),
      ).toBeVisible()
      await expect(printed.locator('.printed-left-out')).toHaveText(
        `${(ROWS - 1000).toLocaleString('en')} more matching events are not printed: a printout holds the first 1,000. Narrow them with the filters to print the rest.`,
      )
    } else {
      await expect(printed.locator('.printed-left-out')).toBeVisible()
    }
    await page.screenshot({ path: testInfo.outputPath(`print-preview-${lang}-${width}.png`) })
  })
}
