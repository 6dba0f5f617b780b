import { readFileSync } from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'
import Papa from 'papaparse'
import { expect } from './fixtures'

/** What an export of an engine-held story cost, for the spec's log. */
export type ExportFigures = {
  rows: number
  /** The engine's pages the export asked: how many, and the most rows one asked. */
  pages: number
  largestPageAsked: number
  ms: number
  longestTaskMs: number
  heapMb: number
  fileMb: number
}

/**
 * The most rows the export may ask of the engine at once (engine-export.ts's EXPORT_PAGE): what keeps
 * each page's reading a short task, checked as a fact about the questions rather than as a time.
 */
const MOST_ROWS_PER_PAGE = 5_000

/** An export's question (the one `events` question that asks every field, coordinates included). */
type AskedPage = { limit: number; offset: number }

function exportPageAsked(body: string | null): AskedPage | undefined {
  const question: unknown = JSON.parse(body ?? 'null')
  if (typeof question !== 'object' || question === null) return undefined
  const { kind, fields, limit, offset } = Object.fromEntries(Object.entries(question))
  if (kind !== 'events' || !Array.isArray(fields) || !fields.includes('latitude')) return undefined
  return { limit: Number(limit), offset: Number(offset) }
}

/**
 * Exports the matching events of the engine-held dashboard open in `page` as CSV (or JSON) and checks
 * the file: its rows are as many as the filters say match, the first has the columns, no cell a
 * spreadsheet would run; the engine was asked page by page, none of more than MOST_ROWS_PER_PAGE rows.
 * When there is more than one page, the engine's answer to the second is held back until the progress
 * and its Cancel are seen (and screenshotted), so that no machine is too fast for them. The page's
 * longest task and its JavaScript heap are measured meanwhile and returned for the log, not asserted:
 * a busy machine must not fail a test.
 */
export async function checkEngineHeldExport(
  page: Page,
  testInfo: TestInfo,
  format: 'csv' | 'json' = 'csv',
): Promise<ExportFigures> {
  const filters = page.getByRole('region', { name: 'Filters' })
  const said =
    (await filters
      .getByText(/ events? match/)
      .first()
      .textContent()) ?? ''
  const matching = Number((/^([\d,]+) of/.exec(said)?.[1] ?? '').replaceAll(',', ''))
  expect(matching).toBeGreaterThan(0)
  await page.evaluate(() => {
    const page = window as unknown as { longestTask: number; heapPeak: number }
    page.longestTask = 0
    page.heapPeak = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) page.longestTask = Math.max(page.longestTask, entry.duration)
    }).observe({ type: 'longtask' })
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
    setInterval(() => {
      page.heapPeak = Math.max(page.heapPeak, memory?.usedJSHeapSize ?? 0)
    }, 100)
  })
  const asked: AskedPage[] = []
  const held = matching > MOST_ROWS_PER_PAGE
  let release = (): void => undefined
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const isQuery = (url: URL): boolean => url.pathname === '/query'
  await page.route(isQuery, async (route) => {
    const pageAsked = exportPageAsked(route.request().postData())
    if (pageAsked) asked.push(pageAsked)
    // Every page after the first waits until the progress is seen.
    if (pageAsked && pageAsked.offset > 0) await released
    await route.continue()
  })
  const begun = Date.now()
  const downloading = page.waitForEvent('download', { timeout: 800_000 })
  await page.getByRole('button', { name: format === 'csv' ? 'Export CSV' : 'Export JSON' }).click()
  const status = page.locator('.export-status')
  if (held) {
    await expect(status.getByText(/^Exporting the matching events: [\d,]+ of /)).toBeVisible()
    await expect(status.getByRole('button', { name: 'Cancel' })).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath(`export-progress-${page.viewportSize()?.width}.png`) })
  }
  release()
  const download = await downloading
  await page.unroute(isQuery)
  const ms = Date.now() - begun
  const path = await download.path()
  const text = readFileSync(path, 'utf8')
  let rows: number
  if (format === 'csv') {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['id', 'date', 'title', 'status', 'countries']))
    expect(parsed.data.filter((row) => /^[=+\-@\t\r]/.test(row.title ?? ''))).toEqual([])
    rows = parsed.data.length
  } else {
    const dataset: { events: unknown[] } = JSON.parse(text)
    rows = dataset.events.length
  }
  expect(rows).toBe(matching)
  // Page by page, in order, none past the most rows a page may ask: the whole file never one answer.
  expect(asked.length).toBe(Math.ceil(matching / MOST_ROWS_PER_PAGE))
  expect(asked.map((one) => one.offset)).toEqual(asked.map((_, n) => n * MOST_ROWS_PER_PAGE))
  const largestPageAsked = Math.max(...asked.map((one) => one.limit))
  expect(largestPageAsked).toBeLessThanOrEqual(MOST_ROWS_PER_PAGE)
  expect(download.suggestedFilename()).toMatch(new RegExp(`-${matching}-events\\.${format}$`))
  await expect(status).toBeHidden()
  const measured = await page.evaluate(() => {
    const { longestTask, heapPeak } = window as unknown as { longestTask: number; heapPeak: number }
    return { longestTask, heapPeak }
  })
  return {
    rows,
    pages: asked.length,
    largestPageAsked,
    ms,
    longestTaskMs: Math.round(measured.longestTask),
    heapMb: Math.round(measured.heapPeak / 1e6),
    fileMb: Math.round(text.length / 1e5) / 10,
  }
}
