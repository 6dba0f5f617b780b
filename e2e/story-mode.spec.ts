import type { Page } from '@playwright/test'
import { expect, seriousAxeViolations, test } from './fixtures'

// Story mode as a reader meets it: a cover, then one step at a time, by buttons, keys, swipes, links
// and Back; Explore leaves for the dashboard with the step's event selected.

const NARRATIVE = 'as-the-article-tells-it'
const stepTitle = (page: Page) => page.locator('#story-step-title')

test('the cover, Start, Next and Previous by buttons and keys; each step is a link and a history entry', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Story mode' }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]story=${NARRATIVE}$`))
  await expect(
    page.getByRole('heading', { level: 2, name: 'Kim and Putin pledge closer ties' }),
  ).toBeVisible()
  await expect(page.locator('.story-cover')).toContainText('12 steps')
  expect(await seriousAxeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page).toHaveURL(/step=1$/)
  await expect(stepTitle(page)).toHaveText('Kim’s letter to Putin')
  // Start is gone: the step's heading has the focus, and the step is said.
  await expect(stepTitle(page)).toBeFocused()
  await expect(page.locator('.story-step-excerpt')).toContainText(
    'exchanged letters pledging to develop ties',
  )
  await expect(page.locator('.story-step-excerpt figcaption')).toContainText('paragraph 2')
  await expect(page.getByText('Step 1 of 12: Kim’s letter to Putin')).toBeAttached()
  // The timeline follows along: the step's event is the one selected on it.
  await expect(
    page
      .locator('.timeline-canvas .vis-item.vis-selected')
      .filter({ hasText: 'Kim’s letter to Putin' })
      .first(),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Next' }).click()
  await expect(stepTitle(page)).toHaveText('78th anniversary of Korea’s liberation')
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/step=3$/)
  await expect(stepTitle(page)).toHaveText('Victory over Japan in World War II')
  await page.keyboard.press('n')
  await expect(page).toHaveURL(/step=4$/)
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/step=3$/)
  expect(await seriousAxeViolations(page)).toEqual([])

  // Back and forward walk through the steps, then to the cover and out to the dashboard.
  await page.goBack()
  await expect(page).toHaveURL(/step=4$/)
  await page.goBack()
  await expect(page).toHaveURL(/step=3$/)
  await page.goBack()
  await expect(stepTitle(page)).toHaveText('78th anniversary of Korea’s liberation')
  await page.goForward()
  await expect(stepTitle(page)).toHaveText('Victory over Japan in World War II')
  await page.goBack()
  await page.goBack()
  await page.goBack()
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible()
})

test('a link opens at its step; Explore leaves for the dashboard with that event selected', async ({
  page,
}) => {
  await page.goto(`/?story=${NARRATIVE}&step=11`)
  await expect(stepTitle(page)).toHaveText('UN Security Council meeting on North Korea’s human rights')
  await expect(page.locator('.story-mode-where')).toHaveText('Step 11 of 12')
  await expect(page).toHaveTitle(/UN Security Council meeting/)
  await page.getByRole('button', { name: 'Explore this event' }).click()
  await expect(page).toHaveURL(/[?&]event=unsc-human-rights-meeting/)
  await expect(page).not.toHaveURL(/story=/)
  await expect(page.getByRole('region', { name: 'Event details' }).locator('h3')).toHaveText(
    'UN Security Council meeting on North Korea’s human rights',
  )
  // Back returns to the step.
  await page.goBack()
  await expect(stepTitle(page)).toHaveText('UN Security Council meeting on North Korea’s human rights')
})

test('a step past the end, an unknown story and an odd step are said, and the rest still opens', async ({
  page,
}) => {
  await page.goto(`/?story=${NARRATIVE}&step=40`)
  await expect(
    page.getByText('“The letters, as the article tells it” has 12 steps, not 40; showing its last.'),
  ).toBeVisible()
  await expect(stepTitle(page)).toHaveText('US, Albania and Japan request a Security Council meeting')
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled()
  await page.goto('/?story=no-such-walk&step=2')
  await expect(
    page.getByText(/This story has no narrative “no-such-walk” \(it has “as-the-article-tells-it”\)/),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible()
})

test('a story without narratives walks its events in time order', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'three.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,title\n2024-03-02,Second\n2024-03-01,First\n2024-03-03,Third\n'),
  })
  await expect(page.locator('.story-title')).toHaveText('three')
  await page.getByRole('button', { name: 'Story mode' }).click()
  await expect(page.locator('.story-cover')).toContainText('its events, in time order')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(stepTitle(page)).toHaveText('First')
  await page.keyboard.press('ArrowRight')
  await expect(stepTitle(page)).toHaveText('Second')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

  // A finger drawn across the step, through Chromium's input pipeline.
  async function swipe(page: Page, from: { x: number; y: number }, dx: number) {
    const session = await page.context().newCDPSession(page)
    const points = [0, 0.25, 0.5, 0.75, 1].map((part) => [{ x: from.x + dx * part, y: from.y }])
    const [first, ...rest] = points
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: first ?? [] })
    for (const touchPoints of rest)
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints })
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await session.detach()
  }

  test('a swipe to the left goes on, to the right goes back; axe is clean', async ({ page }) => {
    await page.goto(`/?story=${NARRATIVE}&step=2`)
    await expect(stepTitle(page)).toHaveText('78th anniversary of Korea’s liberation')
    const box = await page.locator('.story-step').boundingBox()
    if (!box) throw new Error('no step')
    const middle = { x: box.x + box.width * 0.8, y: box.y + 120 }
    await swipe(page, middle, -200)
    await expect(page).toHaveURL(/step=3$/)
    await swipe(page, { x: box.x + box.width * 0.2, y: box.y + 120 }, 200)
    await expect(page).toHaveURL(/step=2$/)
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})

test('TimeMap’s narratives open in story mode, each in time order, and another can be chosen', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Dataset file').setInputFiles('src/dataset/import/fixtures/timemap-template.xlsx')
  await expect(page.locator('.story-title')).toHaveText('timemap-template')
  await expect(page.getByText(/Its 2 narratives \(on 8 events\) were read for story mode/)).toBeVisible()
  await page.getByRole('button', { name: 'Story mode' }).click()
  await expect(page.locator('.story-cover-walk h3')).toHaveText('first narrative')
  await page.getByRole('button', { name: 'second narrative' }).click()
  await expect(page).toHaveURL(/story=narrative-2/)
  await expect(page.locator('.story-cover-walk')).toContainText('4 steps')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(stepTitle(page)).toHaveText('Fourth thing happened with a baton.')
  await expect(page.locator('.story-step-sources')).toContainText('kzm_hackhack-hack')
})
