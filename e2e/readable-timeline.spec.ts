import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  isInTimelineView,
  selectedTimelineItem,
  timelineCanvas,
  timelineDot,
  timelineItem,
} from './widget-selectors'

// The timeline as a reader meets it: what each mark says on hover, what the pointer says, where the
// source was published, and hollow marks where the legend draws them hollow.
async function openStory(page: Page, search = '', { drawn = 'Kim’s letter to Putin' } = {}) {
  await page.goto(`/${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim and Putin pledge closer ties')
  if (drawn) await expect(timelineItem(page, drawn)).toBeVisible()
}

test('each event says on hover what it is and when, and the pointer says it can be chosen', async ({
  page,
}) => {
  await openStory(page)
  const label = timelineItem(page, 'Trilateral summit at Camp David').locator('.timeline-item-label')
  await expect(label).toHaveAttribute('title', 'Trilateral summit at Camp David — 18 August 2023 (scheduled)')
  await expect(timelineItem(page, 'Trilateral summit at Camp David')).toHaveCSS('cursor', 'pointer')
})

test('the publication date is marked on the timeline, between what is reported and what is announced', async ({
  page,
}) => {
  await openStory(page)
  const marker = timelineCanvas(page).getByText('Published 15 August 2023')
  await expect(marker).toBeVisible()
  const line = (await marker.boundingBox())?.x ?? 0
  const reported = (await timelineItem(page, 'Kim’s letter to Putin').boundingBox())?.x ?? 0
  const announced = (await timelineItem(page, 'Trilateral summit at Camp David').boundingBox())?.x ?? 0
  expect(reported).toBeLessThan(line)
  expect(announced).toBeGreaterThan(line)
})

test('"on or before" and uncertain dates are drawn hollow, as the legend shows them', async ({ page }) => {
  await openStory(page)
  const dot = timelineDot(timelineItem(page, 'US “deeply concerned”'))
  await expect(dot).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  const box = await dot.boundingBox()
  // As large as a solid dot, so that its hollow can be seen.
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(8)
})

const detailsHeading = (page: Page) =>
  page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 })
const windowLabel = (page: Page) => page.locator('.timeline-panel .panel-meta')

test('stepping starts from the events in view, keeps a readable window, and is one step in the history', async ({
  page,
}) => {
  await openStory(page)
  const before = page.url()
  await timelineCanvas(page).focus()
  await page.keyboard.press('ArrowRight')
  // The first event in the August view, not the story's first (1910).
  await expect(detailsHeading(page)).toHaveText('Moscow and Pyongyang draw closer')
  for (let step = 0; step < 12; step += 1) await page.keyboard.press('ArrowRight')
  await expect(detailsHeading(page)).toHaveText('Trilateral summit at Camp David')
  // Weeks, not decades.
  await expect(windowLabel(page)).toHaveText(/^Showing \d+( [A-Z][a-z]+)? – \d+ [A-Z][a-z]+ 2023$/)
  // A run of steps is one entry: Back returns to where it began.
  await page.goBack()
  await expect(page).toHaveURL(before)
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Choose an event')
})

test('zooming in keeps the selected event in view', async ({ page }) => {
  await openStory(page, '?event=kim-letter-to-putin')
  await timelineCanvas(page).focus()
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('+')
  await expect(windowLabel(page)).toHaveText(/Aug 2023, \d\d:\d\d/)
  await expect(selectedTimelineItem(page)).toBeVisible()
  expect(await isInTimelineView(page, selectedTimelineItem(page))).toBe(true)
})

test('a timeline with nothing to draw says why, and how to get something', async ({ page }) => {
  await openStory(page, '?q=colony', { drawn: '' })
  const note = page.getByRole('status').filter({ hasText: 'The one matching event lies outside this view' })
  await expect(note).toBeVisible()
  await note.getByRole('button', { name: 'Show it' }).click()
  await expect(timelineItem(page, 'Japan rules Korea as a colony')).toBeVisible()
  await expect(note).toHaveCount(0)

  await openStory(page, '?country=AL&actor=kim-jong-un', { drawn: '' })
  const none = page.getByRole('status').filter({ hasText: 'No event matches Albania and Kim Jong Un' })
  await expect(none).toBeVisible()
  await none.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).not.toHaveURL(/country=/)
  await expect(timelineItem(page, 'Kim’s letter to Putin')).toBeVisible()
})

test('the tab’s title says which view it is', async ({ page }) => {
  await openStory(page)
  await expect(page).toHaveTitle('Kim and Putin pledge closer ties — Story Timeline')
  await page.goto('/?event=camp-david-summit')
  await expect(page).toHaveTitle('Trilateral summit at Camp David — Kim and Putin pledge closer ties')
})

test('status is a filter: the legend’s chips show only the events of the statuses pressed', async ({
  page,
}) => {
  await openStory(page)
  const scheduled = page.getByRole('button', { name: /^Scheduled \d+$/ })
  await expect(scheduled).toHaveAttribute('aria-pressed', 'false')
  await expect(scheduled).toHaveText(/Scheduled 2$/)
  await scheduled.click()
  await expect(page).toHaveURL(/status=scheduled/)
  await expect(scheduled).toHaveAttribute('aria-pressed', 'true')
  const list = page.getByRole('region', { name: 'Events' }).getByRole('listitem')
  await expect(list).toHaveCount(2)
  await expect(timelineItem(page, 'Trilateral summit at Camp David')).toBeVisible()
  await expect(timelineItem(page, 'Kim’s letter to Putin')).toHaveCount(0)
  await page.getByRole('button', { name: /^Alleged \d+$/ }).click()
  await expect(list).toHaveCount(3)
  await page.goBack()
  await expect(list).toHaveCount(2)
  await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Clear all' }).click()
  await expect(list).toHaveCount(16)
  await expect(page).not.toHaveURL(/status=/)
})

test('to a screen reader: the selection is said, focus goes somewhere useful, names are unique, charts are tables', async ({
  page,
}) => {
  await openStory(page)
  await timelineCanvas(page).focus()
  await page.keyboard.press('ArrowRight')
  await expect(
    page.getByText('Selected: Moscow and Pyongyang draw closer, 2022 – 15 August 2023'),
  ).toBeAttached()
  // The drawing is hidden: the event list says the same, in order.
  await expect(timelineCanvas(page).locator('.timeline-canvas')).toHaveAttribute('aria-hidden', 'true')

  // "Show event" goes once its event is chosen: the focus goes to the details' heading, not the page.
  await page.keyboard.press('Escape')
  const show = page
    .getByRole('region', { name: 'Quotes' })
    .getByRole('button', { name: /^Show event: Putin’s message/ })
  await show.first().focus()
  await page.keyboard.press('Enter')
  await expect(detailsHeading(page)).toHaveText('Putin’s message to Kim')
  await expect(detailsHeading(page)).toBeFocused()

  await page.keyboard.press('Escape')
  const names = await page
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent ?? ''),
    )
  const repeated = names.filter((name, index) => name.trim() && names.indexOf(name) !== index)
  expect(repeated).toEqual([])

  // Each chart has a table alternative, and its drawing takes no focus.
  await expect(page.getByRole('table', { name: /Events per year/ })).toBeAttached()
  await expect(page.getByRole('table', { name: 'Matching events by country' })).toBeAttached()
  expect(await page.locator('.charts-panel svg[tabindex]').count()).toBe(0)
})

test('a link to an event does not move the focus, nor scroll a phone’s page past the story’s title', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openStory(page, '?event=kim-letter-to-putin')
  await expect(detailsHeading(page)).toHaveText('Kim’s letter to Putin')
  await expect(detailsHeading(page)).not.toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})

test('on a phone, choosing an event in the list brings its details into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openStory(page)
  const list = page.getByRole('region', { name: 'Events' })
  await list.scrollIntoViewIfNeeded()
  await list.getByRole('button', { name: /Victory over Japan/ }).click()
  await expect(detailsHeading(page)).toHaveText('Victory over Japan in World War II')
  await expect(detailsHeading(page)).toBeInViewport()
})
