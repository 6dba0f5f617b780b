import type { FrameLocator, Page } from '@playwright/test'
import { expect, seriousAxeViolations, test } from './fixtures'
import { articleWith, startHostPage } from './host-page'

// The embed (?embed=1): in an iframe on another site's page, deep links open where they say inside it,
// links out open the full app in a new tab, and the Embed button's code works as pasted.

let host: Awaited<ReturnType<typeof startHostPage>>
test.beforeAll(async () => {
  host = await startHostPage()
})
test.afterAll(async () => {
  await host.close()
})

async function openArticle(page: Page, iframe: string): Promise<FrameLocator> {
  host.setHtml(articleWith(iframe))
  await page.goto(host.url)
  return page.frameLocator('iframe')
}

const embedFrame = (page: Page) => page.frames().find((frame) => frame.url().includes('embed=1'))

test('the app may be framed by any page: the header says so, the meta policy (where browsers ignore it) does not', async ({
  page,
}) => {
  const response = await page.goto('/?embed=1')
  expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *')
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).not.toContain('frame-ancestors')
  const headers = await page.request.get('/_headers')
  expect(await headers.text()).toContain('frame-ancestors *')
})

test('a deep link opens inside an iframe on another site; choosing events keeps the view in the iframe’s address', async ({
  page,
  baseURL,
}) => {
  const frame = await openArticle(
    page,
    `<iframe src="${baseURL}/?embed=1&event=camp-david-summit" title="The story" width="100%" height="640"></iframe>`,
  )
  const details = frame.getByRole('region', { name: 'Event details' })
  await expect(details.getByRole('heading', { name: 'Trilateral summit at Camp David' })).toBeVisible({
    timeout: 30_000,
  })
  // The compact page: the timeline, details and quotes; not the files, filters or charts.
  await expect(frame.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible()
  await expect(frame.getByRole('region', { name: 'Quotes' })).toBeVisible()
  await expect(frame.getByRole('button', { name: 'Open dataset…' })).toHaveCount(0)
  await expect(frame.getByRole('heading', { name: 'Filters' })).toHaveCount(0)
  expect(new URL(page.url()).host).not.toBe(new URL(baseURL ?? '').host)

  // Another event: the iframe's address follows, replacing its entry (the host page's Back leaves the article).
  const historyBefore = await embedFrame(page)?.evaluate(() => history.length)
  await details.getByRole('button', { name: 'Previous' }).click()
  await expect(details.getByRole('heading', { level: 3 })).not.toHaveText('Trilateral summit at Camp David')
  await expect.poll(() => embedFrame(page)?.url()).toMatch(/embed=1/)
  const moved = new URL(embedFrame(page)?.url() ?? '')
  const eventId = moved.searchParams.get('event')
  expect(eventId).toBeTruthy()
  expect(eventId).not.toBe('camp-david-summit')
  expect(await embedFrame(page)?.evaluate(() => history.length)).toBe(historyBefore)

  // Out: the same view in the full app, in a new tab.
  const out = frame.getByRole('link', { name: /Open in Story Timeline/ })
  await expect(out).toHaveAttribute('target', '_blank')
  const [full] = await Promise.all([page.context().waitForEvent('page'), out.click()])
  await full.waitForLoadState()
  expect(new URL(full.url()).searchParams.get('event')).toBe(eventId)
  expect(new URL(full.url()).searchParams.has('embed')).toBe(false)
  await expect(full.getByRole('heading', { name: 'Filters' })).toBeVisible({ timeout: 30_000 })
})

test('story mode deep-linked in an iframe opens at its step and steps inside it', async ({
  page,
  baseURL,
}) => {
  const frame = await openArticle(
    page,
    `<iframe src="${baseURL}/?embed=1&story=as-the-article-tells-it&step=3" title="The story" width="100%" height="700"></iframe>`,
  )
  await expect(frame.getByText('Step 3 of 12', { exact: true }).first()).toBeVisible({ timeout: 30_000 })
  await frame.getByRole('button', { name: /Next/ }).click()
  await expect(frame.getByText('Step 4 of 12', { exact: true }).first()).toBeVisible()
  await expect.poll(() => embedFrame(page)?.url()).toMatch(/step=4/)
  await expect(frame.getByRole('link', { name: /Open in Story Timeline/ })).toHaveAttribute(
    'href',
    '/?story=as-the-article-tells-it&step=4',
  )
})

test('the Embed button’s code, pasted into a page, shows that view; story mode and colours are choices', async ({
  page,
  baseURL,
}) => {
  await page.goto('/?event=kim-letter-to-putin')
  await page.getByRole('button', { name: 'Embed' }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this story' })
  await expect(dialog).toBeVisible()
  const code = dialog.getByRole('textbox', { name: 'Code to paste into your page' })
  await expect(code).toHaveValue(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?event=kim-letter-to-putin&amp;embed=1"/,
  )
  expect(await seriousAxeViolations(page)).toEqual([])

  await dialog.getByRole('radio', { name: /Story mode, from its cover/ }).check()
  await dialog.getByRole('radio', { name: 'Dark', exact: true }).check()
  await dialog.getByRole('spinbutton', { name: 'Height in pixels' }).fill('720')
  const storyCode = await code.inputValue()
  expect(storyCode).toContain('story=as-the-article-tells-it')
  expect(storyCode).toContain('theme=dark')
  expect(storyCode).not.toContain('event=')
  expect(storyCode).toContain('height="720"')
  const tryIt = dialog.getByRole('link', { name: /Try the embed/ })
  expect(storyCode).toContain(`src="${(await tryIt.getAttribute('href'))?.replaceAll('&', '&amp;')}"`)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  // Pasted as it is into another site's page.
  expect(storyCode.startsWith(`<iframe src="${baseURL}/`)).toBe(true)
  const frame = await openArticle(page, storyCode)
  await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible({ timeout: 30_000 })
  await expect
    .poll(() => embedFrame(page)?.evaluate(() => document.documentElement.dataset.theme))
    .toBe('dark')
})

test('a story opened from a file says how it could be embedded instead of giving code that cannot work', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Dataset file').setInputFiles('e2e/data/small-story.json')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A small test story')
  await page.getByRole('button', { name: 'Embed' }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this story' })
  await expect(dialog.getByRole('alert')).toContainText('opened from a file on this computer')
  await expect(dialog.getByRole('textbox')).toHaveCount(0)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the embed in the ${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: { width: 760, height: 640 } })
    test('is axe clean, timeline and story mode', async ({ page }) => {
      await page.goto('/?embed=1&event=us-deeply-concerned')
      await expect(
        page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 }),
      ).toBeVisible()
      expect(await seriousAxeViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Story mode' }).click()
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
      expect(await seriousAxeViolations(page)).toEqual([])
    })
  })
}
