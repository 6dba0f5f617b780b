import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { importersOnThePage, workersStarted } from './page-scripts'
import { chartSurfaces, timelineItems } from './widget-selectors'

const BUILTIN_TITLE = 'Kim and Putin pledge closer ties'
const title = (page: Page) => page.getByRole('heading', { level: 1 })
const eventList = (page: Page) => page.getByRole('region', { name: 'Events' })
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' })

async function openFiles(page: Page, ...paths: string[]) {
  await page.getByLabel('Dataset file').setInputFiles(paths)
}

async function openBuiltin(page: Page, search = '') {
  await page.goto(`/${search}`)
  await expect(title(page)).toHaveText(BUILTIN_TITLE, { timeout: 30_000 })
}

test('the built page ships a strict Content-Security-Policy and works under it', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toContain("default-src 'self'")
  expect(meta).not.toContain('unsafe-inline')
  // JavaScript's eval stays refused; only WebAssembly may compile (the query engine's DuckDB-WASM).
  expect(meta).not.toContain("'unsafe-eval'")
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval';")
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
  // Charts, the worker and the timeline all run; the fixture fails the test on any violation.
  await expect(chartSurfaces(page).first()).toBeVisible()
  await openFiles(page, 'e2e/data/small-story.json')
  await expect(title(page)).toHaveText('A small test story')
})

test('a JSON file opens from the picker, and a control returns to the built-in story', async ({ page }) => {
  await openBuiltin(page, '?event=camp-david-summit')
  await openFiles(page, 'e2e/data/small-story.json')
  await expect(title(page)).toHaveText('A small test story')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2)
  await expect(page).not.toHaveURL(/event=/)
  await eventList(page)
    .getByRole('button', { name: /Meeting in Paris/ })
    .click()
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('20 March 2024')
  await page.getByRole('button', { name: 'Back to the built-in story' }).click()
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
})

test('an events CSV with a quotes CSV opens as a story', async ({ page }) => {
  await openBuiltin(page)
  await openFiles(page, 'public/data/sample-events.csv', 'public/data/sample-quotes.csv')
  await expect(title(page)).toHaveText('sample-events')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(16)
  await expect(page.getByRole('region', { name: 'Quotes' })).toContainText('13 from matching events')
})

test('a broken file lists its errors and the open story stays open', async ({ page }) => {
  await openBuiltin(page, '?event=kim-letter-to-putin')
  await openFiles(page, 'e2e/data/broken.json')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('broken.json is not valid JSON')
  await expect(alert).toContainText('line 5, column 18: expected valid JSON')
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
  await expect(page).toHaveURL(/event=kim-letter-to-putin/)
  await expect(page.getByText('The story that was open is still open.')).toBeVisible()

  await openFiles(page, 'e2e/data/invalid-story.json')
  await expect(alert).toContainText('events[0].date: expected a calendar date that exists')
  await expect(alert).toContainText(
    'quotes[0].speaker: expected the id of an actor in "actors", found "nobody"',
  )
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(alert).toHaveCount(0)
})

test('a hostile dataset shows its text as text: no element injected, no dialog', async ({ page }) => {
  await openBuiltin(page)
  await openFiles(page, 'e2e/data/hostile-story.json')
  await expect(title(page)).toHaveText('Hostile <img src=x onerror=alert(1)>')
  await eventList(page)
    .getByRole('button', { name: /<img src=x onerror=alert\(1\)>/ })
    .click()
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('<svg onload=alert(3)>')
  await expect(page.getByRole('region', { name: 'Quotes' })).toContainText('<img src=x onerror=alert(1)>')
  await expect(timelineItems(page).filter({ hasText: '<img src=x onerror=alert(1)>' })).toBeVisible()
  expect(await page.locator('img, svg[onload], script:not([src]), a[href^="javascript"]').count()).toBe(0)
  // The fixture fails the test if any alert() dialog opened.
})

test('a direction override in the data stays inside its own text, wherever that text is shown', async ({
  page,
}) => {
  const RLO = '\u202E'
  const dataset = JSON.parse(readFileSync('e2e/data/small-story.json', 'utf8'))
  dataset.title = `${RLO}A reversed story`
  dataset.source.title = `${RLO}source`
  for (const actor of dataset.actors) actor.name = `${RLO}${actor.name}`
  for (const event of dataset.events) {
    event.title = `${RLO}${event.title}`
    event.summary = `${RLO}${event.summary}`
  }
  for (const quote of dataset.quotes) quote.text = `${RLO}${quote.text}`
  const path = test.info().outputPath('reversed.json')
  writeFileSync(path, JSON.stringify(dataset))
  await openBuiltin(page)
  await openFiles(page, path)
  await expect(title(page)).toContainText('A reversed story')
  await eventList(page).getByRole('button').first().click()
  await expect(page.getByRole('region', { name: 'Quotes' })).toContainText(RLO)
  // Every shown text holding the override sits in an element that isolates it (<bdi>, dir="auto",
  // unicode-bidi: isolate or plaintext), so the badge or the words beside it are not turned around.
  const leaking = await page.evaluate((override) => {
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!node.nodeValue?.includes(override) || !parent || parent.closest('title')) continue
      const bidi = getComputedStyle(parent).unicodeBidi
      if (!['isolate', 'plaintext', 'isolate-override'].includes(bidi))
        found.push(`${parent.outerHTML.slice(0, 80)} (${bidi})`)
    }
    return found
  }, RLO)
  expect(leaking).toEqual([])
})

