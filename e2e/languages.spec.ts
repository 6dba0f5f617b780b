import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { NOTED_PAGE } from './data/noted-page'
import {
  CALENDAR_WITH_BAD_EVENTS,
  GEOJSON_WITH_BAD_FEATURES,
  JSON_LINES_WITH_BAD_LINES,
} from './data/rows-left-out'
import { SEED } from './editor/editor-page'
import { expect, seriousAxeViolations, test } from './fixtures'

// The interface in the reader's language (issue 35). In the pseudo-language (en-XA) every message is
// accented and bracketed, so a word of plain ASCII letters left on a page came from no catalog: the
// dashboard, story mode, the mapping step, the editor and the embed must show none outside the story's
// own words. Arabic opens right to left, mirrored and axe-clean; a shared link keeps its language.

const AR: Record<string, string> = JSON.parse(readFileSync('src/i18n/catalogs/ar.json', 'utf8'))
const STORY_TITLE = 'Kim and Putin pledge closer ties'

/**
 * Where the page shows the story's own words (titles, quotes, names, the article) or words that are
 * not the catalogs' to translate. The app isolates every such text, in any script, in a <bdi> or an
 * element of dir="auto" (in a chart's SVG, which has no <bdi>, a .data-text); `translate="no"` marks names (a format's, a language's own); `lang="en"`
 * marks what stays English on purpose (the importer's and the format's reasons, which the page says
 * are in English); the timeline's axis is moment.js's locale data, loaded with each language (looked
 * at in the Arabic and Ukrainian screenshots), which the pseudo-language has none of.
 */
const STORY_WORDS = ['bdi', '[dir="auto"]', '.data-text', '[translate="no"]', '.vis-time-axis']
const DATA = [...STORY_WORDS, '[lang="en"]'].join(', ')
/** Where nothing is English on purpose any more: the importers' reasons are worded by the catalogs. */
const NOTHING_ENGLISH = STORY_WORDS.join(', ')

/**
 * The interface's words left in English: visible text (and what screen readers are told: aria-label,
 * title, placeholder, alt) outside the story's words, holding a word of plain ASCII letters with no
 * pseudo-language bracket around it. A message with the story's words in it is bracketed as a whole,
 * and one cut into parts (a link in a sentence) has each part accented.
 */
async function englishLeft(scope: Locator, dataSelector = DATA): Promise<string[]> {
  return scope.evaluate((root, dataSelector) => {
    const plain = (text: string) => /[A-Za-z]{2,}/.test(text) && !/[⟦⟧]/.test(text)
    const shown = (element: Element) =>
      (element.closest('select') ?? element).checkVisibility({ visibilityProperty: true })
    const left: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim() ?? ''
      // A text field's words are what was typed or pasted (its label and placeholder are checked).
      if (!parent || !text || parent.closest(`${dataSelector}, script, style, noscript, textarea`)) continue
      if (shown(parent) && plain(text)) left.push(`text: ${text}`)
    }
    const labelled = root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')
    for (const element of [root, ...Array.from(labelled)]) {
      if (element.closest(dataSelector) || !shown(element)) continue
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim()
        if (value && plain(value)) left.push(`${name}: ${value}`)
      }
    }
    return left
  }, dataSelector)
}

/** The page's interface words left in English, the page's title with them. */
async function englishOnPage(page: Page): Promise<string[]> {
  const title = await page.title()
  const inTitle = /[A-Za-z]{2,}/.test(title) && !/[⟦⟧]/.test(title) ? [`document.title: ${title}`] : []
  return [...inTitle, ...(await englishLeft(page.locator('body')))]
}

/** Until the panels that load after the first view (map, charts) have drawn, however slow the machine. */
async function panelsLoaded(page: Page): Promise<void> {
  await expect(page.locator('.loading-state')).toHaveCount(0, { timeout: 30_000 })
}

