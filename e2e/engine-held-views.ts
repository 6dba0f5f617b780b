import type { Page, TestInfo } from '@playwright/test'
import type { EngineService } from './engine-service'
import { expect, seriousAxeViolations } from './fixtures'

// The map and the charts of a story the engine service holds (e2e/engine-held.spec.ts), checked
// against the service's own answers, asked of it directly as JSON.

/** The service's answer to a query description, as JSON (what the page gets as Arrow). */
export async function askService<Answer>(page: Page, service: EngineService, query: object): Promise<Answer> {
  const response = await page.request.post(`${service.origin}/query`, {
    data: query,
    headers: { Accept: 'application/json' },
  })
  expect(response.ok()).toBe(true)
  return (await response.json()) as Answer
}

const NO_FILTER = {
  chosen: { country: [], actor: [], category: [], status: [] },
  search: '',
  area: null,
  window: null,
}

/** Sums a column of counts written as English writes them ("12,345"). */
const sumOf = (cells: readonly string[]) =>
  cells.reduce((sum, cell) => sum + Number(cell.replace(/,/g, '')), 0)

/**
 * The charts (the first tab): the density chart's bars, over the story's whole span, count every
 * matching event once (its table's column of matching events adds up to the filters' count); the
 * breakdown names the engine's countries. Then the map (the other tab): each country's count is the
 * engine's, past its cap the placed events are counted in cells (said so, and each mark a count), and
 * choosing a country filters by it.
 */
export async function checkEngineHeldChartsAndMap(
  page: Page,
  service: EngineService,
  rows: number,
  testInfo: TestInfo,
): Promise<void> {
  const counted = rows.toLocaleString('en')
  // The whole story in the timeline's window: the map counts what the window holds.
  await page.goto(`${service.appUrl}&from=1900-01-01&to=2100-01-01`)
  const filters = page.getByRole('region', { name: 'Filters' })
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeVisible()
  const stacked = (page.viewportSize()?.width ?? 0) < 1000
  if (!stacked)
    await expect(page.getByRole('tab', { name: 'Charts' })).toHaveAttribute('aria-selected', 'true')

  const charts = page.locator('.charts-panel')
  const density = charts.locator('.density-chart table tbody tr td:nth-child(3)')
  await expect(density.first()).toBeAttached({ timeout: 30_000 })
  await expect.poll(async () => sumOf(await density.allTextContents()), { timeout: 30_000 }).toBe(rows)
  await expect(charts.locator('.breakdown-chart table th').first()).not.toBeEmpty()
  await page.screenshot({ path: testInfo.outputPath(`engine-held-charts-${page.viewportSize()?.width}.png`) })

  if (!stacked) await page.getByRole('tab', { name: 'Map' }).click()
  const map = page.locator('.map-panel')
  await expect(map.locator('.map-frame > svg')).not.toHaveAttribute('width', '0', { timeout: 30_000 })
  await expect(map.getByText(/Counted in cells of 1°/)).toBeVisible({ timeout: 30_000 })
  const answered = await askService<{ rows: Array<{ country: string; count: number }> }>(page, service, {
    kind: 'map-countries',
    filter: NO_FILTER,
  })
  const busiest = [...answered.rows].sort((a, b) => b.count - a.count)[0]
  if (!busiest) throw new Error('the engine counted no country')
  const list = map.locator('details.map-countries:not(.map-marks-list)')
  await list.locator('summary').click()
  const first = list.locator('li').first()
  await expect(first.locator('.facet-count')).toContainText(`${busiest.count.toLocaleString('en')} events`)
  // Past the cap every mark is a count of a cell: none names one event.
  const marks = map.locator('details.map-marks-list')
  await marks.locator('summary').click()
  await expect(marks.getByRole('button').first()).toHaveText(
    /^[\d,]+ events? around -?\d+\.\d\d, -?\d+\.\d\d$/,
  )
  expect(await seriousAxeViolations(page)).toEqual([])
  await page.screenshot({ path: testInfo.outputPath(`engine-held-map-${page.viewportSize()?.width}.png`) })

  // A cell chosen from the keyboard zooms in, and the engine is asked for the area in view in smaller
  // cells: the cell splits (smaller cells, or its events), never the same cell again.
  const settled = page.locator('.map-panel[aria-busy="false"]')
  const cell = marks.getByRole('button').first()
  const chosen = await cell.textContent()
  await cell.focus()
  await page.keyboard.press('Enter')
  await expect(settled).toBeVisible({ timeout: 30_000 })
  await expect(map.getByText(/Counted in cells of 1°/)).toBeHidden()
  await expect(marks.getByRole('button').first()).not.toHaveText(chosen ?? '')
  await page.screenshot({
    path: testInfo.outputPath(`engine-held-map-zoomed-${page.viewportSize()?.width}.png`),
  })
  await map.getByRole('button', { name: 'Show the whole world' }).click()
  await expect(map.getByText(/Counted in cells of 1°/)).toBeVisible({ timeout: 30_000 })

  await first.getByRole('button').click()
  await expect(page).toHaveURL(/country=[A-Z]{2}/)
  await expect(
    filters.getByText(`${busiest.count.toLocaleString('en')} of ${counted} events match`),
  ).toBeVisible()
  await expect(first.getByRole('button')).toHaveAttribute('aria-pressed', 'true')

  // A few days in the window: few enough placed events for the engine to give each as a point. A
  // mark of one event, named by its place (the page holds no event's words), selects it.
  const url = new URL(page.url())
  url.searchParams.set('from', '2020-03-01')
  url.searchParams.set('to', '2020-03-04')
  await page.goto(url.toString())
  if (!stacked) await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true')
  await expect(map.getByText(/Counted in cells/)).toBeHidden({ timeout: 30_000 })
  const markList = map.locator('details.map-marks-list')
  await markList.locator('summary').click()
  const single = markList.getByRole('button', { name: /^An event at / })
  // At the whole world's scale a country's events are one mark: choosing it zooms in, until they split.
  // (Each zoom asks the engine for the area in view: the list is read once its answer is in.)
  for (let zooms = 0; zooms < 8 && (await single.count()) === 0; zooms++) {
    await markList.getByRole('button').first().click()
    await expect(settled).toBeVisible({ timeout: 30_000 })
  }
  await single.first().click()
  await expect(page).toHaveURL(/event=/)
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 }),
  ).not.toBeEmpty()
}
