import type { Page } from '@playwright/test'
import { parseEdtf } from '../src/dataset/dates/parse-edtf'
import { DATE_FORMS as FORMS } from './data/date-forms'
import { expect, test } from './fixtures'
import { selectedTimelineItem, timelineItems } from './widget-selectors'

// Every form of EDTF date, levels 0 to 2, that the dataset checker (this source, run by Node) accepts,
// opened in the built app: the two must agree on each date, and label it alike. The build minifies
// edtf.js, which once made it refuse every {…} and […] date that the checker took.

const accepted = FORMS.filter((form) => parseEdtf(form).ok)
const dataset = {
  format: 'story-timeline/1',
  title: 'Every date form',
  source: { title: 'A list of EDTF forms', published: '2023-08-15' },
  actors: [],
  events: accepted.map((date, index) => ({
    id: `form-${index}`,
    title: `Form ${date}`,
    summary: `An event dated ${date}.`,
    date,
    status: 'occurred',
    actors: [],
  })),
  quotes: [],
}

async function openForms(page: Page) {
  await page.route(
    (url) => url.pathname === '/generated/every-date-form.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  )
  await page.goto('/?data=/generated/every-date-form.json')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every date form')
}

test('the built app opens every date the checker accepts, and labels each as the checker does', async ({
  page,
}) => {
  // Nearly all of them: the list is not a list of refusals.
  expect(accepted.length).toBeGreaterThan(FORMS.length - 3)
  await openForms(page)
  const rows = page.getByRole('region', { name: 'Events' }).getByRole('listitem')
  await expect(rows).toHaveCount(accepted.length)
  const shown = new Map<string, string>()
  for (const row of await rows.all()) {
    const title = (await row.locator('.event-title').textContent()) ?? ''
    shown.set(title.replace(/^Form /, ''), (await row.locator('.event-date').textContent()) ?? '')
  }
  for (const form of accepted) {
    const parsed = parseEdtf(form)
    expect(shown.get(form), form).toBe(parsed.ok ? parsed.date.label : '')
  }
})

// A walk through every form is one selection after another, each drawn before the next: split into
// parts, each opened on its own, so that none takes longer than a test may on a busy machine.
const PART = 10
for (let from = 0; from < accepted.length; from += PART) {
  const forms = accepted.slice(from, from + PART)
  test(`every date form can be selected, shown on the timeline and in the details (forms ${from + 1}–${from + forms.length})`, async ({
    page,
  }) => {
    await openForms(page)
    await expect(timelineItems(page).first()).toBeVisible()
    const list = page.getByRole('region', { name: 'Events' })
    const heading = page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 })
    for (const form of forms) {
      await list.getByRole('button', { name: new RegExp(`Form ${escapeRegExp(form)}$`) }).click()
      await expect(heading).toHaveText(`Form ${form}`)
      await expect(selectedTimelineItem(page)).toContainText(`Form ${form}`)
      // Drawn over all it may cover: a point only for a single day or instant.
      const date = parseEdtf(form)
      const point = date.ok && date.date.shape === 'point' && ['day', 'time'].includes(date.date.precision)
      await expect(selectedTimelineItem(page), form).toHaveClass(point ? /vis-point/ : /vis-range/)
    }
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
