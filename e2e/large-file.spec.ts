import { execFileSync } from 'node:child_process'
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page, Request } from '@playwright/test'
import { expect, test } from './fixtures'
import { holdRequests } from './held-requests'
import { fileChosen, longTasksOf, startWatching, watchLongTasks } from './long-tasks'
import { importersOnThePage, workersRunning } from './page-scripts'

// A large file opened from the file picker goes to DuckDB-WASM in the page, not into the page's
// objects (docs/decisions/query-engine.md, "Opening a large file"): an ACLED CSV past the size where
// the engine pays (32 MB, ~75,000 rows), and Parquet at any size. The engine starts when Open
// dataset… is pressed; the load status says what it does, with Cancel; the rows are read in the
// engine's worker, never by the importers on the page's thread; a file that does not read says why,
// and the story before stays open. The page's long tasks while opening are logged, not asserted: a
// time depends on the machine (the bound is held by `npm run test:engines`, e2e/engines/).

const CSV_ROWS = 80_000
const PARQUET_ROWS = 3_000
const folder = join(tmpdir(), 'story-timeline-e2e-large-file')
const csv = join(folder, `acled-${CSV_ROWS}.csv`)
const parquet = join(folder, `acled-${PARQUET_ROWS}.parquet`)
const broken = join(folder, 'cut-off.parquet')
const BUILTIN_TITLE = /Kim and Putin/
const SERVED = 'dist/engine/data'
const DUCKDB_WORKER = /duckdb/i
/** The query engine's WebAssembly: held, the engine stays starting (its worker runs, waiting for it). */
const engineModule = (url: URL) => /\/duckdb-[\w-]*\.wasm$/.test(url.pathname)
/** The linked file's bytes (a range of them: its size is asked by a HEAD, not held). */
const linkedFile = (url: URL) => url.pathname === '/engine/data/linked.parquet'
const ranged = (request: Request) => request.headers().range !== undefined

// In order, in one worker (each test starts an engine: two at once on two cores would time each other).
test.describe.configure({ mode: 'default' })

test.beforeAll(() => {
  test.setTimeout(120_000)
  mkdirSync(folder, { recursive: true })
  for (const [rows, out] of [
    [CSV_ROWS, csv],
    [PARQUET_ROWS, parquet],
  ] as const)
    execFileSync('npx', [
      'tsx',
      'scripts/generate-acled.ts',
      '--rows',
      String(rows),
      '--out',
      out,
      '--seed',
      '1',
    ])
  // A Parquet file cut off while downloading: its first half, without the footer.
  const whole = readFileSync(parquet)
  writeFileSync(broken, whole.subarray(0, whole.length >> 1))
  // Served by the preview for the link, without a gzip twin (a range is of the file's own bytes).
  mkdirSync(SERVED, { recursive: true })
  rmSync(`${SERVED}/linked.parquet`, { force: true })
  linkSync(parquet, `${SERVED}/linked.parquet`)
})

/** Opens the built-in story, then a file through Open dataset… (pressed: the engine starts meanwhile). */
async function pickFile(page: Page, path: string): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUILTIN_TITLE)
  if (await page.evaluate(() => '__longTasks' in window)) await startWatching(page)
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open dataset…' }).click(),
  ])
  // A person takes a moment to choose the file; the engine starts meanwhile.
  await page.waitForTimeout(500)
  if (await page.evaluate(() => '__longTasks' in window)) await fileChosen(page)
  await chooser.setFiles(path)
}

