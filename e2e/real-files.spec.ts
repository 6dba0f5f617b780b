import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Files people already have, opened as they come from the file picker (issue 16).
const title = (page: Page) => page.getByRole('heading', { level: 1 })
const eventList = (page: Page) => page.getByRole('region', { name: 'Events' })

async function openBuiltin(page: Page) {
  await page.goto('/')
  await expect(title(page)).toHaveText('Kim and Putin pledge closer ties', { timeout: 30_000 })
}

test('TimelineJS’s template sheet opens with its own title, its events at their precision, and no markup', async ({
  page,
}) => {
  await openBuiltin(page)
  await page.getByLabel('Dataset file').setInputFiles('src/dataset/import/fixtures/timelinejs-template.csv')
  await expect(title(page)).toHaveText('MY OWN CSV')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(10)
  await expect(page.getByText(/cells hold HTML \(as TimelineJS writes it\)/)).toBeVisible()
  await eventList(page)
    .getByRole('button', { name: /Ada Lovelace/ })
    .click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details).toContainText('10 December 1815')
  await expect(details).toContainText(
    'Women have been programming since before it was a thing. Take Ada Lovelace',
  )
  // No tag of the file's is shown anywhere, as text or as markup: its links are the event's sources,
  // real links that open apart from the page; its media a link with its credit.
  await expect(page.locator('main')).not.toContainText('<p')
  await expect(page.locator('main .tl-note')).toHaveCount(0)
  const link = details.getByRole('link', { name: 'Ada Lovelace' })
  await expect(link).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Ada_Lovelace')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(details.getByRole('link', { name: "Charles Babbage's Analytical Engine" })).toBeVisible()
  await expect(details).toContainText('Wikimedia Commons')
  // A story with no actors says so, in the filters and in the details.
  await expect(page.getByRole('region', { name: 'Filters' })).toContainText('This story names no actors.')
  await expect(details.getByRole('definition').first()).toHaveText('None named')
  await expect(details.locator('a[href^="https://upload.wikimedia.org/"]')).toHaveCount(1)
  for (const href of await page
    .locator('main a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^https?:\/\//)
})

test('an export with dates written month first and a few bad rows opens with the good rows, saying what was left out', async ({
  page,
}) => {
  await openBuiltin(page)
  const rows = [
    'Event Date,Headline,notes,country,fatalities',
    '02/24/2022,Invasion begins,Forces cross the border.,Ukraine,10',
    '3/3/2022,Talks in Belarus,,Belarus,0',
    ',An undated row,,Ukraine,0',
    '3/5/2022,"A row cut off',
  ]
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'conflict-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  })
  await expect(title(page)).toHaveText('conflict-export')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2)
  await expect(
    page.getByText(/2 of 4 rows were left out: row 4, column "Event Date": expected a date/),
  ).toBeVisible()
  await expect(page.getByText(/2 written as month\/day\/year/)).toBeVisible()
  await eventList(page)
    .getByRole('button', { name: /Invasion begins/ })
    .click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details).toContainText('24 February 2022')
  // A column of numbers is kept with its name.
  await expect(details.getByRole('definition').filter({ hasText: /^10$/ })).toBeVisible()
  await expect(details.getByRole('term').filter({ hasText: 'Fatalities' })).toBeVisible()
  // The rows left out, as a list to download; and a way to decline the file.
  const leftOut = page.getByRole('region', { name: 'Rows left out' })
  await expect(leftOut).toContainText('2 rows of this file were left out')
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    leftOut.getByRole('button', { name: 'Download the list (CSV)' }).click(),
  ])
  expect(file.suggestedFilename()).toBe('conflict-export-left-out.csv')
  const text = readFileSync((await file.path()) ?? '', 'utf8')
  expect(text.split('\n')[0]).toBe('place,expected,found')
  expect(text).toContain('"row 4, column ""Event Date""",a date (the cell is empty),an empty cell')
  expect(text).toContain('row 5,a well-formed CSV row,quoted field unterminated')
  await leftOut.getByRole('button', { name: 'Don’t open this file' }).click()
  await expect(title(page)).toHaveText('Kim and Putin pledge closer ties')
})

test('a TimelineJS JSON story opens as it comes, and says it was read as one', async ({ page }) => {
  await openBuiltin(page)
  await page.getByLabel('Dataset file').setInputFiles('src/dataset/import/fixtures/timelinejs-story.json')
  await expect(title(page)).toHaveText('Women in Computing')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(10)
  await expect(page.getByText('timelinejs-story.json was read as a TimelineJS story.')).toBeVisible()
  await expect(page.locator('main')).not.toContainText('<p')
})