/** Selects a paragraph's first words, as a mouse drag would; Make quote and Make event are then ready. */
async function selectOpening(page: Page, paragraph: number): Promise<void> {
  await page.locator('.article-view').evaluate((view, number) => {
    const words = view.querySelector(`[data-paragraph="${number}"]`)?.firstChild
    if (!words?.textContent || words.textContent.length < 20) throw new Error(`no words in ${number}`)
    const range = document.createRange()
    range.setStart(words, 0)
    range.setEnd(words, 20)
    document.getSelection()?.removeAllRanges()
    document.getSelection()?.addRange(range)
  }, paragraph)
  await expect(page.locator('.selection-bar button').first()).toBeEnabled()
}

/** Where an element's words stand on the screen (its text, not its box, which may fill the row). */
async function wordsBox(element: Locator): Promise<{ left: number; right: number }> {
  return element.evaluate((element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const box = range.getBoundingClientRect()
    return { left: box.left, right: box.right }
  })
}

test.describe('the pseudo-language shows no English left', () => {
  test('the dashboard, with an event selected', async ({ page }) => {
    await page.goto('/?lang=en-XA&event=camp-david-summit')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORY_TITLE, { timeout: 30_000 })
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA')
    await panelsLoaded(page)
    expect(await englishOnPage(page)).toEqual([])
  })

  test('story mode: its cover and a step', async ({ page }) => {
    await page.goto('/?lang=en-XA&story=as-the-article-tells-it')
    await expect(page.locator('.story-cover')).toBeVisible({ timeout: 30_000 })
    expect(await englishOnPage(page)).toEqual([])
    await page.goto('/?lang=en-XA&story=as-the-article-tells-it&step=3')
    await expect(page.locator('.story-step-title')).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('.story-mode-where')).toContainText('3')
    expect(await englishOnPage(page)).toEqual([])
  })

  test('the mapping step of a sheet whose columns need choosing', async ({ page }) => {
    await page.goto('/?lang=en-XA')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORY_TITLE, { timeout: 30_000 })
    const sheet = [
      'Cuándo,Qué,Notas,Nación,Tipo',
      '24/02/2022,Invasión a gran escala,Las tropas cruzan la frontera.,Ukraine,Guerra',
      '03/03/2022,Conversaciones en Bielorrusia,,Belarus,Diplomacia',
      '16/03/2022,,,Ukraine,Guerra',
      '20/03/2022,Bombardeo en Mariúpol,,Ukraine,Guerra',
      '29/03/2022,Conversaciones en Estambul,,Turkey,Diplomacia',
      '32/03/2022,Ataque,,Ukraine,Guerra',
    ].join('\n')
    // The picker's input, by what it is: its label is in the pseudo-language.
    await page
      .locator('input[type="file"][multiple]')
      .setInputFiles({ name: 'eventos.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) })
    const dialog = page.getByRole('dialog')
    await expect(dialog.locator('.columns-preview li').first()).toBeVisible({ timeout: 30_000 })
    // The importer's reasons: why "Notas" and "Tipo" were read as they were, and the row whose date is
    // no date the preview leaves out (a row without a title takes a stand-in title instead); nothing of
    // them is English, nothing marked so.
    await expect(dialog.locator('.column-why')).not.toHaveCount(0)
    await expect(dialog.locator('.preview-left-out')).toBeVisible()
    expect(await englishLeft(dialog, NOTHING_ENGLISH)).toEqual([])
    expect(await englishOnPage(page)).toEqual([])
  })

  test('a real file’s notes and columns reviewed: what opening it noticed, why each column was read by its values, or left unread', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.goto('/?lang=en-XA')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORY_TITLE, { timeout: 30_000 })
    // The Centre for Information Resilience's monitor (../shared/real-data/, its provenance there):
    // "entry", "violence level" and "geolocation" read by their values, "arms/munition" left unread
    // with what it could be.
    await page
      .locator('input[type="file"][multiple]')
      .setInputFiles('../shared/real-data/cir-ukraine-monitor.csv')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('cir-ukraine-monitor', {
      timeout: 60_000,
    })
    // What opening it noticed, each note in the reader's language: columns read by their values and
    // left unread, countries no code matches, words among numbers, the four undated rows left out.
    const notes = page.locator('.notice-list')
    await expect(notes.locator('li')).toHaveCount(5, { timeout: 30_000 })
    await expect(notes.locator('[lang="en"]')).toHaveCount(0)
    expect(await englishLeft(notes, NOTHING_ENGLISH)).toEqual([])
    await page.getByRole('button', { name: /Ŕéṽíéŵ/ }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.locator('.column-why')).toHaveCount(4, { timeout: 30_000 })
    expect(await englishLeft(dialog, NOTHING_ENGLISH)).toEqual([])
  })

  test('the notes of a JSON list of records, a TimeMap workbook and a TimelineJS story: none in English', async ({
    page,
  }) => {
    test.setTimeout(150_000)
    await page.goto('/?lang=en-XA')
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading).toHaveText(STORY_TITLE, { timeout: 30_000 })
    // Real files (../shared/real-data/, their provenance there): Bellingcat's TimeMap export, a JSON
    // list of 1,159 records; Forensic Architecture's TimeMap spreadsheet, its sheets joined; Knight Lab's
    // TimelineJS example, its texts in HTML. What opening each noticed is said in the reader's language.
    // Each file's notes counted, and one of them by the file's words it isolates (its name, an id).
    for (const [file, title, count, at, data] of [
      ['bellingcat-timemap-events.json', 'bellingcat-timemap-events', 5, 0, 'bellingcat-timemap-events.json'],
      ['fa-timemap-template.xlsx', 'fa-timemap-template', 6, 2, 'narrative_3'],
      ['tljs-republican.json', 'The Republican Run-Up', 3, 0, 'tljs-republican.json'],
    ] as const) {
      await page.locator('input[type="file"][multiple]').setInputFiles(`../shared/real-data/${file}`)
      await expect(heading).toHaveText(title, { timeout: 60_000 })
      const notes = page.locator('.notice-list')
      await expect(notes.locator('li')).toHaveCount(count, { timeout: 30_000 })
      await expect(notes.locator('li').nth(at).locator('bdi').first()).toHaveText(data)
      await expect(notes.locator('[lang="en"]')).toHaveCount(0)
      expect(await englishLeft(notes, NOTHING_ENGLISH), file).toEqual([])
    }
  })

  test('rows left out of a calendar, a GeoJSON file and a JSON Lines file: their places and reasons in the language', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('/?lang=en-XA')
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading).toHaveText(STORY_TITLE, { timeout: 30_000 })
    // Each file's rows left out (e2e/data/rows-left-out.ts): the note lists each kind with its first
    // place ("line 12", "row 2", 'row 3, column "date"'), the place's number isolated as the file's.
    for (const [name, text, title, places] of [
      ['ward.ics', CALENDAR_WITH_BAD_EVENTS, 'Ward meetings', ['11', '16', '23']],
      ['places.geojson', GEOJSON_WITH_BAD_FEATURES, 'places', ['2', '3']],
      ['records.jsonl', JSON_LINES_WITH_BAD_LINES, 'records', ['2']],
    ] as const) {
      await page
        .locator('input[type="file"][multiple]')
        .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) })
      await expect(heading).toHaveText(title, { timeout: 60_000 })
      await expect(page.locator('.notice-list bdi').getByText(places[0], { exact: true })).toBeVisible({
        timeout: 30_000,
      })
      const isolated = await page.locator('.notice-list bdi').allTextContents()
      for (const place of places) expect(isolated, name).toContain(place)
      await expect(page.locator('.notice-list [lang="en"]')).toHaveCount(name === 'records.jsonl' ? 1 : 0)
      expect(await englishLeft(page.locator('.notice-list'), NOTHING_ENGLISH), name).toEqual([])
    }
  })

  test('the editor, with an article, an event and a quote', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/?lang=en-XA&stories')
    await expect(page.locator('.my-stories-header')).toBeVisible({ timeout: 30_000 })
    expect(await englishOnPage(page)).toEqual([])
    await page.locator('.my-stories-header .primary-button').click()
    await expect(page).toHaveURL(/\?edit=/)
    await page.locator('.article-text-input').fill(SEED)
    await expect(page.locator('.article-view')).toBeVisible()
    // Words of the first paragraph made a quote, the second's an event, as a person would.
    const make = page.locator('.selection-bar button')
    await selectOpening(page, 1)
    await make.first().click()
    await expect(page.locator('.quote-words')).toBeVisible()
    expect(await englishOnPage(page)).toEqual([])
    await selectOpening(page, 2)
    await make.last().click()
    await expect(page.locator('.item-form select').first()).toBeVisible()
    expect(await englishOnPage(page)).toEqual([])
    // A date the format cannot read says why in the reader's language: 30 February does not exist.
    const date = page.locator('.item-form input[placeholder="2023-08-15"]').first()
    const before = await date.inputValue()
    await date.fill('2023-02-30')
    const problem = page.locator('.item-form .field-problem').first()
    await expect(problem).toBeVisible()
    expect(await englishLeft(problem, NOTHING_ENGLISH)).toEqual([])
    await date.fill(before)
    // Draft from the article: the proposals name the story's words (titles, quotes, speakers, roles) as
    // data, in the labels said to screen readers too.
    await page.getByRole('button', { name: /Ðŕáƒţ/ }).first().click()
    await expect(page.locator('.proposal-list li').first()).toBeVisible({ timeout: 60_000 })
    expect(await englishOnPage(page)).toEqual([])
  })

  test('the editor’s document panel: a file it will not read, then a saved page and how it was read', async ({
    page,
  }) => {
    await page.goto('/?lang=en-XA&stories')
    await expect(page.locator('.my-stories-header')).toBeVisible({ timeout: 30_000 })
    await page.locator('.my-stories-header .primary-button').click()
    await expect(page).toHaveURL(/\?edit=/)
    const panel = page.locator('.document-panel')
    const file = panel.locator('input[type="file"]')
    // A PDF is refused, saying what it is and what to do, in the reader's language.
    await file.setInputFiles({
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7'),
    })
    await expect(panel.getByRole('status')).toContainText('⟦')
    expect(await englishLeft(panel, NOTHING_ENGLISH)).toEqual([])
    // A saved page: its encoding, a headline too long for a title, a broken JSON-LD block, the article
    // picked out, the standfirst put first. Only the browser's own words on the JSON-LD are English.
    await file.setInputFiles(NOTED_PAGE)
    await expect(page.locator('.article-view')).toBeVisible()
    const notes = panel.locator('ul.field-hint li')
    await expect(notes).toHaveCount(5)
    await expect(panel.locator('[lang="en"]')).toHaveCount(1)
    await expect(panel.locator('bdi[lang="en"][dir="ltr"]')).toHaveCount(1)
    expect(await englishLeft(panel, NOTHING_ENGLISH)).toEqual([])
    expect(await englishOnPage(page)).toEqual([])
  })

  test('storage the browser refuses: My stories and a new story say so, and what to do', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError')
        },
      })
    })
    await page.goto('/?lang=en-XA&stories')
    await expect(page.locator('.my-stories-header')).toBeVisible({ timeout: 30_000 })
    await page.locator('.my-stories-header .primary-button').click()
    await expect(page.getByRole('alert').first()).toBeVisible()
    expect(await englishOnPage(page)).toEqual([])
  })

  test('a dataset that cannot be opened: every kind of problem, and a link the server refuses', async ({
    page,
  }) => {
    // A linked dataset with a problem of most kinds: a text empty, a date that is none, a value not
    // among the format's, a field it does not define, an id used twice, references to nothing.
    const bad = {
      format: 'story-timeline/2',
      title: ' ',
      source: { title: 'A report', paragraphs: 2, extra: true },
      actors: [{ id: 'Kim', name: 'Kim', kind: 'country' }],
      events: [
        {
          id: 'a',
          title: 'A',
          date: '2023-02-30',
          status: 'maybe',
          actors: ['nobody'],
          source: { paragraphs: [3] },
        },
        { id: 'a', title: 'B', date: 'soon', status: 'occurred', actors: [], place: { latitude: 4 } },
      ],
      quotes: [{ id: 'q', text: 'x', speaker: 'nobody', event: 'none' }],
      narratives: [{ id: 'n', title: 'N', steps: [] }],
    }
    // By its path: a glob would match the page's own address, whose query names the file.
    await page.route(
      (url) => url.pathname === '/data/bad-story.json',
      (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }),
    )
    await page.goto('/?lang=en-XA&data=/data/bad-story.json')
    const alert = page.getByRole('alert')
    const problems = alert.locator('.dataset-errors-list li')
    await expect(problems.first()).toBeVisible({ timeout: 30_000 })
    expect(await problems.count()).toBeGreaterThan(8)
    // The problems themselves: nothing English, nothing marked so (the paths and values are the file's).
    expect(await englishLeft(alert.locator('.dataset-errors-list'), NOTHING_ENGLISH)).toEqual([])
    expect(await englishOnPage(page)).toEqual([])

    await page.route(
      (url) => url.pathname === '/data/gone.json',
      (route) => route.fulfill({ status: 404, body: 'no' }),
    )
    await page.goto('/?lang=en-XA&data=/data/gone.json')
    await expect(alert.locator('p').first()).toContainText('/data/gone.json', { timeout: 30_000 })
    expect(await englishLeft(alert, NOTHING_ENGLISH)).toEqual([])
  })

  test('the embed', async ({ page }) => {
    await page.goto('/?lang=en-XA&embed=1&event=camp-david-summit')
    await expect(page.locator('.embed-title')).toHaveText(STORY_TITLE, { timeout: 30_000 })
    expect(await englishOnPage(page)).toEqual([])
  })
})

