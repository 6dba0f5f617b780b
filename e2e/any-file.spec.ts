import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Files of every kind the importers recognise by content, opened from the file picker in a real
// Chromium as a person opens them: each at once (no mapping step), with its events counted as the file
// holds them and its own title. The first set of real files is read where it lies, beside the project
// (../shared/real-data/, with its provenance); the others are the fixtures in
// src/dataset/import/fixtures/ (provenance and licences in its README).
const FIXTURES = 'src/dataset/import/fixtures/'
const REAL = '../shared/real-data/'

const title = (page: Page) => page.getByRole('heading', { level: 1 })
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' })
const details = (page: Page) => page.getByRole('region', { name: 'Event details' })

async function open(page: Page, path: string) {
  await page.goto('/')
  await expect(title(page)).toHaveText('Kim and Putin pledge closer ties', { timeout: 30_000 })
  await page.getByLabel('Dataset file').setInputFiles(path)
}

async function expectOpened(page: Page, storyTitle: string, events: number) {
  await expect(title(page)).toHaveText(storyTitle, { timeout: 30_000 })
  const count = events.toLocaleString('en')
  await expect(filters(page)).toContainText(`${count} of ${count} events match`)
  await expect(page.getByRole('dialog')).toHaveCount(0)
}

test.describe('the first set of real files', () => {
  for (const [file, storyTitle, events] of [
    ['tljs-template.csv', 'MY OWN CSV', 10],
    ['bellingcat-timemap-events.json', 'bellingcat-timemap-events', 1159],
    ['cir-ukraine-monitor.csv', 'cir-ukraine-monitor', 6646],
    ['acled-2020-may.csv', 'acled-2020-may', 5071],
    ['acled-2016-africa.csv', 'acled-2016-africa', 500],
    ['gdelt-1.0-export.csv', 'gdelt-1.0-export', 710],
    ['fa-timemap-template.xlsx', 'fa-timemap-template', 11],
  ] as const) {
    test(`${file} opens at once with its ${events} events`, async ({ page }) => {
      test.setTimeout(90_000)
      await open(page, `${REAL}${file}`)
      await expectOpened(page, storyTitle, events)
    })
  }

  test('the Wikipedia current-events file opens with its categories and the entities it names', async ({
    page,
  }) => {
    await open(page, `${REAL}wikipedia-cep-2015-09.json`)
    await expectOpened(page, 'wikipedia-cep-2015-09', 428)
    await expect(
      filters(page).getByRole('group', { name: 'Categories' }).getByRole('checkbox'),
    ).not.toHaveCount(0)
    await expect(filters(page).getByRole('group', { name: 'Actors' }).getByRole('checkbox')).not.toHaveCount(
      0,
    )
  })
})

test('a GeoJSON feed of points opens with each feature an event at its place, titled by its place', async ({
  page,
}) => {
  await open(page, `${FIXTURES}usgs-significant-month.geojson`)
  await expectOpened(page, 'USGS Significant Earthquakes, Past Month', 6)
  await page
    .getByRole('region', { name: 'Events' })
    .getByRole('button', { name: /13km E of Chabu, China/ })
    .click()
  await expect(details(page)).toContainText('21 July 2013')
  await expect(details(page)).toContainText('34.499°N')
})

test('GeoJSON with null geometries, areas and lines: each feature placed as it can be, the rest said', async ({
  page,
}) => {
  await open(page, `${FIXTURES}geojson-mixed-geometries.geojson`)
  await expectOpened(page, 'Floods and closures, spring 2023', 4)
  await expect(page.getByText(/at the centroid of an area or a line/)).toBeVisible()
})

test('an iCalendar file opens with its recurring events expanded and its times in their zones', async ({
  page,
}) => {
  await open(page, `${FIXTURES}made-summit-week.ics`)
  await expectOpened(page, 'Summit week', 11)
  await page
    .getByRole('region', { name: 'Events' })
    .getByRole('button', { name: /Opening session/ })
    .click()
  // 10:00 in Berlin in summer is 08:00 UTC.
  await expect(details(page)).toContainText('15 August 2023')
  await expect(details(page)).toContainText('Kanzleramt, Berlin')
  await expect(page.getByText(/1 recurring event was e/)).toBeVisible()
})

test('a Timesketch CSV opens as a forensic timeline: each row titled by its message, to the second', async ({
  page,
}) => {
  await open(page, `${FIXTURES}timesketch-evtx.csv`)
  await expectOpened(page, 'timesketch-evtx', 13)
  await expect(
    page.getByText(/read as a forensic timeline \(Timesketch's and plaso's fields, CSV\)/),
  ).toBeVisible()
})

test('Timesketch’s JSON Lines open as a forensic timeline', async ({ page }) => {
  await open(page, `${FIXTURES}timesketch-events.jsonl`)
  await expectOpened(page, 'timesketch-events', 5)
})

test('a Wikidata query’s results open with an event per item, its page its source', async ({ page }) => {
  await open(page, `${FIXTURES}made-wikidata-battles.srj`)
  await expectOpened(page, 'made-wikidata-battles', 5)
  await page
    .getByRole('region', { name: 'Events' })
    .getByRole('button', { name: /Battle of Midway/ })
    .click()
  await expect(details(page)).toContainText('4–7 June 1942')
  await expect(details(page).getByRole('link', { name: 'Wikidata' })).toHaveAttribute(
    'href',
    'http://www.wikidata.org/entity/Q900001',
  )
})
