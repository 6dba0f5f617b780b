import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  breakdownNames,
  brushHandle,
  chartSurfaces,
  chartTooltips,
  densityAxisLabels,
  densityPlot,
} from './widget-selectors'

// The charts as a reader meets them: round ticks over the story's own span, the window as a brush
// with handles, nothing left behind after a drag, nothing printed over anything, whole names.
async function openStory(page: Page, search = '') {
  await page.goto(`/${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim and Putin pledge closer ties')
  await expect(chartSurfaces(page)).toHaveCount(2)
}

test('the overview spans the story’s own years, labelled at round years', async ({ page }) => {
  await openStory(page)
  await expect(page.locator('.density-chart figcaption')).toContainText('Events per year, 1910 – 2023.')
  const years = (await densityAxisLabels(page).allTextContents()).map(Number)
  expect(years.length).toBeGreaterThanOrEqual(3)
  for (const year of years) expect(year % 10, `${year} is a round year`).toBe(0)
})

test('the window is a brush: dragging its start handle widens the timeline’s window', async ({ page }) => {
  await openStory(page)
  const label = page.getByText(/^Showing /)
  await expect(label).toHaveText(/^Showing \d+ \w+ – \d+ \w+ 2023$/)
  const handle = brushHandle(page, 'start')
  await expect(handle).toBeVisible()
  const box = await handle.boundingBox()
  const plot = await densityPlot(page).boundingBox()
  if (!box || !plot) throw new Error('no brush')
  // Even a two-month window over 113 years is drawn wide enough to hold its two handles.
  const band = await page.locator('.density-window').boundingBox()
  expect(band?.width ?? 0).toBeGreaterThanOrEqual(14)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(plot.x + plot.width * 0.5, box.y + box.height / 2, { steps: 6 })
  await page.mouse.up()
  await expect(label).toHaveText(/^Showing 19[4-7]\d – 2023$/)
  await expect(page).toHaveURL(/from=19\d\d-/)
  // Nothing stays behind once the pointer has gone: no tooltip, no frame.
  await page.mouse.move(5, 5)
  await expect(chartTooltips(page).filter({ visible: true })).toHaveCount(0)
  const outline = await densityPlot(page).evaluate((svg) => getComputedStyle(svg).outlineStyle)
  expect(outline).toBe('none')
})

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`at ${size.width}×${size.height} nothing in the charts prints over anything else`, async ({
    page,
  }) => {
    await page.setViewportSize(size)
    await openStory(page)
    const caption = await page.locator('.breakdown-chart figcaption').boundingBox()
    const overview = await page.locator('.density-chart .chart-canvas').boundingBox()
    if (!caption || !overview) throw new Error('no charts')
    expect(caption.y).toBeGreaterThanOrEqual(overview.y + overview.height - 1)
  })
}

test('actor names are shown whole, on two lines if need be', async ({ page }) => {
  await openStory(page)
  await page.getByRole('radio', { name: 'actor' }).check()
  const names = breakdownNames(page)
  await expect(names.first()).toBeVisible()
  const shown = await names.evaluateAll((texts) =>
    texts.map((text) => ({
      whole: text.querySelector('title')?.textContent ?? '',
      drawn: Array.from(text.querySelectorAll('tspan'))
        .map((line) => line.textContent)
        .join(' '),
    })),
  )
  expect(shown.map((name) => name.whole)).toContain('Russia’s defence minister')
  for (const name of shown) expect(name.drawn).toBe(name.whole)
})

// ACLED's export of May 2020 (../shared/real-data/, its provenance there) spans two months: the
// overview counts days, whose labels are long ("10 أبريل 2020"). Seven had overlapped at 1440×900.
for (const lang of ['en', 'ar']) {
  test(`a day-by-day overview’s labels never overlap (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`)
    await expect(chartSurfaces(page)).toHaveCount(2)
    await page.locator('input[type="file"][multiple]').setInputFiles('../shared/real-data/acled-2020-may.csv')
    await expect(page.locator('.density-chart figcaption')).toContainText('2020', { timeout: 30_000 })
    const labels = densityAxisLabels(page)
    await expect(labels.first()).toBeVisible()
    const boxes = []
    for (const label of await labels.all()) {
      const box = await label.boundingBox()
      if (box) boxes.push(box)
    }
    expect(boxes.length).toBeGreaterThanOrEqual(3)
    boxes.sort((a, b) => a.x - b.x)
    for (let index = 1; index < boxes.length; index++) {
      const [left, right] = [boxes[index - 1], boxes[index]]
      if (!left || !right) continue
      expect(left.x + left.width, `label ${index} overlaps the one beside it`).toBeLessThanOrEqual(right.x)
    }
  })
}