test('Arabic opens right to left, mirrored, its timeline drawn right to left, and axe-clean', async ({
  page,
}) => {
  await page.goto('/')
  const title = page.getByRole('heading', { level: 1 })
  await expect(title).toHaveText(STORY_TITLE, { timeout: 30_000 })
  // The app's name above the story's title: the interface's words, not the story's (whose own
  // direction, English here, is kept in any page).
  const appName = page.locator('.story-header .app-name')
  const leftToRight = await wordsBox(appName)

  await page.goto('/?lang=ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(title).toHaveText(STORY_TITLE, { timeout: 30_000 })
  await panelsLoaded(page)
  // The page runs from the right: the app's name stands at its right edge, as far in as English's
  // stands from the left (a scrollbar's width allowed).
  const rightToLeft = await wordsBox(appName)
  const width = await page.evaluate(() => document.documentElement.clientWidth)
  expect(leftToRight.left).toBeLessThan(width / 2)
  expect(rightToLeft.right).toBeGreaterThan(width / 2)
  expect(Math.abs(width - rightToLeft.right - leftToRight.left)).toBeLessThan(24)
  await expect(page.locator('.vis-timeline.vis-rtl')).toHaveCount(1)
  // Its interface in Arabic: the catalog's words on the buttons.
  await expect(page.getByRole('button', { name: AR['share.embed'] })).toBeVisible()
  await expect(page.getByRole('button', { name: AR['storyMode.button'] })).toBeVisible()
  expect(await seriousAxeViolations(page)).toEqual([])
})

test('a shared link keeps its language: the view’s address, the embed code and the link out of the embed', async ({
  page,
}) => {
  await page.goto('/?lang=ar&event=camp-david-summit')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORY_TITLE, { timeout: 30_000 })
  // Choosing another event rewrites the address, the language kept in it.
  await page
    .getByRole('region', { name: AR['eventList.title'] })
    .getByRole('listitem')
    .first()
    .getByRole('button')
    .first()
    .click()
  await expect(page).not.toHaveURL(/event=camp-david-summit/)
  await expect(page).toHaveURL(/[?&]lang=ar(&|$)/)

  await page.getByRole('button', { name: AR['share.embed'] }).click()
  const code = page.getByRole('dialog').locator('textarea')
  await expect(code).toHaveValue(/lang=ar/)
  const src = /src="([^"]+)"/.exec(await code.inputValue())?.[1]?.replaceAll('&amp;', '&') ?? ''
  expect(new URL(src).searchParams.get('lang')).toBe('ar')

  // The embed opens in Arabic, and its link to the full app keeps the language.
  await page.goto(src)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const out = page.getByRole('link', { name: new RegExp(AR['share.openInApp'] ?? '') })
  await expect(out).toHaveAttribute('href', /[?&]lang=ar(&|$)/)
})
