import { readFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { appUrl, BENCH, dataUrl, isAcled } from './bench-options'
import { timeMapPan } from './map-pan'
import { type Rows, recordApp, type Sample } from './samples'
import { type Step, timeInPage } from './time-in-page'

/** What shows once the app is interactive: the timeline's items and the filters' boxes. */
export const LOADED = ['.vis-item', 'fieldset input[type=checkbox]']

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number }
  return usedSize / 1e6
}

// The id of the event in the middle of the size's file: an ACLED row's event_id_cnty as a slug.
function middleEventId(size: string): string {
  const text = readFileSync(`dist${dataUrl(size)}`, 'utf8')
  if (isAcled(size)) {
    const lines = text.trimEnd().split('\n')
    return (lines[Math.floor(lines.length / 2)] ?? '').split(',')[0]?.toLowerCase() ?? ''
  }
  const dataset = JSON.parse(text) as { events: Array<{ id: string }> }
  return dataset.events[Math.floor(dataset.events.length / 2)]?.id ?? ''
}

/** Milliseconds from pressing a download button of the timeline until the download begins. */
async function timedDownload(page: Page, kind: 'PNG' | 'SVG'): Promise<Sample> {
  const started = performance.now()
  try {
    await Promise.all([
      page.waitForEvent('download', { timeout: BENCH.timeout }),
      page.getByRole('button', { name: `Download this view of the timeline as ${kind}` }).click(),
    ])
    return Math.round(performance.now() - started)
  } catch {
    return 'timeout'
  }
}

/**
 * One run of the app at one size, in fresh browser contexts: the load, a filter, a zoom and a pan step,
 * the heap after them, and a deep link.
 */
export async function measureApp(browser: Browser, size: string, rows: Rows): Promise<void> {
  const record = (metric: string, sample: Sample) => recordApp(rows, size, metric, sample)
  const timed = (page: Page, step: Step) => timeInPage(page, step, BENCH.timeout)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  page.setDefaultTimeout(BENCH.timeout)
  // 1. Cold load to interactive: the timeline shows items and the filters can be used.
  await page.goto(`${BENCH.base}${appUrl(size)}`, { waitUntil: 'commit' })
  const loaded = await timed(page, { exists: LOADED, sinceNavigation: true })
  record('load to interactive', loaded)
  if (typeof loaded !== 'number') {
    await context.close()
    return
  }
  // The charts load after the first view; the filter step below must include them.
  await page
    .locator('.charts-panel .recharts-surface')
    .first()
    .waitFor()
    .catch(() => {})
  // 2. A country filter toggled, until every view shows it.
  const summary = await page.locator('.filters-summary').textContent()
  record(
    'filter, all views',
    await timed(page, {
      act: { kind: 'first-country' },
      changed: { selector: '.filters-summary', from: summary },
    }),
  )
  // 2b. The rarest actor chosen as well, until the timeline draws its events one by one (from counting
  // bars, in a large story's dense window).
  // Only where the timeline draws counting bars: a small story's are items already, and the step's end
  // (items appearing) would never come.
  const narrowed = await page.locator('.filters-summary').textContent()
  if ((await page.locator('.timeline-canvas .vis-item.aggregate').count()) > 0)
    record(
      'filter to one actor, bars to items',
      await timed(page, {
        act: { kind: 'rarest-actor' },
        changed: { selector: '.filters-summary', from: narrowed },
        exists: [
          '.timeline-canvas .vis-item.vis-point:not(.aggregate), .timeline-canvas .vis-item.vis-range:not(.aggregate)',
        ],
      }),
    )
  // 3. One zoom step and one pan, until the timeline has redrawn.
  for (const [metric, key] of [
    ['zoom step', '+'],
    ['pan step', 'PageDown'],
  ] as const) {
    const shown = await page.locator('.timeline-panel .panel-meta').textContent()
    record(
      metric,
      await timed(page, {
        act: { kind: 'key', key },
        changed: { selector: '.timeline-panel .panel-meta', from: shown },
      }),
    )
  }
  // 3b. The timeline's view as a PNG and an SVG, from the click until the browser has the file (the
  // image code loads with the first).
  for (const kind of ['PNG', 'SVG'] as const)
    record(`timeline ${kind} download`, await timedDownload(page, kind))
  // 4. The map: its tab chosen, until its countries and marks are drawn (its code loads then); a
  // filter with the map shown, until the map says so; one zoom step of the map, until it is redrawn.
  record(
    'map shown',
    await timed(page, { act: { kind: 'click', selector: '#tab-map' }, exists: ['.map-panel .map-country'] }),
  )
  // The map is drawn in the same commit as the filters' summary (the marks' canvas just after it):
  // its own count may not change when the timeline's window holds none of the events either way.
  // From no filter (the steps above left a country and an actor chosen, whose counts may not differ).
  await page.getByRole('button', { name: 'Clear all' }).click()
  await page
    .locator('.filters-summary')
    .filter({ hasText: /^(\S+) of \1 / })
    .waitFor()
  const filtered = await page.locator('.filters-summary').textContent()
  record(
    'filter, with the map',
    await timed(page, {
      act: { kind: 'first-country' },
      changed: { selector: '.filters-summary', from: filtered },
      exists: ['.map-panel .map-country'],
    }),
  )
  const world = await page.locator('.map-panel svg > g').getAttribute('transform')
  record(
    'map zoom step',
    await timed(page, {
      act: { kind: 'map-key', key: '+' },
      changedAttribute: { selector: '.map-panel svg > g', name: 'transform', from: world },
    }),
  )
  // A drag of the map, a move every frame (zoomed in first, so that it can move: the whole world is
  // held in the frame).
  const pan = await timeMapPan(page, 60, BENCH.timeout)
  record('map pan, median frame', pan ? pan.median : 'error')
  record('map pan, longest frame', pan ? pan.longest : 'error')
  // Measured last: the forced garbage collection it needs also throws away compiled code, and a step
  // timed right after it ran up to twice as slow as a reader would ever see (100k filter: ~600 ms
  // against ~300).
  record('JS heap after the steps (MB)', await heapMb(page))
  await context.close()
  // 5. A deep link to one event, until it is selected and visible.
  const deep = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const deepPage = await deep.newPage()
  deepPage.setDefaultTimeout(BENCH.timeout)
  await deepPage.goto(`${BENCH.base}${appUrl(size, `event=${middleEventId(size)}`)}`, { waitUntil: 'commit' })
  record(
    'deep link',
    await timed(deepPage, {
      exists: ['.vis-item.vis-selected', '[aria-labelledby="details-title"] h3'],
      sinceNavigation: true,
    }),
  )
  await deep.close()
}
