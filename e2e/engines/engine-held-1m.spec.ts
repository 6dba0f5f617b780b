import { checkEngineHeldDashboard } from '../engine-held-checks'
import { checkEngineHeldExport } from '../engine-held-export'
import { checkEngineHeldChartsAndMap } from '../engine-held-views'
import { type EngineService, serviceOverRows } from '../engine-service'
import { expect, test } from '../fixtures'

// e2e/engine-held.spec.ts at 1,000,000 rows (`npm run test:engines`): every view the Done-means
// lists (filters, search, the timeline's counting bars and events, details, a deep link: the
// dashboard's check; the map and the charts: their check), stepping, and the export of the matching
// events of a filter and of all of them (the most a tab exports), its time, longest task and heap
// logged. The service's start and the first view's time are logged too.

const ROWS = 1_000_000
test.describe.configure({ mode: 'serial' })
let service: EngineService

test.beforeAll(async () => {
  // Making the file (once per machine, ~15 s) and loading it (~25–60 s) take longer than a test.
  test.setTimeout(600_000)
  service = await serviceOverRows(ROWS)
})
test.afterAll(() => service?.stop())

test('a million rows held by the engine: the dashboard from its answers, no dataset fetched', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  const begun = Date.now()
  await checkEngineHeldDashboard(page, service, ROWS, testInfo)
  console.log(
    `1M: the dashboard's check (filters, search, bars, events, details, link): ${Date.now() - begun} ms`,
  )
})

test('a million rows: the map and the charts from the engine', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const begun = Date.now()
  await checkEngineHeldChartsAndMap(page, service, ROWS, testInfo)
  console.log(`1M: the map's and charts' check: ${Date.now() - begun} ms`)
})

test('a million rows: N steps to the next matching event, asked of the engine', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto(`${service.appUrl}&from=2020-03-01&to=2020-03-04`)
  const items = page.getByRole('region', { name: 'Events' }).getByRole('listitem')
  await expect(items.nth(1)).toBeVisible()
  const titles = await items.locator('.event-title').allTextContents()
  await items.first().getByRole('button').click()
  const heading = page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 })
  await expect(heading).toHaveText(titles[0] ?? '')
  const begun = Date.now()
  await page.locator('body').press('n')
  await expect(heading).toHaveText(titles[1] ?? '')
  console.log(`1M: a step (N) to the next event: ${Date.now() - begun} ms`)
})

test('a million rows: export of a country’s matching events, then of all of them', async ({
  page,
}, testInfo) => {
  test.setTimeout(900_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(service.appUrl)
  const filters = page.getByRole('region', { name: 'Filters' })
  const counted = ROWS.toLocaleString('en')
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeVisible({ timeout: 60_000 })
  await filters.getByRole('group', { name: 'Countries' }).getByRole('checkbox').nth(1).check()
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeHidden({ timeout: 30_000 })
  const some = await checkEngineHeldExport(page, testInfo, 'csv')
  console.log(`1M: export of a country's matching events as CSV: ${JSON.stringify(some)}`)
  await page.goto(service.appUrl)
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeVisible({ timeout: 60_000 })
  const all = await checkEngineHeldExport(page, testInfo, 'csv')
  console.log(`1M: export of all ${counted} matching events as CSV: ${JSON.stringify(all)}`)
})
