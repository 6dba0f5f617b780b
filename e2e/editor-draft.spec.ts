import {
  articleText,
  checkDataset,
  expect,
  exportJson,
  newStory,
  SEED,
  SEED_PATH,
  story,
  tab,
  test,
} from './editor/editor-page'

// Issue 32's promise in a real browser: the seed article drafted in the editor (the extractor in its
// worker), every proposal accepted, exported, true to the article, and opened with every quote traced.

test('the seed article drafted: every proposal accepted, exported, checked against the article, opened with every quote traced', async ({
  page,
}) => {
  await newStory(page)
  await page.getByLabel('Article text').fill(SEED)
  await page.getByLabel('Story title').fill('Drafted from the article')
  await page.getByRole('button', { name: 'Draft from the article' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Proposed \d+ quotes/ })).toBeVisible({
    timeout: 30_000,
  })
  // Nothing is added in silence: the story is empty until proposals are accepted.
  await expect(tab(page, /^Quotes/)).toHaveText('Quotes (0)')
  await expect(tab(page, /^Proposals/)).toHaveAttribute('aria-selected', 'true')
  const proposed = Number((await tab(page, /^Proposals/).textContent())?.match(/\d+/)?.[0])
  expect(proposed).toBeGreaterThan(30)
  for (const kind of ['quotes', 'events', 'actors']) {
    const accept = story(page).getByRole('button', { name: `Accept all ${kind}` })
    if (await accept.isEnabled()) await accept.click()
  }
  await expect(tab(page, /^Proposals/)).toHaveText('Proposals (0)')
  const quotes = Number((await tab(page, /^Quotes/).textContent())?.match(/\d+/)?.[0])
  expect(quotes).toBeGreaterThanOrEqual(10)
  await expect(articleText(page).locator('mark.quote-mark')).toHaveCount(quotes)

  const path = await exportJson(page, 'drafted.json')
  const verdict = checkDataset(path, '--source', SEED_PATH)
  expect(verdict.code, verdict.output).toBe(0)
  expect(verdict.output).toContain(`${quotes} quotes and 0 narrative excerpts verbatim in their paragraphs`)

  await page.goto('/')
  await page.getByLabel('Dataset file').setInputFiles(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drafted from the article')
  await expect(
    page
      .getByRole('region', { name: 'Quotes' })
      .getByRole('button', { name: /^Paragraph \d+ of the source, with / }),
  ).toHaveCount(quotes)
})
