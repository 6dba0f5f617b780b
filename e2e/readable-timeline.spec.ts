import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { timelineCanvas, timelineDot, timelineItem } from './widget-selectors'

// The timeline as a reader meets it: what each mark says on hover, what the pointer says, where the
// source was published, and hollow marks where the legend draws them hollow.
async function openStory(page: Page, search = '') {
  await page.goto(`/${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim and Putin pledge closer ties')
  await expect(timelineItem(page, 'Kim’s letter to Putin')).toBeVisible()
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