test('a large ACLED CSV opens in the query engine: progress, then its story from the engine’s answers', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  await watchLongTasks(page)
  // The engine's start is held until its progress has been seen: no machine is too fast for it.
  const engine = await holdRequests(page, engineModule)
  const begun = Date.now()
  await pickFile(page, csv)
  const picked = Date.now()
  const status = page.getByRole('status').filter({ hasText: 'query engine' })
  await expect(status).toBeVisible()
  await expect(status.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await expect.poll(engine.count).toBeGreaterThan(0)
  await page.screenshot({ path: testInfo.outputPath('large-file-progress-1440.png') })
  await engine.release()
  const name = `acled-${CSV_ROWS}`
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name, { timeout: 150_000 })
  const counted = CSV_ROWS.toLocaleString('en')
  const filters = page.getByRole('region', { name: 'Filters' })
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeVisible()
  const list = page.getByRole('region', { name: 'Events' })
  await expect(list.getByRole('listitem').first()).toBeVisible()
  console.log(
    `${counted} rows (${name}.csv) from the picker to the first view: ${Date.now() - picked} ms (${Date.now() - begun} ms with the page's start)`,
  )
  expect(new URL(page.url()).searchParams.get('file')).toBe(`${name}.csv`)
  await expect(page.getByText(/^This story is held by the query engine in this page/)).toContainText(
    `over the file “\u2068${name}.csv\u2069”`,
  )
  const tasks = await longTasksOf(page, 200)
  console.log(
    `long tasks over 200 ms while opening: ${JSON.stringify(tasks.opening)}; the swap to the engine's dashboard: ${tasks.swap ?? 'under 50'} ms`,
  )
  // Read by DuckDB's reader in its worker, not by the app's importers on the page's thread.
  expect(workersRunning(page, DUCKDB_WORKER)).toBeGreaterThan(0)
  expect(await importersOnThePage(page)).toEqual([])

  // A chosen event's details (the dashboard's, from the engine's row).
  const third = list.getByRole('listitem').nth(2).getByRole('button')
  const title = (await third.locator('.event-title').textContent()) ?? ''
  await third.click()
  const details = page.getByRole('region', { name: 'Event details' })
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(title)
  // A country's count: the filters' count becomes the engine's answer under it.
  const countries = filters.getByRole('group', { name: 'Countries' })
  const [, count = ''] =
    /([\d,]+)\s*$/.exec((await countries.locator('li').first().textContent()) ?? '') ?? []
  await countries.getByRole('checkbox').first().check()
  await expect(filters.getByText(`${count} of ${counted} events match`)).toBeVisible()
  await filters.getByRole('button', { name: 'Clear all' }).click()
  // A search.
  await page.getByRole('searchbox').fill('armed clash')
  await expect(filters.getByText(`${counted} of ${counted} events match`)).toBeHidden()
  await expect(filters.getByText(new RegExp(`^[\\d,]+ of ${counted} events match$`))).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('large-file-story-1440.png') })

  // Back steps back through the view (a chosen filter is a history step, as on the dashboard): the
  // filters cleared are chosen again, over the story the engine still holds; Forward clears them.
  await page.goBack()
  await expect(filters.getByText(`${count} of ${counted} events match`)).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
})

test('Parquet opens in the query engine whatever its size; a phone’s width', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 390, height: 844 })
  await watchLongTasks(page)
  await pickFile(page, parquet)
  const name = `acled-${PARQUET_ROWS}`
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name, { timeout: 90_000 })
  const counted = PARQUET_ROWS.toLocaleString('en')
  await expect(
    page.getByRole('region', { name: 'Filters' }).getByText(`${counted} of ${counted} events match`),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Events' }).getByRole('listitem').first()).toBeVisible()
  console.log(
    `long tasks over 200 ms while opening: ${JSON.stringify((await longTasksOf(page, 200)).opening)}`,
  )
  expect(workersRunning(page, DUCKDB_WORKER)).toBeGreaterThan(0)
  expect(await importersOnThePage(page)).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('large-file-parquet-390.png') })
})

test('Cancel mid-load stops the engine and leaves the story that was open; a phone’s width', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 390, height: 844 })
  // Mid-load on any machine: the engine's WebAssembly is held, so it is still starting at Cancel.
  const engine = await holdRequests(page, engineModule)
  await pickFile(page, csv)
  const status = page.getByRole('status').filter({ hasText: 'query engine' })
  await expect(status).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('large-file-progress-390.png') })
  const engineWorkers = () => page.workers().filter((worker) => /duckdb|parquet/i.test(worker.url())).length
  await expect.poll(engineWorkers).toBeGreaterThan(0)
  await expect.poll(engine.count).toBeGreaterThan(0)
  await status.getByRole('button', { name: 'Cancel' }).click()
  // The engine still starting is closed once started (its start cannot be interrupted): let it start.
  await engine.release()
  await expect(status).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUILTIN_TITLE)
  expect(new URL(page.url()).searchParams.get('file')).toBeNull()
  // The engine's workers (DuckDB's, and hyparquet's for Parquet) are ended, their memory freed.
  await expect.poll(engineWorkers).toBe(0)
  // Nothing arrives later from the stopped load.
  await page.waitForTimeout(3000)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUILTIN_TITLE)
})