test('a field written twice in one object opens with a notice saying where, and which was kept', async ({
  page,
}) => {
  const text = readFileSync('e2e/data/small-story.json', 'utf8').replace(
    '"title": "A small test story"',
    '"title": "An earlier title", "title": "A small test story"',
  )
  const path = test.info().outputPath('twice.json')
  writeFileSync(path, text)
  await openBuiltin(page)
  await openFiles(page, path)
  await expect(title(page)).toHaveText('A small test story')
  await expect(
    page.getByRole('status').filter({ hasText: 'twice.json writes a field twice in one object (title)' }),
  ).toBeVisible()
})

test('a ?data= link opens that dataset, and its deep links work', async ({ page }) => {
  await page.goto('/?data=/data/sample-events.csv&event=camp-david-summit')
  await expect(title(page)).toHaveText('sample-events')
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 }),
  ).toHaveText('Trilateral summit at Camp David')
  await eventList(page)
    .getByRole('button', { name: /Kim’s letter to Putin/ })
    .click()
  await expect(page).toHaveURL(
    /data=%2Fdata%2Fsample-events\.csv&event=kim-letter-to-putin|data=\/data\/sample-events\.csv&event=kim-letter-to-putin/,
  )
  await page.reload()
  await expect(title(page)).toHaveText('sample-events')
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Kim’s letter to Putin')
  await page.getByRole('button', { name: 'Back to the built-in story' }).click()
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
})

test('a ?data= link to another site or a missing file says why and offers the built-in story', async ({
  page,
}) => {
  await page.goto('/?data=https://example.org/story.json')
  await expect(page.getByRole('alert')).toContainText('Only datasets on this site can be opened by link')
  await page.goto('/?data=javascript:alert(1)')
  await expect(page.getByRole('alert')).toContainText('is not an http or https address')
  await page.getByRole('button', { name: 'Open the built-in story' }).click()
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
})

test('the matching events export as CSV and JSON, and load again as the same events', async ({ page }) => {
  await openBuiltin(page, '?country=JP')
  const expected = await eventList(page).getByRole('listitem').allTextContents()
  expect(expected).toHaveLength(6)
  const categoryFacet = (on: typeof page) =>
    filters(on)
      .getByRole('group', { name: 'Categories' })
      .getByRole('listitem')
      // Those with events: a category none of the matching events has shows a count of 0.
      .filter({ hasNot: on.locator('.facet-count > [aria-hidden="true"]', { hasText: /^0$/ }) })
  const categoriesBefore = await categoryFacet(page).allTextContents()
  expect(categoriesBefore.length).toBeGreaterThan(1)

  for (const button of ['Export CSV', 'Export JSON']) {
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: button }).click()
    const download = await downloading
    const path = test.info().outputPath(download.suggestedFilename())
    await download.saveAs(path)
    expect(download.suggestedFilename()).toMatch(
      button === 'Export CSV' ? /-6-events\.csv$/ : /-6-events\.json$/,
    )
    if (button === 'Export JSON')
      expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('story-timeline/3')

    await openFiles(page, path)
    await expect(eventList(page).getByRole('listitem')).toHaveCount(6)
    expect(await eventList(page).getByRole('listitem').allTextContents()).toEqual(expected)
    // story-timeline/2's categories come back: those of the exported events, with the same counts.
    expect(await categoryFacet(page).allTextContents()).toEqual(categoriesBefore)
    await page.getByRole('button', { name: 'Back to the built-in story' }).click()
    await filters(page).getByRole('checkbox', { name: 'Japan' }).check()
  }
})

test('a file dropped on the page opens', async ({ page }) => {
  await openBuiltin(page)
  const text = readFileSync('e2e/data/small-story.json', 'utf8')
  await page.evaluate((json) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }))
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }
  }, text)
  await expect(title(page)).toHaveText('A small test story')
})

