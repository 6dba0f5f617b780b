import type { Page, TestInfo } from '@playwright/test'
import type { EngineService } from './engine-service'
import { expect } from './fixtures'

/**
 * What a page opened on a story the engine service holds shows, drawn from the engine's answers, and
 * what it fetches (the app's files and answers only: no dataset, nothing from another origin). Logs
 * the first view's time: from the address to the title, counts and first events drawn.
 */
export async function checkEngineHeldPage(
  page: Page,
  service: EngineService,
  rows: number,
  testInfo: TestInfo,
): Promise<void> {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  const begun = Date.now()
  await page.goto(service.appUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`acled-${rows}.parquet`)
  const counted = rows.toLocaleString('en')
  await expect(page.getByText(new RegExp(`^${counted} events, 0 quotes · From `))).toBeVisible()
  const list = page.getByRole('list')
  await expect(list.getByRole('button')).toHaveCount(100)
  const width = page.viewportSize()?.width
  console.log(
    `first view of ${counted} rows (title, counts, first 100 events) at ${width}px: ${Date.now() - begun} ms`,
  )
  await expect(page.getByText(`The first 100 of ${counted} events, in time order.`)).toBeVisible()
  await expect(page.getByRole('note')).toContainText('not available yet')

  const third = list.getByRole('button').nth(2)
  const title = (await third.textContent()) ?? ''
  await third.click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details.getByRole('heading', { name: title })).toBeVisible()
  await expect(details.getByText(/^Countries: \u2068[A-Z]{2}/)).toBeVisible()

  // A country among the engine's counts: the list becomes the engine's answer under it, its total
  // the count the button showed.
  const filters = page.getByRole('region', { name: 'Filters' })
  const country = filters.getByRole('group', { name: 'Countries' }).getByRole('button').first()
  const [, count = ''] = /\(([\d,]+)\)$/.exec((await country.textContent()) ?? '') ?? []
  await country.click()
  await expect(country).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText(`The first 100 of ${count} events, in time order.`)).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath(`engine-held-${rows}-${width}.png`) })
  await filters.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByText(`The first 100 of ${counted} events, in time order.`)).toBeVisible()

  // A search, answered by the engine: fewer events, the first of them titled so.
  await page.getByLabel('Search titles, summaries and quotes').fill('armed clash')
  await expect(page.getByText(`The first 100 of ${counted} events, in time order.`)).toBeHidden()
  await expect(page.getByText(/^The first 100 of [\d,]+ events, in time order\.$/)).toBeVisible()
  await expect(list.getByRole('button').first()).toContainText('Armed clash')
  await page.getByLabel('Search titles, summaries and quotes').fill('')

  expect(requested.every((url) => url.startsWith(service.origin))).toBe(true)
  expect(requested.filter((url) => /\/data\/|\.json(\?|$)|\.parquet|\.csv/.test(url))).toEqual([])
  expect(requested.filter((url) => url.endsWith('/query')).length).toBeGreaterThanOrEqual(3)
}
