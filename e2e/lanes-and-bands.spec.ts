import { expect, test } from './fixtures'
import { afterFrames } from './waits'
import {
  selectedTimelineItem,
  timelineCanvas,
  timelineEraBands,
  timelineItem,
  timelineLaneLabels,
} from './widget-selectors'

// Structure on the timeline: lanes by a facet (?group=), and a band behind the era the story reaches
// back to (Japanese colonial rule of Korea, 1910–1945).

const lanePicker = (page: import('@playwright/test').Page) => page.getByLabel('Lanes')

test('lanes by country: chosen from the picker, held in the link, and undone by Back', async ({ page }) => {
  // Tall enough for both of the letter's lanes to be in view: vis-timeline draws only the items of the
  // lanes in view, and how tall North Korea's lane stacks depends on the fonts' widths.
  await page.setViewportSize({ width: 1440, height: 1400 })
  await page.goto('/')
  await expect(timelineItem(page, 'Kim’s letter to Putin')).toHaveCount(1)
  await lanePicker(page).selectOption({ label: 'By country' })
  await expect(page).toHaveURL(/[?&]group=country(&|$)/)
  await expect(timelineLaneLabels(page).first()).toHaveText('North Korea')
  await expect(timelineLaneLabels(page).first()).toHaveAttribute('title', /^North Korea: \d+ events$/)
  // Kim's letter involves North Korea and Russia: it is drawn in both lanes.
  await expect(timelineItem(page, 'Kim’s letter to Putin')).toHaveCount(2)
  await page.goBack()
  await expect(page).not.toHaveURL(/group=/)
  await expect(lanePicker(page)).toHaveValue('')
  await expect(timelineLaneLabels(page)).toHaveCount(0)
  await expect(timelineItem(page, 'Kim’s letter to Putin')).toHaveCount(1)
})

test('an event chosen in one lane is selected in each of its lanes, and its details open', async ({
  page,
}) => {
  // Tall enough for both of the letter's lanes (North Korea, Russia) to be in view: vis-timeline
  // draws only the lanes in view.
  await page.setViewportSize({ width: 1440, height: 1400 })
  await page.goto('/?group=country')
  await expect(timelineLaneLabels(page).first()).toHaveText('North Korea')
  await timelineItem(page, 'Kim’s letter to Putin').first().click()
  await expect(page).toHaveURL(/event=kim-letter-to-putin/)
  await expect(selectedTimelineItem(page)).toHaveCount(2)
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 }),
  ).toHaveText('Kim’s letter to Putin')
  // Still both once the app's answer to the click is drawn: the page shows the selection (above), and
  // the redraw it queued for the next frame has run.
  await afterFrames(page)
  await expect(selectedTimelineItem(page)).toHaveCount(2)
})

test('a link to an event in a lane below the fold scrolls to its lane', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  // The summit involves South Korea, Japan and the United States, none of them the first lane.
  await page.goto('/?group=actor&event=camp-david-summit')
  const selected = selectedTimelineItem(page).first()
  await expect(selected).toBeVisible()
  const frame = await timelineCanvas(page).boundingBox()
  const box = await selected.boundingBox()
  expect(box && frame && box.y >= frame.y && box.y + box.height <= frame.y + frame.height).toBe(true)
  await expect(page.getByRole('button', { name: /more lanes? above/ })).toBeVisible()
})

test('lanes by kind of actor and by status; a lane picked up by the link that makes no sense is said', async ({
  page,
}) => {
  await page.goto('/?group=actor-kind')
  await expect(timelineLaneLabels(page)).toHaveText(['People', 'Organizations', 'Countries'])
  await page.goto('/?group=status&from=1900-01-01&to=2030-01-01')
  await expect(timelineLaneLabels(page)).toHaveText(['Occurred', 'Scheduled', 'Alleged'])
  await page.goto('/?group=weather')
  await expect(
    page.getByText(/lanes can be by country, actor, actor-kind, category, status, not “weather”/),
  ).toBeVisible()
  await expect(timelineLaneLabels(page)).toHaveCount(0)
})

test('the colonial era is a band behind every row, which lets the pointer through to pan', async ({
  page,
}) => {
  await page.goto('/?from=1900-01-01&to=2030-01-01')
  const band = timelineEraBands(page)
  await expect(band).toHaveCount(1)
  await expect(band).toHaveCSS('pointer-events', 'none')
  const bar = await timelineItem(page, 'Japan rules Korea as a colony').boundingBox()
  const area = await band.boundingBox()
  if (!bar || !area) throw new Error('the band or its event is not drawn')
  // Over the same years as the event's bar, and taller than any one row.
  expect(Math.abs(area.x - bar.x)).toBeLessThan(3)
  expect(Math.abs(area.x + area.width - (bar.x + bar.width))).toBeLessThan(3)
  expect(area.height).toBeGreaterThan(bar.height * 3)
  // In lanes too, the band spans all of them.
  await page.goto('/?from=1900-01-01&to=2030-01-01&group=country')
  await expect(timelineEraBands(page)).toHaveCount(1)
  // Filtered out, the era's band goes with its event.
  await page.goto('/?from=1900-01-01&to=2030-01-01&country=RU')
  await expect(timelineItem(page, 'Kim’s letter to Putin')).toHaveCount(1)
  await expect(timelineEraBands(page)).toHaveCount(0)
})
