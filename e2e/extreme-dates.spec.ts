import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  densityBarsWithMatches,
  selectedTimelineItem,
  timelineCanvas,
  timelineItem,
} from './widget-selectors'

// The edges of what the format accepts (years -9999 to 9999), in the built app: shown, selected,
// zoomed and panned without an error (the fixture fails a test on any), and "Fit all" showing them all.
const EVENTS = [
  ['ice-age', 'The last ice age ends', '-9999'],
  ['hastings', 'Battle of Hastings', '1066-10-14'],
  ['magna-carta', 'Magna Carta sealed', '1215-06-15'],
  ['letters', 'Kim and Putin exchange letters', '2023-08-15'],
  ['far-future', 'A date at the end of the calendar', '9999-12-31'],
] as const

function story(events: ReadonlyArray<readonly [string, string, string]>) {
  return {
    format: 'story-timeline/1',
    title: 'Across the ages',
    source: { title: 'Test' },
    actors: [],
    events: events.map(([id, title, date]) => ({
      id,
      title,
      summary: title,
      date,
      status: 'occurred',
      actors: [],
    })),
    quotes: [],
  }
}

async function open(page: Page, body: unknown, extra = '') {
  await page.route(
    (url) => url.pathname === '/generated/ages.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }),
  )
  await page.goto(`/?data=/generated/ages.json${extra}`)
}

const label = (page: Page) => page.locator('.timeline-panel .panel-meta')

test('"Fit all" shows every event of a story that spans twenty thousand years, in the timeline and the overview', async ({
  page,
}) => {
  await open(page, story(EVENTS))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Across the ages')
  await page.getByRole('button', { name: 'Fit all' }).click()
  await expect(label(page)).toHaveText(/^Showing \d+ BC – \d+ AD$/)
  for (const [, title] of EVENTS) await expect(timelineItem(page, title)).toHaveCount(1)
  // The overview's bars hold every event: a bar with matches at each end of the span.
  await expect(densityBarsWithMatches(page).first()).toBeVisible()
  const counts = await densityBarsWithMatches(page).evaluateAll((bars) =>
    bars.map((bar) => Number(bar.getAttribute('data-matching'))),
  )
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(EVENTS.length)
})

/** Presses a key on the focused timeline `times` times; each press is answered before the next is sent. */
async function press(page: Page, key: string, times: number) {
  for (let step = 0; step < times; step += 1) await page.keyboard.press(key)
}

// Each press moves the window, which the page draws before it takes the next key: on a busy machine a
// walk of 124 presses took longer than a test may. So each end of the calendar has its own tests, and
// the walk is split where a link opens the state its first part reaches (24 presses of + zoom to the
// story's shortest window, a day, around the event).
const ENDS = [
  { id: 'far-future', pan: 'PageDown', zoomedIn: '&from=9999-12-31&to=%2B010000-01-01' },
  { id: 'ice-age', pan: 'PageUp', zoomedIn: '&from=-009999-07-02&to=-009999-07-03' },
] as const

for (const { id, pan, zoomedIn } of ENDS) {
  test(`an event at the calendar’s ${id === 'ice-age' ? 'start' : 'end'} can be selected and zoomed into, to the hour`, async ({
    page,
  }) => {
    await open(page, story(EVENTS), `&event=${id}`)
    await expect(selectedTimelineItem(page)).toBeVisible()
    await timelineCanvas(page).focus()
    await press(page, '+', 24)
    await expect(label(page)).toHaveText(/Showing .*\d{2}:\d{2}/)
  })

  test(`zoomed into the calendar’s ${id === 'ice-age' ? 'start' : 'end'}, the timeline pans past it and zooms out to every age`, async ({
    page,
  }) => {
    await open(page, story(EVENTS), `&event=${id}${zoomedIn}`)
    await expect(label(page)).toHaveText(/Showing .*\d{2}:\d{2}/)
    const zoomed = await label(page).textContent()
    await timelineCanvas(page).focus()
    await press(page, pan, 8)
    await expect(label(page)).not.toHaveText(zoomed ?? '')
    await press(page, '-', 30)
    await expect(label(page)).toHaveText(/^Showing \d+ BC – \d+ AD$/)
  })
}

test('a link to a window past the calendar’s end opens the default window, with a notice', async ({
  page,
}) => {
  await open(page, story(EVENTS), '&from=%2B275760-09-12&to=%2B275760-09-13')
  await expect(
    page.getByRole('status').filter({ hasText: 'not a pair of dates the timeline can show' }),
  ).toBeVisible()
  const canvas = timelineCanvas(page)
  await canvas.focus()
  for (const key of ['+', '-', 'PageDown', 'PageUp', '0']) await canvas.press(key)
  await expect(label(page)).toHaveText(/^Showing \d+ BC – \d+ AD$/)
})

test('a date past the years the format accepts is refused, naming the field and the years', async ({
  page,
}) => {
  await open(page, story([...EVENTS, ['too-far', 'Too far', 'Y275760']]))
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('events[5].date: expected a date within the years -9999 to 9999')
})
