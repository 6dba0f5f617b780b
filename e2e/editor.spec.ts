import { readFileSync } from 'node:fs'
import {
  articleText,
  checkDataset,
  choose,
  expect,
  exportJson,
  newStory,
  placeOf,
  SEED,
  SEED_PATH,
  selectWords,
  story,
  tab,
  test,
} from './editor/editor-page'

// The built-in story made again through the editor, from its article, as a person makes it: every
// actor, event and quote, through selections and forms; a reload in the middle; undo and redo;
// Preview; Export JSON, which the checker passes with the article (--strict) and the dashboard opens
// with every quote traced to its paragraph.

type Built = {
  title: string
  source: { title: string; published: string }
  actors: Array<{ id: string; name: string; kind: string; country?: string; role?: string }>
  events: Array<{
    id: string
    title: string
    summary?: string
    date: string
    status: string
    actors: string[]
    source?: { paragraphs: number[] }
  }>
  quotes: Array<{
    id: string
    text: string
    speaker: string
    event: string
    source: { paragraph: number; prefix?: string }
  }>
}
const BUILT = JSON.parse(readFileSync('public/data/kim-putin-letters.json', 'utf8')) as Built
const nameOf = (id: string) => BUILT.actors.find((actor) => actor.id === id)?.name ?? id
const MADE_TITLE = `${BUILT.title}, made in the editor`
const titleOf = (id: string) => BUILT.events.find((event) => event.id === id)?.title ?? id

test.describe.configure({ timeout: 300_000 })

