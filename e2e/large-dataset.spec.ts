import type { Page } from '@playwright/test'
import { generateDataset } from '../src/testing/synthetic-dataset'
import { expect, seriousAxeViolations, test } from './fixtures'
import { selectedTimelineItem, timelineCanvas, timelineCountingBars, timelineItems } from './widget-selectors'

// The same behaviour at scale: a generated story of 10,000 events, served at a same-origin address.
const DATASET = generateDataset(10_000, 1)
const BODY = JSON.stringify(DATASET)
const URL_PATH = '/generated/synthetic-10000.json'

test.describe.configure({ timeout: 90_000 })

async function openLarge(page: Page, extra = '') {
  // Match the file's path only: a glob would also match the page's own address, whose query names it.
  await page.route(
    (url) => url.pathname === URL_PATH,
    (route) => route.fulfill({ contentType: 'application/json', body: BODY }),
  )
  await page.goto(`/?data=${URL_PATH}${extra}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synthetic story of 10,000 events', {
    timeout: 60_000,
  })
  await expect(timelineItems(page).first()).toBeVisible({ timeout: 30_000 })
}

const filters = (page: Page) => page.getByRole('region', { name: 'Filters' })
const details = (page: Page) => page.getByRole('region', { name: 'Event details' })

test('10,000 events: filters narrow every view, and the list says what it shows', async ({ page }) => {
  await openLarge(page)
  await expect(filters(page)).toContainText('10,000 of 10,000 events match')
  await expect(page.getByRole('region', { name: 'Events' })).toContainText('events match; listed are the')
  await filters(page)
    .getByRole('group', { name: 'Countries' })
    .getByRole('checkbox', { name: 'Ukraine' })
    .check()
  await expect(page).toHaveURL(/country=UA/)
  const summary = await filters(page).locator('.filters-summary').textContent()
  const matching = Number(/^(\d+) of/.exec(summary ?? '')?.[1])
  expect(matching).toBeGreaterThan(0)
  expect(matching).toBeLessThan(10_000)
  // The count agrees with the data itself.
  const ukrainian = new Set(DATASET.actors.filter((actor) => actor.country === 'UA').map((actor) => actor.id))
  expect(matching).toBe(DATASET.events.filter((event) => event.actors.some((id) => ukrainian.has(id))).length)

  // Few enough to list whole: the list says how many of the story's events it holds.
  const afghan = new Set(DATASET.actors.filter((actor) => actor.country === 'AF').map((actor) => actor.id))
  const inAfghanistan = DATASET.events.filter(
    (event) => event.actors.some((id) => afghan.has(id)) || event.countries?.includes('AF'),
  ).length
  expect(inAfghanistan).toBeGreaterThan(0)
  expect(inAfghanistan).toBeLessThan(500)
  const countries = filters(page).getByRole('group', { name: 'Countries' })
  await countries.getByRole('checkbox', { name: 'Ukraine' }).uncheck()
  await countries.getByRole('checkbox', { name: 'Afghanistan' }).check()
  await expect(page.getByRole('region', { name: 'Events' }).locator('.panel-meta')).toHaveText(
    `${inAfghanistan} of 10,000`,
  )
})

test('10,000 events: choosing a counting bar zooms into its stretch of time', async ({ page }) => {
  await openLarge(page)
  await page.getByRole('button', { name: 'Fit all' }).click()
  const label = page.locator('.timeline-panel .panel-meta')
  await expect(label).toHaveText(/^Showing \d{4} – \d{4}$/)
  const before = await label.textContent()
  const bar = timelineCountingBars(page).first()
  await expect(bar).toBeVisible()
  // Side by side in one row (vis-timeline stacked bars that touched in two), each count whole.
  const drawn = await timelineCountingBars(page).evaluateAll((bars) =>
    bars.map((each) => {
      const label = each.querySelector('.timeline-item-label')
      return {
        top: each.getBoundingClientRect().top,
        cut: label ? label.scrollWidth > label.clientWidth : true,
      }
    }),
  )
  expect(drawn.length).toBeGreaterThan(1)
  expect(new Set(drawn.map((each) => Math.round(each.top))).size).toBe(1)
  expect(drawn.filter((each) => each.cut)).toEqual([])
  await bar.click()
  await expect(label).not.toHaveText(before ?? '')
  // The new window is in the link; no event was selected.
  expect(new URL(page.url()).searchParams.get('from')).not.toBeNull()
  await expect(page).not.toHaveURL(/event=/)
})

test('10,000 events: a deep link opens its event selected and in view', async ({ page }) => {
  const target = DATASET.events[5000]
  if (!target) throw new Error('no target event')
  await openLarge(page, `&event=${target.id}`)
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(target.title)
  await expect(selectedTimelineItem(page)).toContainText(target.title)
})

test('10,000 events: the keyboard steps through events in time', async ({ page }) => {
  await openLarge(page, '&country=KP')
  await timelineCanvas(page).focus()
  await page.keyboard.press('ArrowRight')
  const first = await details(page).getByRole('heading', { level: 3 }).textContent()
  await page.keyboard.press('ArrowRight')
  await expect(details(page).getByRole('heading', { level: 3 })).not.toHaveText(first ?? '')
  await page.keyboard.press('ArrowLeft')
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(first ?? '')
  await page.keyboard.press('Escape')
  await expect(details(page)).toContainText('Choose an event')
})

const eventList = (page: Page) => page.getByRole('region', { name: 'Events' })

test('10,000 events: the list holds every event in the window, drawing only the rows in sight', async ({
  page,
}) => {
  await openLarge(page)
  const note = await eventList(page).locator('.list-note').textContent()
  const listed = Number(/listed are the ([\d,]+)/.exec(note ?? '')?.[1]?.replace(/,/g, ''))
  // More than the few hundred a plain list could hold, and all of them counted in the header.
  expect(listed).toBeGreaterThan(1000)
  await expect(eventList(page).locator('.panel-meta')).toHaveText(`${listed.toLocaleString('en')} listed`)
  const rows = eventList(page).getByRole('listitem')
  expect(await rows.count()).toBeLessThan(60)
  // Rows told their place in the whole (aria-posinset / aria-setsize) are valid list items.
  expect(await seriousAxeViolations(page)).toEqual([])
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(listed))
  // Scrolled to its end, the list draws its last rows, and the last one can be chosen.
  await eventList(page)
    .locator('.panel-body')
    .evaluate((body) => body.scrollTo({ top: body.scrollHeight }))
  const last = rows.last()
  await expect(last).toHaveAttribute('aria-posinset', String(listed))
  const title = await last.locator('.event-title').textContent()
  await last.getByRole('button').click()
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(title ?? '')
  await expect(last.getByRole('button')).toHaveAttribute('aria-current', 'true')
})

test('10,000 events: Up and Down in the list step through events, the list scrolling with the focus', async ({
  page,
}) => {
  await openLarge(page, '&country=KP')
  const body = eventList(page).locator('.panel-body')
  await eventList(page).getByRole('listitem').nth(2).getByRole('button').click()
  for (let step = 0; step < 25; step += 1) await page.keyboard.press('ArrowDown')
  const focused = page.locator('.event-list-button:focus')
  await expect(focused).toHaveAttribute('aria-current', 'true')
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(
    (await focused.locator('.event-title').textContent()) ?? '',
  )
  // The selected row is inside the panel's visible part, not scrolled out of it.
  const row = await focused.boundingBox()
  const panel = await body.boundingBox()
  if (!row || !panel) throw new Error('no boxes')
  expect(row.y).toBeGreaterThanOrEqual(panel.y)
  expect(row.y + row.height).toBeLessThanOrEqual(panel.y + panel.height)
  await page.keyboard.press('ArrowUp')
  await expect(page.locator('.event-list-button:focus')).toHaveAttribute('aria-current', 'true')
})

test('10,000 events: every quote of the matching events can be read, down to the last', async ({ page }) => {
  await openLarge(page)
  const quotes = page.getByRole('region', { name: 'Quotes' })
  const total = DATASET.quotes.length
  await expect(quotes.locator('.panel-meta')).toHaveText(`${total.toLocaleString('en')} from matching events`)
  await quotes.locator('.panel-body').evaluate((body) => body.scrollTo({ top: body.scrollHeight }))
  const last = quotes.getByRole('listitem').last()
  await expect(last).toHaveAttribute('aria-posinset', String(total))
  // The last quote in the list is the dataset's quote of the latest event that has one.
  const lastText = (await last.locator('blockquote').textContent()) ?? ''
  expect(DATASET.quotes.some((quote) => lastText.includes(quote.text))).toBe(true)
})
