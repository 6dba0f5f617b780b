import {
  articleText,
  checkDataset,
  choose,
  expect,
  exportJson,
  newStory,
  placeOf,
  SEED,
  selectWords,
  story,
  tab,
  test,
} from './editor/editor-page'
import { seriousAxeViolations } from './fixtures'

// The editor's other promises: a second document's quote traced to its own paragraph; the keyboard
// alone makes a quote, and a screen reader hears it; two tabs on one story; storage refused; a
// narrative authored; the page is accessible.

const STATEMENT = [
  'Statement by the Ministry of Foreign Affairs',
  'The ministry said relations with Moscow “have reached a new high” this summer.',
  'It added that the two sides would meet again in the autumn.',
].join('\n\n')

async function articleWithEvent(page: import('@playwright/test').Page) {
  await page.getByLabel('Article text').fill(SEED)
  await page.getByLabel('Story title').fill('Two documents')
  await selectWords(page, 2, 0, 20)
  await page.getByRole('button', { name: 'Make event' }).click()
  await expect(story(page).locator('.item-form').getByLabel('Title')).not.toHaveValue('')
}

test('a second document: its quote cites it, checks against its text, and opens there in the dashboard', async ({
  page,
}) => {
  await newStory(page)
  await articleWithEvent(page)
  await page.getByRole('button', { name: 'Add a document' }).click()
  await page
    .getByRole('region', { name: 'The document’s particulars' })
    .getByLabel('Title')
    .fill('Ministry statement')
  await page.getByLabel('Published').fill('2023-08-16')
  await page.getByLabel('Article text').fill(STATEMENT)
  const words = 'have reached a new high'
  const at = STATEMENT.split('\n\n')[1]?.indexOf(words) ?? -1
  await selectWords(page, 2, at, at + words.length)
  await page.getByRole('button', { name: 'Make quote' }).click()
  const form = story(page).locator('.item-form')
  await expect(form).toContainText('In Ministry statement, paragraph 2.')
  await form.getByPlaceholder('Or a new speaker’s name').fill('The ministry')
  await form.getByRole('button', { name: 'Make speaker' }).click()
  await choose(form.getByLabel('Event', { exact: true }), '')
  await form.getByLabel('Event', { exact: true }).selectOption({ index: 1 })
  const path = await exportJson(page, 'two-documents.json')
  const verdict = checkDataset(path)
  expect(verdict.code, verdict.output).toBe(0)
  expect(verdict.output).toContain('✓ true to documents[0].text: hash matches, 1 quotes')

  await page.goto('/')
  await page.getByLabel('Dataset file').setInputFiles(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two documents')
  await page
    .getByRole('region', { name: 'Quotes' })
    .getByRole('button', { name: /^Paragraph 2 of “Ministry statement”, with/ })
    .click()
  const dialog = page.getByRole('dialog', { name: /Ministry statement, paragraph 2$/ })
  await expect(dialog).toContainText('The quote is marked in its paragraph.')
  await expect(dialog.locator('mark')).toHaveText(words)
})

test('the keyboard alone selects words and makes a quote, and a screen reader hears it', async ({ page }) => {
  await newStory(page)
  await page.getByLabel('Article text').fill(SEED)
  const text = articleText(page)
  await text.focus()
  // To paragraph 2's start, then eight words' worth of characters with Shift.
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Home')
  for (let step = 0; step < 5; step++) await page.keyboard.press('Shift+Control+ArrowRight')
  await expect(page.getByText(/^Paragraph \d+: “/)).toBeVisible()
  // Typing does not change the text.
  await page.keyboard.press('x')
  await expect(text).toContainText(
    SEED.split('\n')
      .filter((line) => line.trim())[1]
      ?.slice(0, 40) ?? '',
  )
  await page.getByRole('button', { name: 'Make quote' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Quote made: “/ })).toBeAttached()
  await expect(tab(page, /^Quotes/)).toHaveText('Quotes (1)')
  expect(await seriousAxeViolations(page)).toEqual([])
})

test('two tabs on one story: a tab follows the other’s saves, and a clash is told, never overwritten in silence', async ({
  page,
  context,
}) => {
  const id = await newStory(page)
  await page.getByLabel('Story title').fill('Shared story')
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible()
  const other = await context.newPage()
  await other.goto(`/?edit=${id}`)
  await expect(other.getByLabel('Story title')).toHaveValue('Shared story')
  await other.getByLabel('Story title').fill('Changed in the other tab')
  // This tab, with nothing unsaved, follows the other's save at once.
  await expect(page.getByLabel('Story title')).toHaveValue('Changed in the other tab')

  // A third tab that hears nothing of the others (no BroadcastChannel) writes over a revision it
  // did not see: it is told, and writes nothing.
  const deaf = await context.newPage()
  await deaf.addInitScript(() => {
    Reflect.deleteProperty(window, 'BroadcastChannel')
  })
  await deaf.goto(`/?edit=${id}`)
  await expect(deaf.getByLabel('Story title')).toHaveValue('Changed in the other tab')
  await page.getByLabel('Outlet').fill('Mine')
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible()
  await deaf.getByLabel('Outlet').fill('Theirs')
  await expect(deaf.getByRole('alert').filter({ hasText: 'changed in another tab' })).toBeVisible()
  await expect(page.getByLabel('Outlet')).toHaveValue('Mine')
  await deaf.getByRole('button', { name: 'Keep mine as a copy' }).click()
  await expect(deaf).not.toHaveURL(new RegExp(`edit=${id}$`))
  await expect(deaf.getByLabel('Outlet')).toHaveValue('Theirs')
  await page.goto('/?stories')
  await expect(page.getByRole('list', { name: 'Your stories' }).getByRole('listitem')).toHaveCount(2)
  await other.close()
  await deaf.close()
})