test('the built-in story made through the editor: exported, checked against its article, opened with every quote traced', async ({
  page,
}) => {
  const draftId = await newStory(page)

  await test.step('the article and its particulars', async () => {
    await page.getByLabel('Article text').fill(SEED)
    // Its date is read from the saved article's marker; its title and outlet are typed.
    await expect(page.getByLabel('Published')).toHaveValue('2023-08-15')
    await expect(page.getByText('Means: 15 August 2023')).toBeVisible()
    await page
      .getByRole('region', { name: 'The document’s particulars' })
      .getByLabel('Title')
      .fill(BUILT.source.title)
    await page.getByLabel('Outlet').fill('Al Jazeera')
    await page.getByLabel('Story title').fill(MADE_TITLE)
    await expect(articleText(page).locator('[data-paragraph]')).toHaveCount(19)
  })

  await test.step('every actor, through its form', async () => {
    await tab(page, /^Actors/).click()
    for (const actor of BUILT.actors) {
      await story(page).getByRole('button', { name: 'New actor' }).click()
      const form = story(page).locator('.item-form')
      await form.getByLabel('Name').fill(actor.name)
      await form.getByLabel('Kind').selectOption(actor.kind)
      if (actor.country) await form.getByLabel(/Country|Which country/).fill(actor.country)
      if (actor.role) await form.getByLabel('Role').fill(actor.role)
    }
    await expect(tab(page, /^Actors/)).toHaveText(`Actors (${BUILT.actors.length})`)
  })

  await test.step('every event: Make event on words of its paragraph, then its form', async () => {
    for (const event of BUILT.events) {
      const [first = 1] = event.source?.paragraphs ?? []
      await selectWords(page, first, 1, 8)
      await page.getByRole('button', { name: 'Make event' }).click()
      const form = story(page).locator('.item-form')
      await expect(form.getByLabel('Title')).toBeVisible()
      await form.getByLabel('Title').fill(event.title)
      await form.getByLabel('Summary').fill(event.summary ?? '')
      await form.getByLabel('Date').fill(event.date)
      await form.getByLabel('Status').selectOption(event.status)
      for (const actor of event.actors)
        await form.getByRole('checkbox', { name: nameOf(actor), exact: true }).check()
      await form.getByLabel('Paragraphs').fill((event.source?.paragraphs ?? []).join(', '))
    }
    await expect(tab(page, /^Events/)).toHaveText(`Events (${BUILT.events.length})`)
  })

  await test.step('a reload in the middle loses nothing', async () => {
    await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible()
    await page.reload()
    await expect(tab(page, /^Events/)).toHaveText(`Events (${BUILT.events.length})`)
    await expect(tab(page, /^Actors/)).toHaveText(`Actors (${BUILT.actors.length})`)
    await expect(page.getByLabel('Story title')).toHaveValue(MADE_TITLE)
  })

  await test.step('every quote: its words selected, Make quote, its speaker and event chosen', async () => {
    for (const quote of BUILT.quotes) {
      const { start, end } = placeOf(quote.source.paragraph, quote.text, quote.source.prefix ?? '')
      await selectWords(page, quote.source.paragraph, start, end)
      await page.getByRole('button', { name: 'Make quote' }).click()
      const form = story(page).locator('.item-form')
      await expect(form.locator('blockquote')).toHaveText(`“${quote.text}”`)
      await choose(form.getByLabel('Speaker', { exact: true }), nameOf(quote.speaker))
      await choose(form.getByLabel('Event', { exact: true }), titleOf(quote.event))
    }
    await expect(tab(page, /^Quotes/)).toHaveText(`Quotes (${BUILT.quotes.length})`)
    // Used words are marked in the text; choosing a mark shows its quote.
    await expect(articleText(page).locator('mark.quote-mark')).toHaveCount(BUILT.quotes.length)
    await articleText(page).locator('mark.quote-mark').first().click()
    await expect(story(page).locator('.item-form blockquote')).toContainText(
      'fully demonstrating their invincibility',
    )
  })

  await test.step('undo and redo', async () => {
    // The last quote was three changes: made, its speaker, its event. Undone, it is gone.
    await page.keyboard.press('Control+z')
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(tab(page, /^Quotes/)).toHaveText(`Quotes (${BUILT.quotes.length})`)
    await page.keyboard.press('Control+z')
    await expect(tab(page, /^Quotes/)).toHaveText(`Quotes (${BUILT.quotes.length - 1})`)
    await page.keyboard.press('Control+Shift+z')
    await expect(tab(page, /^Quotes/)).toHaveText(`Quotes (${BUILT.quotes.length})`)
    await page.getByRole('button', { name: 'Redo' }).click()
    await page.keyboard.press('Control+y')
    await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled()
    await tab(page, /^Quotes/).click()
    await expect(story(page).getByRole('list', { name: 'Quotes' }).locator('.item-button')).toHaveCount(
      BUILT.quotes.length,
    )
  })

  await test.step('Preview: the dashboard on the draft, a quote traced to its paragraph', async () => {
    await page.getByRole('button', { name: 'Preview' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MADE_TITLE)
    await expect(page.getByRole('status').filter({ hasText: 'Preview of your story' })).toBeVisible()
    await page.getByRole('link', { name: 'Back to editing' }).click()
    await expect(page).toHaveURL(new RegExp(`edit=${draftId}`))
    await expect(tab(page, /^Quotes/)).toHaveText(`Quotes (${BUILT.quotes.length})`)
  })

  const path = await test.step('Export JSON, checked against the article, strictly', async () => {
    const exported = await exportJson(page, 'made-in-the-editor.json')
    const verdict = checkDataset(exported, '--source', SEED_PATH, '--strict')
    expect(verdict.output).toContain('✓')
    expect(verdict.code, verdict.output).toBe(0)
    return exported
  })

  await test.step('the export opens in the dashboard with every quote traced', async () => {
    await page.goto('/')
    await page.getByLabel('Dataset file').setInputFiles(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MADE_TITLE)
    const quotes = page.getByRole('region', { name: 'Quotes' })
    // Each of its quotes has its paragraph's link (the heading's and the standfirst's too).
    const links = quotes.getByRole('button', { name: /^Paragraph \d+ of the source, with / })
    await expect(links).toHaveCount(BUILT.quotes.length)
    await links.filter({ hasText: 'paragraph 12' }).click()
    await expect(page.getByRole('dialog')).toContainText('The quote is marked in its paragraph.')
  })
})
