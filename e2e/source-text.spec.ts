import { expect, seriousAxeViolations, test } from './fixtures'

// A quote shown where the article has it: its paragraph opens in the source's text, the words marked.

test('a quote’s paragraph opens the article there, the quote marked; Escape closes it and gives focus back', async ({
  page,
}) => {
  await page.goto('/?event=us-deeply-concerned')
  const quotes = page.getByRole('region', { name: 'Quotes' })
  // The heading "Deeply concerned" quotes what paragraph 11 quotes: listed, not counted twice.
  await expect(quotes.locator('.panel-meta')).toHaveText(
    '2 from this event (and 1 in headings or the standfirst)',
  )
  await expect(quotes).toContainText('a heading of the source, not counted again')
  const link = quotes.getByRole('button', { name: /^Paragraph 11 of the source, with / })
  await link.click()
  const dialog = page.getByRole('dialog', { name: /paragraph 11$/ })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('li[aria-current="true"]')).toContainText('Washington remains')
  await expect(dialog.locator('li[aria-current="true"] mark')).toHaveText('deeply concerned')
  await expect(dialog.locator('li[aria-current="true"]')).toBeInViewport()
  await expect(dialog).toContainText('The quote is marked in its paragraph.')
  expect(await seriousAxeViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(link).toBeFocused()
  // The selection stayed: Escape closed the dialog, not the details.
  await expect(page).toHaveURL(/event=us-deeply-concerned/)
})

test('the quote found by its words and context where the text has shifted; a text not matching its hash is not shown', async ({
  page,
}) => {
  const response = await page.request.get('/data/kim-putin-letters.json')
  const dataset = await response.json()
  // A dataset whose quote names the wrong paragraph (as if a paragraph had been added before it).
  const moved = structuredClone(dataset)
  const quote = moved.quotes.find((item: { id: string }) => item.id === 'patel-violate-resolutions')
  quote.source.paragraph = 11
  await page.goto('/')
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'moved.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(moved)),
  })
  await expect(page.locator('.story-title')).toHaveText('Kim and Putin pledge closer ties')
  await page.getByRole('button', { name: /^Show event: US “deeply concerned”.*Any kind of security/ }).click()
  await page
    .getByRole('region', { name: 'Quotes' })
    .getByRole('button', { name: /^Paragraph 11 of the source, with / })
    .last()
    .click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(
    'The words are in paragraph 12 of this text, not 11 as the dataset says.',
  )
  await expect(dialog.locator('li[aria-current="true"] mark')).toHaveText(/^Any kind of security cooperation/)
  await page.keyboard.press('Escape')

  // The same text with one word changed: its hash no longer matches, so it is not shown.
  const tampered = structuredClone(dataset)
  tampered.source.text = tampered.source.text.replace('deeply concerned', 'mildly concerned')
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'tampered.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tampered)),
  })
  await expect(page.locator('.story-title')).toHaveText('Kim and Putin pledge closer ties')
  await page
    .getByRole('button', { name: /^Show event: US “deeply concerned”/ })
    .first()
    .click()
  await page
    .getByRole('button', { name: /^Paragraph 11 of the source, with / })
    .first()
    .click()
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(/is not the one it names/)
  await expect(page.getByRole('dialog').locator('li')).toHaveCount(0)
})

test('a story step’s excerpt opens in its paragraph too', async ({ page }) => {
  await page.goto('/?story=as-the-article-tells-it&step=5')
  await page.getByRole('button', { name: 'Paragraph 9 of the source, with these words marked' }).click()
  await expect(page.getByRole('dialog').locator('li[aria-current="true"] mark')).toHaveText(
    /^Moscow and Pyongyang – both increasingly isolated/,
  )
  // Escape in the dialog closes it and stays in story mode.
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/story=as-the-article-tells-it&step=5/)
})
