import { acledParquet, type EngineService, startEngineService } from './engine-service'
import { expect, test } from './fixtures'

// A story held by the engine service, not by the page: the service serves the built app and answers at
// /query on the same origin, over 100,000 generated ACLED-shaped rows. The page opens
// `/?engine=/query`, fetches no dataset, and draws the engine's answers. (1,000,000 rows:
// e2e/engines/engine-held-1m.spec.ts, `npm run test:engines`.)

const ROWS = 100_000
// One service for the spec's tests: one worker runs them, after one start.
test.describe.configure({ mode: 'serial' })
let service: EngineService

test.beforeAll(async () => {
  // Making the file (once per machine) and loading it take longer than a test.
  test.setTimeout(240_000)
  service = await startEngineService(await acledParquet(ROWS))
  console.log(
    `engine service over ${ROWS.toLocaleString('en')} rows: listening after ${Math.round(service.startMs)} ms`,
  )
})
test.afterAll(() => service?.stop())

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the story's frame, first events and a chosen event's details from the engine, no dataset fetched (${viewport.width}×${viewport.height})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport)
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    const begun = Date.now()
    await page.goto(service.appUrl)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('acled-100000.parquet')
    await expect(page.getByText(/^100,000 events, 0 quotes · From /)).toBeVisible()
    const list = page.getByRole('list')
    await expect(list.getByRole('button')).toHaveCount(100)
    console.log(
      `first view (title, counts, first 100 events) at ${viewport.width}px: ${Date.now() - begun} ms`,
    )
    await expect(page.getByText('The first 100 of 100,000 events, in time order.')).toBeVisible()
    await expect(page.getByRole('note')).toContainText('not available yet')

    const third = list.getByRole('button').nth(2)
    const title = (await third.textContent()) ?? ''
    await third.click()
    const details = page.getByRole('region', { name: 'Event details' })
    await expect(details.getByRole('heading', { name: title })).toBeVisible()
    await expect(details.getByText(/^Countries: [A-Z]{2}/)).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath(`engine-held-${viewport.width}.png`), fullPage: false })

    // Only the app's files and the engine's answers: no dataset, nothing from another origin.
    expect(requested.every((url) => url.startsWith(service.origin))).toBe(true)
    expect(requested.filter((url) => /\/data\/|\.json(\?|$)|\.parquet|\.csv/.test(url))).toEqual([])
    expect(requested.filter((url) => url.endsWith('/query')).length).toBeGreaterThanOrEqual(3)
  })
}