test('a cut-off Parquet file says it could not be read and what to do; the story before stays open', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  await pickFile(page, broken)
  const alert = page.getByRole('alert').filter({ hasText: /cut-off\.parquet\W* did not open/ })
  await expect(alert).toBeVisible({ timeout: 60_000 })
  await expect(alert).toContainText('It could not be read as Parquet: it may be cut off or damaged.')
  await expect(alert).toContainText('The story that was open is still open.')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUILTIN_TITLE)
  await page.screenshot({ path: testInfo.outputPath('large-file-broken-1440.png') })
  await alert.getByRole('button', { name: 'Dismiss' }).click()
  await expect(alert).toBeHidden()
})

test('a linked Parquet file says the engine’s stages, and Cancel stops it', async ({ page }, testInfo) => {
  test.setTimeout(90_000)
  // The file's bytes are held: the load is still under way when Cancel is pressed, on any machine.
  const file = await holdRequests(page, linkedFile, ranged)
  await page.goto('/?data=/engine/data/linked.parquet')
  const stage = page.getByRole('status').filter({ hasText: /query engine .*linked\.parquet/ })
  await expect(stage).toBeVisible()
  await expect.poll(file.count).toBeGreaterThan(0)
  await page.screenshot({ path: testInfo.outputPath('linked-stage-1440.png') })
  await stage.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('Loading the story was stopped.')).toBeVisible()
  await expect(stage).toBeHidden()
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  await file.refuse()
})

test('a linked Parquet file opens in the query engine by range requests, never downloaded whole', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await watchLongTasks(page)
  const fetched: Array<{ method: string; range: string | null; status: number }> = []
  page.on('response', (response) => {
    const request = response.request()
    // The file's own requests (the page's address names it too, in its query).
    if (new URL(request.url()).pathname.endsWith('/linked.parquet'))
      fetched.push({
        method: request.method(),
        range: request.headers().range ?? null,
        status: response.status(),
      })
  })
  // The file's bytes are held until its stage has been seen: no machine is too fast for it.
  const file = await holdRequests(page, linkedFile, ranged)
  await page.goto('/?data=/engine/data/linked.parquet')
  // The page's own start is not the file's opening: its tasks from when it says it is loading.
  await expect(page.getByRole('status').filter({ hasText: /Loading the story|query engine/ })).toBeVisible()
  await startWatching(page)
  // The engine's stages, as for a picked file, with Cancel.
  const stage = page.getByRole('status').filter({ hasText: /query engine .*linked\.parquet/ })
  await expect(stage).toBeVisible()
  await expect(stage.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await expect.poll(file.count).toBeGreaterThan(0)
  await file.release()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('linked', { timeout: 60_000 })
  const counted = PARQUET_ROWS.toLocaleString('en')
  await expect(
    page.getByRole('region', { name: 'Filters' }).getByText(`${counted} of ${counted} events match`),
  ).toBeVisible()
  await expect(page.getByText(/^This story is held by the query engine in this page/)).toContainText(
    'over the file “\u2068linked.parquet\u2069”',
  )
  console.log(
    `long tasks over 200 ms while opening: ${JSON.stringify((await longTasksOf(page, 200)).opening)}`,
  )
  expect(workersRunning(page, DUCKDB_WORKER)).toBeGreaterThan(0)
  expect(await importersOnThePage(page)).toEqual([])
  // A HEAD for its size, then ranges answered 206: no request for the whole file.
  expect(fetched.length).toBeGreaterThan(0)
  expect(fetched.filter(({ method, range }) => method === 'GET' && range === null)).toEqual([])
  expect(fetched.filter(({ method }) => method === 'GET').every(({ status }) => status === 206)).toBe(true)
  console.log(
    `linked Parquet: ${fetched.length} requests (${fetched.map(({ method, range }) => range ?? method).join(', ')})`,
  )
})
