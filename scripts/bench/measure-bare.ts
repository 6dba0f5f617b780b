import type { Browser } from '@playwright/test'
import { BENCH, dataUrl } from './bench-options'
import { type Rows, recordBare, type Sample, withTimeout } from './samples'

/** Sizes at which the bare page timed out once: it is not run there again (each try costs the whole timeout). */
export const bareGaveUp = new Set<string>()

/**
 * One run of the bare vis-timeline page at one size: the load, a filter, a zoom and a pan step, timed
 * by the page itself (see bare-page/bare.ts).
 */
export async function measureBare(browser: Browser, size: string, rows: Rows): Promise<void> {
  const record = (metric: string, sample: Sample) => recordBare(rows, size, metric, sample)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(BENCH.timeout)
  try {
    await page.goto(`${BENCH.base}/bench/bare.html?data=${dataUrl(size)}`)
    // From navigation start, as for the app: fetch, parse and the first painted timeline.
    const step = async (metric: string, script: string) => {
      try {
        record(metric, (await withTimeout(page.evaluate(script), BENCH.timeout)) as number)
      } catch (error) {
        const timedOut = String(error).includes('Timeout')
        record(metric, timedOut ? 'timeout' : 'error')
        if (timedOut) bareGaveUp.add(size)
        throw error
      }
    }
    await step('load to interactive', 'window.bench.then((b) => b.loadedAt)')
    await step('filter, all views', 'window.bench.then((b) => b.filter())')
    await step('zoom step', 'window.bench.then((b) => b.zoom())')
    await step('pan step', 'window.bench.then((b) => b.pan())')
  } catch {
    // A step that timed out is recorded; the page may be stuck, so the later steps are skipped.
  }
  await context.close().catch(() => {})
}
