import type { Page, TestInfo } from '@playwright/test'
import type { EngineService } from './engine-service'
import { expect, seriousAxeViolations } from './fixtures'
import { timelineCountingBars, timelineEventItems } from './widget-selectors'

/**
 * What the dashboard opened on a story the engine service holds shows, drawn from the engine's
 * answers, and what it fetches (the app's files and answers only: no dataset, nothing from another
 * origin): the frame, every facet's filters with the engine's counts, the timeline's counting bars and
 * then its events, the list, a chosen event's details, a search, a link to a filtered view that a
 * reload keeps. Logs the first view's time: from the address to the title, the filters' counts and the
 * timeline's bars drawn.
 */
export async function checkEngineHeldDashboard(
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
  const filters = page.getByRole('region', { name: 'Filters' })
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeVisible()
  await expect(timelineCountingBars(page).first()).toBeVisible()
  const width = page.viewportSize()?.width
  console.log(
    `first view of ${counted} rows (title, filters' counts, timeline's bars) at ${width}px: ${Date.now() - begun} ms`,
  )
  await expect(page.getByText(/^This story is held by the query engine at/)).toBeVisible()
  // Every facet the panel offers, with the engine's counts; the statuses in the legend's chips.
  const countries = filters.getByRole('group', { name: 'Countries' })
  await expect(countries.getByRole('checkbox')).not.toHaveCount(0)
  await expect(filters.getByRole('group', { name: 'Actors' }).first().getByRole('checkbox')).not.toHaveCount(
    0,
  )
  await expect(page.getByRole('button', { name: /^Occurred/ })).toContainText(counted)
  // The list: past 500 matching events, those in the timeline's window, said so.
  const list = page.getByRole('region', { name: 'Events' })
  await expect(list.getByText(new RegExp(`^${counted} events match; `))).toBeVisible()
  expect(await seriousAxeViolations(page)).toEqual([])

  // A country among the engine's counts: the count the filters say is the one its checkbox showed;
  // its link, reloaded, opens the same view.
  const country = countries.getByRole('checkbox').first()
  const name = (await country.getAttribute('aria-label')) ?? (await country.locator('..').textContent()) ?? ''
  const item = countries.locator('li').first()
  const [, count = ''] = /([\d,]+)\s*$/.exec((await item.textContent()) ?? '') ?? []
  await country.check()
  await expect(filters.getByText(`${count} of ${counted} events match`)).toBeVisible()
  await expect(page).toHaveURL(/country=[A-Z]{2}/)
  await page.reload()
  await expect(filters.getByText(`${count} of ${counted} events match`)).toBeVisible()
  await expect(countries.getByRole('checkbox').first()).toBeChecked()
  await page.screenshot({ path: testInfo.outputPath(`engine-held-${rows}-${width}.png`) })
  expect(name).not.toBe('')

  // Zoomed into a few days: the timeline draws events, the list lists them; one chosen, its details.
  const url = new URL(page.url())
  url.searchParams.set('from', '2020-03-01')
  url.searchParams.set('to', '2020-03-04')
  await page.goto(url.toString())
  await expect(timelineEventItems(page).first()).toBeVisible()
  const first = list.getByRole('listitem').first().getByRole('button')
  const title = (await first.locator('.event-title').textContent()) ?? ''
  await first.click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(title)
  await expect(page).toHaveURL(/event=/)

  // A search, answered by the engine: fewer events match.
  await page.getByRole('searchbox').fill('armed clash')
  await expect(filters.getByText(new RegExp(`^[\\d,]+ of ${counted} events match$`))).toBeVisible()
  await expect(filters.getByText(`${count} of ${counted} events match`)).toBeHidden()

  expect(requested.every((address) => address.startsWith(service.origin))).toBe(true)
  expect(requested.filter((address) => /\/data\/|\.json(\?|$)|\.parquet|\.csv/.test(address))).toEqual([])
  expect(requested.filter((address) => address.endsWith('/query')).length).toBeGreaterThanOrEqual(5)
}
