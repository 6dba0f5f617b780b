import { execFileSync } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { chromiumRss } from '../../scripts/bench/chromium-rss'
import { expect, test } from '../fixtures'
import { fileChosen, longTasksOf, startWatching, watchLongTasks } from '../long-tasks'

// e2e/large-file.spec.ts at 1,000,000 rows (`npm run test:engines`): a million generated ACLED rows
// opened from the file picker into DuckDB-WASM in the page, as a Parquet file in the engine's own
// layout (the fastest) and as an ACLED CSV (DuckDB's reader, then the ACLED SQL). Logged: from the
// file chosen to the first view (title, counts, first 100 events), with the engine started when
// Open dataset… was pressed (warm) and without (cold); the page's tasks over 200 ms; the resident
// memory of Chromium's processes.

const ROWS = 1_000_000
const folder = join(tmpdir(), 'story-timeline-e2e-large-file')
const layout = join(folder, `acled-${ROWS}.layout.parquet`)
const csv = join(folder, `acled-${ROWS}.csv`)

test.describe.configure({ mode: 'default' })

test.beforeAll(() => {
  test.setTimeout(600_000)
  mkdirSync(folder, { recursive: true })
  const generate = (out: string, ...more: string[]) => {
    if (!existsSync(out))
      execFileSync('npx', [
        'tsx',
        'scripts/generate-acled.ts',
        '--rows',
        String(ROWS),
        '--out',
        out,
        '--seed',
        '1',
        ...more,
      ])
  }
  generate(layout, '--layout')
  generate(csv)
})

/** Opens `path` from the built-in story: warm, through Open dataset… pressed (a second to choose); cold, set on the input. */
async function openMillion(page: Page, path: string, warm: boolean, name: string): Promise<void> {
  await watchLongTasks(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kim and Putin/)
  // The page's own start is not the file's opening: its tasks are forgotten.
  await startWatching(page)
  if (warm) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open dataset…' }).click(),
    ])
    await page.waitForTimeout(1000)
    if (await page.evaluate(() => '__longTasks' in window)) await fileChosen(page)
    await chooser.setFiles(path)
  } else await page.getByLabel('Dataset file').setInputFiles(path)
  const chosen = Date.now()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name, { timeout: 300_000 })
  const counted = ROWS.toLocaleString('en')
  // The engine-held dashboard's first view: the filters' count of every event.
  await expect(
    page.getByRole('region', { name: 'Filters' }).getByText(`${counted} of ${counted} events match`),
  ).toBeVisible({ timeout: 60_000 })
  const ms = Date.now() - chosen
  const tasks = await longTasksOf(page, 50)
  console.log(
    `${counted} rows, ${path.split('/').pop()}, ${warm ? 'warm' : 'cold'}: first view ${ms} ms after the file was chosen; tasks over 200 ms while choosing ${tasks.choosing.filter((t) => t > 200).join(', ') || 'none'}; longest task while opening ${Math.max(0, ...tasks.opening)} ms (${tasks.opening.filter((t) => t > 200).length} over 200 ms), the swap to the engine's page ${tasks.swap ?? 'under 50'} ms; Chromium ${(chromiumRss() / 1e6).toFixed(0)} MB`,
  )
  expect(tasks.opening.filter((t) => t > 200)).toEqual([])
}

for (const warm of [true, false])
  test(`a million rows in the engine's layout from the picker (${warm ? 'engine warm' : 'engine cold'})`, async ({
    page,
  }) => {
    test.setTimeout(600_000)
    await openMillion(page, layout, warm, `acled-${ROWS}.layout.parquet`)
  })

test('a million rows of an ACLED CSV from the picker (engine warm)', async ({ page }) => {
  test.setTimeout(600_000)
  await openMillion(page, csv, true, `acled-${ROWS}`)
})

test('a million rows in the engine’s layout by link: the engine’s stages, then the first view', async ({
  page,
}) => {
  test.setTimeout(600_000)
  // Served by the preview as a file of this site (ranges of its own bytes: no gzip twin).
  const served = 'dist/engine/data'
  mkdirSync(served, { recursive: true })
  rmSync(`${served}/million.parquet`, { force: true })
  linkSync(layout, `${served}/million.parquet`)
  await watchLongTasks(page)
  const stages = new Set<string>()
  const started = Date.now()
  await page.goto('/?data=/engine/data/million.parquet')
  await startWatching(page)
  const stage = page.getByRole('status').filter({ hasText: /query engine .*million\.parquet/ })
  await expect(stage.getByRole('button', { name: 'Cancel' })).toBeVisible({ timeout: 60_000 })
  // The stages seen, sampled until the story is drawn.
  const heading = page.getByRole('heading', { level: 1 })
  // (The loading page's own heading is the app's name.)
  while (!/acled/i.test((await heading.textContent().catch(() => null)) ?? '')) {
    const text = await stage.textContent().catch(() => null)
    if (text) stages.add(text.replace(/[\d,]+ of /, 'N of ').trim())
    await page.waitForTimeout(250)
  }
  await expect(heading).toHaveText(`acled-${ROWS}.layout.parquet`)
  const counted = ROWS.toLocaleString('en')
  await expect(
    page.getByRole('region', { name: 'Filters' }).getByText(`${counted} of ${counted} events match`),
  ).toBeVisible({
    timeout: 60_000,
  })
  const ms = Date.now() - started
  const tasks = await longTasksOf(page, 50)
  console.log(
    `${counted} rows by link (million.parquet): first view ${ms} ms after the address was opened; stages seen: ${[...stages].join(' | ')}; longest task while opening ${Math.max(0, ...tasks.opening)} ms (${tasks.opening.filter((t) => t > 200).length} over 200 ms); Chromium ${(chromiumRss() / 1e6).toFixed(0)} MB`,
  )
  expect([...stages].some((text) => text.includes('reading'))).toBe(true)
  expect(tasks.opening.filter((t) => t > 200)).toEqual([])
})
