import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Print: the matching events in time order with their dates, quotes and sources; nothing else.

const printed = (page: Page) => page.getByRole('article', { name: 'The story, as printed' })

test('printing lays out the matching events in time order, with dates, quotes and sources, and nothing else', async ({
  page,
}) => {
  await page.goto('/?country=KP&event=kim-letter-to-putin')
  await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible()
  await expect(printed(page)).toHaveCount(0)
  await page.emulateMedia({ media: 'print' })
  await expect(printed(page)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeHidden()
  await expect(printed(page).getByText('13 of 16 events: only North Korea, in time order')).toBeVisible()

  const events = printed(page).locator('.printed-event')
  await expect(events).toHaveCount(13)
  const titles = await events.locator('h2').allTextContents()
  expect(titles[0]).toBe('Victory over Japan in World War II')
  expect(titles.at(-1)).toBe('UN Security Council meeting on North Korea’s human rights')
  expect(titles).not.toContain('Trilateral summit at Camp David')

  const letter = events.filter({ has: page.getByRole('heading', { name: 'Kim’s letter to Putin' }) })
  await expect(letter.getByText('15 August 2023 · Occurred · North Korea, Russia')).toBeVisible()
  await expect(letter.getByText('“long-standing strategic relationship”')).toBeVisible()
  await expect(letter.getByText('— Kim Jong Un, paragraph 1 (the standfirst)')).toBeVisible()
  await expect(letter.getByText(/^Source: .*, paragraphs 1, 2, 4, 5, 6$/)).toBeVisible()

  // Back on screen, the printed copy goes.
  await page.emulateMedia({ media: 'screen' })
  await expect(printed(page)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible()
})

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' })
  test('paper is printed black on white', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    const colours = await printed(page)
      .locator('h2')
      .first()
      .evaluate((heading) => [
        getComputedStyle(heading).color,
        getComputedStyle(document.body).backgroundColor,
      ])
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)'])
  })
})

test('the Print button opens the browser’s printing', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.getByRole('button', { name: 'Print' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
})
