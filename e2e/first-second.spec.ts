import { expect, test } from './fixtures'

// The first second: the page's frame is in the HTML itself, so a reader whose scripts are still on
// their way (or never come) sees the page taking shape, not a blank page.
test.describe('before any script has run', () => {
  test.use({ javaScriptEnabled: false })

  test('the HTML alone shows the header and the panels where they will be', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByText('Story Timeline', { exact: true })).toBeVisible()
    await expect(page.getByRole('status')).toHaveText('Loading the story…')
    for (const panel of ['Filters', 'Timeline', 'Event details', 'Events', 'Charts', 'Quotes'])
      await expect(
        page.locator('.page-skeleton .skeleton-heading').getByText(panel, { exact: true }),
      ).toBeVisible()
    const timeline = await page.locator('.page-skeleton .area-timeline').boundingBox()
    expect(timeline?.height ?? 0).toBeGreaterThan(200)
  })
})

test('the app replaces the HTML’s frame when it mounts', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim and Putin pledge closer ties')
  await expect(page.locator('.page-skeleton')).toHaveCount(0)
})