test('rows copied from a spreadsheet and pasted on the page open as a story; a paste into a field stays there', async ({
  page,
  context,
}) => {
  await openBuiltin(page)
  // Typed into the search field: a paste there is the field's, and no file opens.
  const rows =
    'Date\tHeadline\tCountry\n2024-03-20\tMeeting in Paris\tFrance\n2024-04\tTalks in Rome\tItaly\n'
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((text) => navigator.clipboard.writeText(text), rows)
  const search = page.getByRole('searchbox').first()
  await search.focus()
  await page.keyboard.press('ControlOrMeta+V')
  await expect(search).toHaveValue(/Meeting in Paris/)
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
  await search.fill('')
  // On the page itself, the same paste opens the rows.
  await page.locator('body').focus()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('ControlOrMeta+V')
  await expect(title(page)).toHaveText('pasted rows')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2)
  await expect(filters(page).getByRole('checkbox', { name: 'Italy' })).toBeVisible()
})

test('a CSV file’s text pasted on the page opens as a story', async ({ page, context }) => {
  await openBuiltin(page)
  const rows =
    'date,title,country\n2024-03-20,"Meeting in Paris, at last",France\n2024-04,Talks in Rome,Italy\n'
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((text) => navigator.clipboard.writeText(text), rows)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('ControlOrMeta+V')
  await expect(title(page)).toHaveText('pasted rows')
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2)
  await expect(eventList(page)).toContainText('Meeting in Paris, at last')
})

test('a large dataset opens without freezing the page, with progress shown', async ({ page }) => {
  test.setTimeout(90_000)
  await openBuiltin(page)
  // About 20 MB: the built-in events repeated with fresh ids and long summaries. (Many thousands of
  // events are the benchmark's subject; this test is about the size of the file.)
  const base = JSON.parse(readFileSync('public/data/kim-putin-letters.json', 'utf8'))
  const events = []
  for (let copy = 0; copy < 100; copy += 1) {
    for (const event of base.events) {
      events.push({
        ...event,
        id: `${event.id}-${copy}`,
        summary: `${event.summary} ${'Context. '.repeat(1400)}`,
      })
    }
  }
  // Without its quotes and narratives, which name the events by their first ids.
  const big = JSON.stringify({ ...base, quotes: [], narratives: undefined, events })
  expect(big.length).toBeGreaterThan(20_000_000)
  const path = test.info().outputPath('big.json')
  writeFileSync(path, big)

  const workers = workersStarted(page)
  await openFiles(page, path)
  await expect(page.getByRole('progressbar', { name: 'Opening big.json' })).toBeVisible()
  // A load worker reads and checks the file: the importers never come to the page's thread, which
  // keeps drawing (how soon it answers is logged, not asserted: a time depends on the machine).
  const answered = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        requestAnimationFrame(() => resolve(performance.now() - start))
      }),
  )
  console.log(`a frame drawn while big.json opens: ${Math.round(answered)} ms after it was asked`)
  await expect(filters(page)).toContainText('1,600 of 1,600 events match', { timeout: 60_000 })
  expect(await importersOnThePage(page)).toEqual([])
  console.log(`workers started while big.json opened: ${workers.join(', ')}`)
  expect(workers.filter((url) => /\/load-worker-[\w-]+\.js$/.test(new URL(url).pathname))).not.toEqual([])
})

test('a CSV saved by Excel on Windows (Windows-1252) opens with its accented letters, small or large, and says so', async ({
  page,
}) => {
  await page.goto('/')
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
  // Written byte for byte as Windows-1252: é E9, à E0, è E8, ü FC, – 96, € 80.
  const cp1252 = (text: string) =>
    Buffer.from(Array.from(text, (char) => ({ '–': 0x96, '€': 0x80 })[char] ?? char.charCodeAt(0)))
  const header = 'date,title,summary,countries\n'
  const row = (day: number) =>
    `2023-08-${String(day).padStart(2, '0')},Réunion à Genève ${day},Zürich – 5 € de frais,Switzerland\n`
  const small = cp1252(header + row(1) + row(2))
  // Past 500 kB the worker reads it itself, in pieces.
  const large = cp1252(header + Array.from({ length: 9000 }, (_, index) => row(1 + (index % 28))).join(''))
  expect(large.length).toBeGreaterThan(500_000)
  for (const [name, buffer] of [
    ['petit.csv', small],
    ['grand.csv', large],
  ] as const) {
    await page.getByLabel('Dataset file').setInputFiles({ name, mimeType: 'text/csv', buffer })
    await expect(title(page)).toHaveText(name.replace('.csv', ''))
    await expect(eventList(page).getByText('Réunion à Genève 1', { exact: true }).first()).toBeVisible()
    await expect(
      page.getByText(`${name} is not UTF-8 text: it was read as Windows-1252`, { exact: false }),
    ).toBeVisible()
  }
  // Windows-1252's own letters beyond Latin-1 (its 80–9F): every summary holds "–" and "€".
  await filters(page).getByRole('searchbox').fill('Zürich – 5 €')
  await expect(filters(page).getByText('9,000 of 9,000 events match')).toBeVisible()
})