test('TimeMap’s Excel workbook opens as it comes; a broken workbook is named for what it is and the open story stays', async ({
  page,
}) => {
  await openBuiltin(page)
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'events.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
  })
  await expect(page.getByRole('alert')).toContainText('events.xlsx looks like a workbook')
  await expect(title(page)).toHaveText('Kim and Putin pledge closer ties')

  await page.getByLabel('Dataset file').setInputFiles('src/dataset/import/fixtures/timemap-template.xlsx')
  await expect(title(page)).toHaveText('timemap-template')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(11)
  await expect(page.getByText(/read as TimeMap's spreadsheet/)).toBeVisible()
  const categories = page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: 'Categories' })
  await categories.getByRole('checkbox', { name: 'Rifle' }).check()
  await eventList(page)
    .getByRole('button', { name: /Person B appears in Nahal Pehar/ })
    .click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details).toContainText('21 October 2015, 07:00')
  await expect(details).toContainText('Nahal Pehar (31.356°N, 34.785°E)')
})

test('an ACLED-shaped export opens with titles made of what happened and where', async ({ page }) => {
  await openBuiltin(page)
  const header =
    'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'
  // Made-up rows in ACLED's columns.
  const rows = [
    'XYZ1,24 February 2022,2022,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,8,Military Forces of Ukraine (2019-),,1,18,,804,Europe,Ukraine,Kharkiv,,,Kharkiv,49.99,36.23,1,Local media,National,Fighting was reported.,0,,1700000000',
    'XYZ2,2022-02-25,2022,3,Demonstrations,Protests,Peaceful protest,Protesters (Georgia),,6,,,0,60,,268,Caucasus,Georgia,Tbilisi,,,Tbilisi,41.69,44.80,1,Interpressnews,National,Demonstrators gathered.,0,,1700000000',
  ]
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'acled.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...rows].join('\n')),
  })
  await expect(title(page)).toHaveText('acled')
  await eventList(page)
    .getByRole('button', { name: /Armed clash in Kharkiv/ })
    .click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details).toContainText('24 February 2022')
  await expect(details).toContainText('Military Forces of Ukraine (2019-)')
  // Each side's part, the place with its coordinates and precision, the outlet, the fatalities.
  await expect(details).toContainText('second side')
  await expect(details).toContainText('Kharkiv, Kharkiv (49.99°N, 36.23°E; at this place)')
  await expect(details).toContainText('Local media')
  await expect(details).toContainText('id in the file: XYZ1')
  await expect(eventList(page).getByRole('button', { name: /Peaceful protest in Tbilisi/ })).toContainText(
    'February 2022',
  )
  // ACLED's event types are categories: a facet, with counts, that filters and goes in the link.
  const filters = page.getByRole('region', { name: 'Filters' })
  const categories = filters.getByRole('group', { name: 'Categories' })
  await expect(categories.getByRole('checkbox')).toHaveCount(4)
  await categories.getByRole('checkbox', { name: 'Protests' }).check()
  await expect(eventList(page).getByRole('listitem')).toHaveCount(1)
  await expect(page).toHaveURL(/category=protests/)
  await page.goBack()
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2)
  // Choosing a category in the details filters by it.
  await details.getByRole('button', { name: 'Armed clash' }).click()
  await expect(page).toHaveURL(/category=armed-clash/)
  await expect(eventList(page).getByRole('listitem')).toHaveCount(1)
})

test('a GDELT events file opens as it comes: CAMEO categories as a facet, places by FIPS, sources as links', async ({
  page,
}) => {
  await openBuiltin(page)
  await page.getByLabel('Dataset file').setInputFiles('src/dataset/import/fixtures/gdelt-events-mixed.tsv')
  await expect(title(page)).toHaveText('gdelt-events-mixed')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(9)
  await expect(
    page.getByText(/read as GDELT events \(2 in GDELT 1\.0's columns, 7 in 2\.0's\)/),
  ).toBeVisible()
  // FIPS UV is Burkina Faso and RP the Philippines; as ISO neither exists, and SP would be nothing.
  const filters = page.getByRole('region', { name: 'Filters' })
  const countries = filters.getByRole('group', { name: 'Countries' })
  await expect(countries.getByRole('checkbox', { name: 'Philippines' })).toBeVisible()
  await expect(countries.getByRole('checkbox', { name: 'Spain' })).toBeVisible()
  const categories = filters.getByRole('group', { name: 'Categories' })
  await categories.getByRole('checkbox', { name: 'Fight' }).check()
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2)
  await eventList(page)
    .getByRole('button', { name: /Fight: Mali → Chad in Kidal/ })
    .click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details).toContainText('1 June 2017')
  await expect(details).toContainText('Kidal, Kidal (18.441°N, 1.408°E; at this place)')
  await expect(details).toContainText('Goldstein scale')
  await expect(details.getByRole('link', { name: 'thenationonlineng.net' })).toHaveAttribute(
    'href',
    'http://thenationonlineng.net/french-president-african-leaders-meet-al-qaida-boko-haram/',
  )
})
