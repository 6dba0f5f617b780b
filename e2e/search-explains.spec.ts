import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// A search says why each result matched: the words marked in titles, summaries and quotes, the
// matching words shown under a result whose title lacks them, and a way out when nothing matches.
async function openStory(page: Page, search = '') {
  await page.goto(`/${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim and Putin pledge closer ties')
}

const eventList = (page: Page) => page.getByRole('region', { name: 'Events' })

test('matches are marked, and a result whose title lacks the word shows where it is', async ({ page }) => {
  await openStory(page, '?q=missiles')
  const list = eventList(page)
  await expect(list.getByRole('listitem')).toHaveCount(2)
  // Neither title says "missiles": each shows the words around it, the word marked.
  const snippets = list.locator('.event-snippet')
  await expect(snippets).toHaveCount(2)
  await expect(snippets.first().locator('mark')).toHaveText(/^missiles$/i)
  await expect(snippets.first()).toContainText(/missiles/i)

  await list.getByRole('button', { name: /US accuses North Korea of arming Russia/ }).click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details.locator('.details-summary mark')).toHaveText('missiles')
})

test('a search marks its words in the quotes too', async ({ page }) => {
  await openStory(page, '?q=concerned')
  const quotes = page.getByRole('region', { name: 'Quotes' })
  await expect(quotes.locator('blockquote mark').first()).toHaveText(/concerned/i)
})

test('a search with no result says so, and clears in one step', async ({ page }) => {
  await openStory(page, '?q=zeppelin')
  const list = eventList(page)
  await expect(list.getByRole('status')).toHaveText('No results for “zeppelin”. Clear search')
  await list.getByRole('button', { name: 'Clear search' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(16)
  await expect(page.getByRole('searchbox')).toHaveValue('')
  await expect(page).not.toHaveURL(/q=/)
})

test('with some countries chosen, the others say how many events they would add', async ({ page }) => {
  await openStory(page, '?country=AL&actor=kim-jong-un')
  const filtersPanel = page.getByRole('region', { name: 'Filters' })
  await expect(filtersPanel.getByText(/^0 of 16 events match$/)).toBeVisible()
  const northKorea = filtersPanel
    .getByRole('listitem')
    .filter({ has: page.getByLabel('North Korea', { exact: true }) })
  await expect(northKorea.locator('.facet-count')).toHaveText('would add 3 events if chosen+3')
  // Said to a screen reader as one sentence, its noun agreeing with the number; shown as "+3".
  await expect(northKorea.getByLabel('North Korea', { exact: true })).toHaveAccessibleDescription(
    'would add 3 events if chosen',
  )
  await northKorea.getByLabel('North Korea', { exact: true }).check()
  await expect(filtersPanel.getByText(/^3 of 16 events match$/)).toBeVisible()
})
