import { expect, seriousAxeViolations, test } from './fixtures'

// Dark mode: the system's choice unless the reader chooses, remembered; contrast AA in both themes.

const theme = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.dataset.theme)

test.describe('with a dark system', () => {
  test.use({ colorScheme: 'dark' })

  test('follows the system; the toggle turns it off and is remembered; axe is clean in both themes', async ({
    page,
  }) => {
    await page.goto('/?event=us-deeply-concerned')
    await expect.poll(() => theme(page)).toBe('dark')
    const toggle = page.getByRole('button', { name: 'Dark mode' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('.charts-panel .recharts-surface').first()).toBeVisible()
    // The page's colours, not the light ones: the canvas behind the panels is dark.
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    expect(background).toBe('rgb(17, 21, 27)')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('tab', { name: 'Map' }).click()
    await expect(page.locator('.map-panel .map-country').first()).toBeAttached()
    expect(await seriousAxeViolations(page)).toEqual([])

    await toggle.click()
    await expect.poll(() => theme(page)).toBe('light')
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.reload()
    await expect.poll(() => theme(page)).toBe('light')
  })

  test('a selected period on the timeline is the theme’s highlight, its title readable', async ({ page }) => {
    // A range (2022 – 15 August 2023) selected, in story mode as on the dashboard.
    for (const path of ['/?story=as-the-article-tells-it&step=5', '/?event=moscow-pyongyang-draw-closer']) {
      await page.goto(path)
      const selected = page.locator('.timeline-canvas .vis-item.vis-range.vis-selected')
      await expect(selected).toBeVisible()
      expect(await selected.evaluate((item) => getComputedStyle(item).backgroundColor)).toBe(
        'rgb(61, 51, 19)',
      )
    }
  })

  test('story mode and the source text in the dark theme: axe clean', async ({ page }) => {
    await page.goto('/?story=as-the-article-tells-it')
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Start' }).click()
    await page.getByRole('button', { name: 'Paragraph 2 of the source, with these words marked' }).click()
    await expect(page.getByRole('dialog').locator('mark')).toBeVisible()
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})

test('with a light system the toggle turns dark mode on, and the choice holds over the system’s', async ({
  page,
}) => {
  await page.goto('/')
  await expect.poll(() => theme(page)).toBe('light')
  await page.getByRole('button', { name: 'Dark mode' }).click()
  await expect.poll(() => theme(page)).toBe('dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.reload()
  await expect.poll(() => theme(page)).toBe('dark')
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true')
})
