import type { Page } from '@playwright/test'
import { generateDataset } from '../scripts/synthetic/generate-dataset'
import { expect, test } from './fixtures'
import { selectedTimelineItem, timelineCanvas } from './timeline-selectors'

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
  await expect(timelineCanvas(page).locator('.vis-item').first()).toBeVisible({ timeout: 30_000 })
}

const filters = (page: Page) => page.getByRole('region', { name: 'Filters' })
const details = (page: Page) => page.getByRole('region', { name: 'Event details' })

test('10,000 events: filters narrow every view, and the list says what it shows', async ({ page }) => {
  await openLarge(page)
  await expect(filters(page)).toContainText('10000 of 10000 events match')
  await expect(page.getByRole('region', { name: 'Events' })).toContainText('events match; the')
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
