import type { CDPSession, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { untilStill } from './waits'
import { selectedTimelineItem, timelineItem, timelineItemArea, timelineLabels } from './widget-selectors'

// Every label readable and every event reachable, at the sizes people read on: labels kept inside
// the frame, a cue for rows out of sight, the selection brought into view, a phone's page scrolling.
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
]

async function openStory(page: Page, search = '') {
  await page.goto(`/${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim and Putin pledge closer ties')
  await expect(timelineItem(page, 'Kim’s letter to Putin')).toBeVisible()
  // vis-timeline redraws once more after its first paint; labels are placed for the measured frame.
  await labelsStill(page)
}

/** Until the labels stay where they are: the timeline has finished redrawing. */
const labelsStill = (page: Page) =>
  untilStill(page, () =>
    timelineLabels(page).evaluateAll((labels) =>
      labels.map((label) => {
        const { left, top, width } = label.getBoundingClientRect()
        return [left, top, width]
      }),
    ),
  )

/** Labels whose box runs out of the timeline's frame, left or right (1 px of rounding allowed). */
async function labelsOutOfFrame(page: Page): Promise<string[]> {
  const frame = await timelineItemArea(page).boundingBox()
  if (!frame) throw new Error('no timeline')
  const boxes = await timelineLabels(page).evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect()
      return { text: label.textContent ?? '', left: box.left, right: box.right, width: box.width }
    }),
  )
  return boxes
    .filter((box) => box.width > 0)
    .filter((box) => box.right > frame.x + frame.width + 1 || box.left < frame.x - 1)
    .filter((box) => box.right > frame.x && box.left < frame.x + frame.width)
    .map((box) => box.text)
}

for (const size of SIZES) {
  test(`${size.name} ${size.width}×${size.height}: no label runs out of the timeline, and every event in view is reachable`, async ({
    page,
  }) => {
    await page.setViewportSize(size)
    await openStory(page)
    expect(await labelsOutOfFrame(page)).toEqual([])
    for (const fit of [false, true]) {
      if (fit) {
        await page.getByRole('button', { name: 'Fit all' }).click()
        await expect(page.getByText(/^Showing 19\d\d – 20\d\d$/)).toBeVisible()
        await labelsStill(page)
        expect(await labelsOutOfFrame(page)).toEqual([])
      }
      const area = await timelineItemArea(page).boundingBox()
      if (!area) throw new Error('no timeline')
      const rows = await timelineLabels(page).evaluateAll((labels) =>
        labels.map((label) => label.getBoundingClientRect().top),
      )
      const below = rows.filter((top) => top > area.y + area.height).length
      const cue = page.getByRole('button', { name: /more below$/ })
      if (below === 0) await expect(cue).toHaveCount(0)
      else {
        // Out of sight, and said so; the cue scrolls to them.
        await expect(cue).toHaveText(`↓ ${below} more below`)
        await cue.click()
        await expect(page.getByRole('button', { name: /more above$/ })).toBeVisible()
      }
    }
  })
}

test('a bar too short for its label has it after its end, whole where there is room, overlapping no other label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openStory(page)
  const drawn = await timelineLabels(page).evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect()
      const bar = label.closest('.vis-item')?.getBoundingClientRect()
      const item = label.closest('.vis-item')
      return {
        text: label.textContent ?? '',
        pastBar: item?.classList.contains('label-past-bar') ?? false,
        left: box.left,
        right: box.right,
        top: box.top,
        bottom: box.bottom,
        barRight: bar ? bar.left + (item as HTMLElement).offsetWidth : 0,
      }
    }),
  )
  // The Russian defence minister's visit (a few days of a summer in view) has its label beside it.
  const visit = drawn.find((label) => label.text.startsWith('Russia’s defence minister'))
  expect(visit?.pastBar).toBe(true)
  expect(visit?.left ?? 0).toBeGreaterThanOrEqual((visit?.barRight ?? 0) - 1)
  // No two labels drawn over each other.
  const overlapping = drawn.flatMap((a, index) =>
    drawn
      .slice(index + 1)
      .filter(
        (b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1,
      )
      .map((b) => `${a.text} / ${b.text}`),
  )
  expect(overlapping).toEqual([])
})

test('a linked event is in view in the timeline at 1280×720, however many rows lie above it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openStory(page, '?event=camp-david-summit&from=1900-01-01&to=2030-01-01')
  const area = await timelineItemArea(page).boundingBox()
  const item = await selectedTimelineItem(page).boundingBox()
  if (!area || !item) throw new Error('not drawn')
  expect(item.y).toBeGreaterThanOrEqual(area.y - 1)
  expect(item.y + item.height).toBeLessThanOrEqual(area.y + area.height + 1)
})

test('the wheel over the timeline zooms it, and does not also scroll its rows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openStory(page, '?from=1900-01-01&to=2030-01-01')
  // Rows lie below the view: a wheel that scrolled them would bring the "more above" cue.
  await expect(page.getByRole('button', { name: /more below$/ })).toBeVisible()
  const windowLabel = page.locator('.timeline-panel .panel-meta')
  const before = await windowLabel.textContent()
  const area = await timelineItemArea(page).boundingBox()
  if (!area) throw new Error('not drawn')
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
  await page.mouse.wheel(0, -240)
  await expect(windowLabel).not.toHaveText(before ?? '')
  const zoomed = await windowLabel.textContent()
  await page.mouse.wheel(0, 240)
  // Zoomed back out, and drawn: a wheel that had scrolled the rows would show the cue by now.
  await expect(windowLabel).not.toHaveText(zoomed ?? '')
  await labelsStill(page)
  await expect(page.getByRole('button', { name: /more above$/ })).toHaveCount(0)
})

async function touch(
  session: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  points: Array<{ x: number; y: number }>,
) {
  await session.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((point, id) => ({ ...point, id })),
  })
}

// A finger's pace: a move every frame.
const frame = () => new Promise((resolve) => setTimeout(resolve, 16))

async function swipe(session: CDPSession, from: { x: number; y: number }, by: { x: number; y: number }) {
  await touch(session, 'touchStart', [from])
  for (let step = 1; step <= 8; step++) {
    await frame()
    await touch(session, 'touchMove', [{ x: from.x + (by.x * step) / 8, y: from.y + (by.y * step) / 8 }])
  }
  await touch(session, 'touchEnd', [])
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the timeline grows with its rows; a vertical swipe scrolls the page, a sideways one pans, a pinch zooms', async ({
    page,
  }) => {
    await openStory(page)
    await expect(page.getByRole('button', { name: /more (below|above)$/ })).toHaveCount(0)
    const session = await page.context().newCDPSession(page)
    const area = await timelineItemArea(page).boundingBox()
    if (!area) throw new Error('no timeline')
    const middle = { x: area.x + area.width / 2, y: area.y + Math.min(area.height / 2, 200) }
    const label = page.getByText(/^Showing /)

    // Sideways and pinch first: after a page scroll hammer.js (vis-timeline's gestures) loses the
    // next sideways swipe (hammerjs/hammer.js#1050, PR #1118 unmerged); the one after works.
    const before = await label.textContent()
    await swipe(session, middle, { x: -200, y: 0 })
    await expect(label).not.toHaveText(before ?? '')

    const panned = await label.textContent()
    const { x, y } = middle
    await touch(session, 'touchStart', [
      { x: x - 20, y },
      { x: x + 20, y },
    ])
    for (let step = 1; step <= 8; step++) {
      await frame()
      await touch(session, 'touchMove', [
        { x: x - 20 - step * 12, y },
        { x: x + 20 + step * 12, y },
      ])
    }
    await touch(session, 'touchEnd', [])
    await expect(label).not.toHaveText(panned ?? '')

    await swipe(session, middle, { x: 0, y: -250 })
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100)
  })
})