test('storage refused (a private window): said, with Export JSON; editing goes on', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      },
    })
  })
  await page.goto('/?stories')
  await page.getByRole('button', { name: 'New story' }).click()
  await expect(page.getByRole('alert').first()).toBeVisible()
  await expect(page.getByRole('alert').first()).toContainText(/not keep|refused|private/i)
})

test('a narrative authored: events in order, a step in the article’s own words; story mode walks it', async ({
  page,
}) => {
  const id = await newStory(page)
  await page.getByLabel('Article text').fill(SEED)
  await page.getByLabel('Story title').fill('Walked')
  for (const paragraph of [2, 15]) {
    await selectWords(page, paragraph, 0, 12)
    await page.getByRole('button', { name: 'Make event' }).click()
    await expect(story(page).locator('.item-form').getByLabel('Date')).not.toHaveValue('')
  }
  await tab(page, /^Narratives/).click()
  await story(page).getByRole('button', { name: 'New narrative' }).click()
  await story(page).getByRole('button', { name: 'Add a step' }).click()
  await story(page).getByRole('button', { name: 'Add a step' }).click()
  const { start, end } = placeOf(15, 'South Korea, the US and Japan')
  await selectWords(page, 15, start, end)
  await story(page).getByRole('button', { name: 'Use the selected words' }).nth(1).click()
  await expect(story(page).getByLabel('Step 2: words')).toHaveValue('South Korea, the US and Japan')
  await page.goto(`/?preview=${id}&story=narrative-1`)
  await expect(
    page.getByText('Step 1 of 2').or(page.getByRole('heading', { name: 'Narrative 1', exact: true })),
  ).toBeVisible()
})

test('the editor is accessible at each width it is used at', async ({ page }) => {
  await newStory(page)
  await page.getByLabel('Article text').fill(SEED)
  const { start, end } = placeOf(11, 'deeply concerned')
  await selectWords(page, 11, start, end)
  await page.getByRole('button', { name: 'Make quote' }).click()
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size)
    expect(await seriousAxeViolations(page), `at ${size.width}×${size.height}`).toEqual([])
  }
  await page.setViewportSize({ width: 1440, height: 900 })
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible()
})

test('Edit a copy: the story shown in the dashboard becomes a story to edit, its quotes found in its article', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim and Putin pledge closer ties')
  await page.getByRole('button', { name: 'Edit a copy' }).click()
  await expect(page).toHaveURL(/\?edit=/)
  await expect(page.getByLabel('Story title')).toHaveValue('Kim and Putin pledge closer ties (copy)')
  await expect(tab(page, /^Events/)).toHaveText('Events (16)')
  await expect(tab(page, /^Quotes/)).toHaveText('Quotes (13)')
  await expect(articleText(page).locator('mark.quote-mark')).toHaveCount(13)
})

test('an article opened from a saved web page: its text as paragraphs, its title, outlet, address and date filled in', async ({
  page,
}) => {
  await newStory(page)
  const html = `<!doctype html><html><head><title>Leaders meet | The Daily</title>
<meta property="og:title" content="Leaders meet at the summit">
<meta property="og:site_name" content="The Daily">
<link rel="canonical" href="https://daily.example/2023/08/leaders-meet">
<meta property="article:published_time" content="2023-08-18T09:00:00Z">
<script>window.ranTheArticlesScript = true</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders meet at the summit</h1>
<p>The leaders of South Korea, the US and Japan met at Camp David on Friday, officials said.</p>
<p>“This is a historic day,” the US president told reporters after the talks, which lasted four hours.</p>
<p>They agreed to hold the meeting every year and to set up a hotline for crises in the region.</p>
</article><footer>© The Daily</footer></body></html>`
  await page
    .getByLabel('Article file')
    .setInputFiles({ name: 'leaders.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  const particulars = page.getByRole('region', { name: 'The document’s particulars' })
  await expect(particulars.getByLabel('Title')).toHaveValue('Leaders meet at the summit')
  await expect(particulars.getByLabel('Outlet')).toHaveValue('The Daily')
  await expect(particulars.getByLabel('URL')).toHaveValue('https://daily.example/2023/08/leaders-meet')
  await expect(particulars.getByLabel('Published')).toHaveValue('2023-08-18')
  await expect(articleText(page)).toContainText('This is a historic day')
  await expect(articleText(page)).not.toContainText('Home')
  expect(await page.evaluate(() => 'ranTheArticlesScript' in window)).toBe(false)
})
