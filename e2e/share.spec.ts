import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Sharing: a link to one event and to one quote from their panels, a title per view, and the tags a
// link preview reads, written at build.

const details = (page: Page) => page.getByRole('region', { name: 'Event details' })
const quotes = (page: Page) => page.getByRole('region', { name: 'Quotes' })

/** Presses a copy button and returns what it copied: from the clipboard, or the text shown to copy by hand. */
async function copiedBy(page: Page, button: Locator, fallbackLabel: string): Promise<string> {
  await page.bringToFront()
  await button.click()
  const byHand = page.getByLabel(fallbackLabel)
  const copied = page.getByRole('status').filter({ hasText: /copied/ })
  await expect(copied.or(byHand).first()).toBeVisible()
  if (await byHand.isVisible()) return byHand.inputValue()
  return page.evaluate(() => navigator.clipboard.readText())
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
})

test('the details copy a link to the event alone, which opens it selected whatever the filters were', async ({
  page,
}) => {
  await page.goto('/?country=KP&event=kim-letter-to-putin&from=2023-08-01&to=2023-08-31')
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Kim’s letter to Putin')
  const link = await copiedBy(
    page,
    details(page).getByRole('button', { name: 'Copy link to this event' }),
    'Copy this link to the event:',
  )
  expect(new URL(link).search).toBe('?event=kim-letter-to-putin')
  await page.goto(link)
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Kim’s letter to Putin')
  await expect(page).toHaveTitle('Kim’s letter to Putin — Kim and Putin pledge closer ties')
})

test('a quote’s link selects its event and marks the quote; choosing another event lets it go', async ({
  page,
}) => {
  await page.goto('/?event=us-deeply-concerned')
  const quote = quotes(page)
    .getByRole('button', { name: /^Copy link to the quote/ })
    .first()
  await expect(quote).toBeVisible()
  const name = await quote.getAttribute('aria-label')
  const link = await copiedBy(page, quote, 'Copy this link to the quote:')
  const params = new URL(link).searchParams
  expect(params.get('event')).toBe('us-deeply-concerned')
  const quoteId = params.get('quote')
  expect(quoteId).toBeTruthy()

  await page.goto(link)
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(/deeply concerned/)
  const marked = quotes(page).locator('figure.quote-marked')
  await expect(marked).toHaveCount(1)
  await expect(quotes(page).getByText('The quote the link points to')).toBeVisible()
  // The marked quote is the one whose link was copied.
  await expect(
    marked.locator('xpath=ancestor::li[1]').getByRole('button', { name: name ?? '' }),
  ).toBeVisible()

  await details(page).getByRole('button', { name: 'Next' }).click()
  await expect(page).not.toHaveURL(/quote=/)
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`quote=${quoteId}`))
  await expect(quotes(page).locator('figure.quote-marked')).toHaveCount(1)
})

test('a link to a quote the story lacks says so and opens the rest', async ({ page }) => {
  await page.goto('/?event=camp-david-summit&quote=no-such-quote')
  await expect(page.getByText('This story has no quote “no-such-quote”; no quote is marked.')).toBeVisible()
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Trilateral summit at Camp David')
})

test('the tab’s title follows the view: filters, story mode’s cover and steps', async ({ page }) => {
  await page.goto('/?country=KP')
  await expect(page).toHaveTitle('Kim and Putin pledge closer ties: North Korea — Story Timeline')
  await page.goto('/?story=as-the-article-tells-it')
  await expect(page).toHaveTitle(/^The letters, .* — Kim and Putin pledge closer ties$/)
  await page.goto('/?story=as-the-article-tells-it&step=3')
  await expect(page).toHaveTitle(/\(step 3 of 12\) — Kim and Putin pledge closer ties$/)
})

test('the built page carries the story’s title and Open Graph and Twitter tags, before any script runs', async ({
  request,
}) => {
  const html = await (await request.get('/')).text()
  const head = html.slice(0, html.indexOf('</head>'))
  expect(head).toContain('<title>Kim and Putin pledge closer ties — Story Timeline</title>')
  expect(head).toContain('<meta property="og:title" content="Kim and Putin pledge closer ties" />')
  expect(head).toMatch(
    /<meta property="og:description" content="Kim Jong Un and Vladimir Putin exchange letters[^"]*" \/>/,
  )
  expect(head).toContain('<meta name="twitter:card"')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

  test('a quote’s link brings the marked quote into view, in a quotes panel as tall as its cards', async ({
    page,
  }) => {
    await page.goto('/?event=us-deeply-concerned&quote=patel-violate-resolutions')
    const marked = quotes(page).locator('figure.quote-marked')
    await expect(marked).toBeInViewport()
    const panel = await quotes(page).boundingBox()
    expect(panel?.height ?? 0).toBeGreaterThan(200)
  })
})
