import { readFileSync } from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'
import Papa from 'papaparse'
import { expect } from './fixtures'

/** What an export of an engine-held story cost, for the spec's log. */
export type ExportFigures = {
  rows: number
  ms: number
  longestTaskMs: number
  heapMb: number
  fileMb: number
}

/**
 * Exports the matching events of the engine-held dashboard open in `page` as CSV (or JSON) and checks
 * the file: its rows are as many as the filters say match, the first has the columns, no cell a
 * spreadsheet would run. The progress is seen (and screenshotted) while it runs; the page's longest
 * task and its JavaScript heap are measured meanwhile.
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
  const begun = Date.now()
  const downloading = page.waitForEvent('download', { timeout: 800_000 })
  await page.getByRole('button', { name: format === 'csv' ? 'Export CSV' : 'Export JSON' }).click()
  const status = page.locator('.export-status')
  if (matching > 20_000) {
    await expect(status.getByText(/^Exporting the matching events: [\d,]+ of /)).toBeVisible()
    await expect(status.getByRole('button', { name: 'Cancel' })).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath(`export-progress-${page.viewportSize()?.width}.png`) })
  }
  const download = await downloading
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
  expect(download.suggestedFilename()).toMatch(new RegExp(`-${matching}-events\\.${format}$`))
  await expect(status).toBeHidden()
  const measured = await page.evaluate(() => {
    const { longestTask, heapPeak } = window as unknown as { longestTask: number; heapPeak: number }
    return { longestTask, heapPeak }
  })
  return {
    rows,
    ms,
    longestTaskMs: Math.round(measured.longestTask),
    heapMb: Math.round(measured.heapPeak / 1e6),
    fileMb: Math.round(text.length / 1e5) / 10,
  }
}
