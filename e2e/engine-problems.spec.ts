import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, seriousAxeViolations, test } from './fixtures'

// The page pointed at a real engine service (`npm run serve:engine` over the built-in story, DuckDB
// in Node) at a path of its own origin (`?engine=/engine/query`, passed on to the service's port as a
// proxy in front of both would): while the service is down, every view that asked says so in place,
// in the reader's language, with Try again; the service started, Try again brings every answer back.
// Print waits for the printed list's answer, or its problem, before the browser prints.

const ENGINE_PATH = '/engine/query'
// The page loads the built-in story's file and asks the service (which holds the same story) its
// views' questions; `?engine=` alone would open the page of a story held only by the engine.
const OPEN = `/?data=/data/kim-putin-letters.json&engine=${ENGINE_PATH}`
const SHOTS = 'test-results/engine-problems'

/** The engine service over the built-in story, on a free loopback port: its address once it listens. */
async function startService(): Promise<{ url: string; process: ChildProcess }> {
  // A process group of its own (tsx runs node beneath it): stopped whole by the test (afterEach).
  const child = spawn(
    join('node_modules', '.bin', 'tsx'),
    ['scripts/serve-engine.ts', 'public/data/kim-putin-letters.json', '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let said = ''
    child.stdout?.setEncoding('utf8')
    child.stdout?.on('data', (chunk: string) => {
      said += chunk
      const at = /http:\/\/127\.0\.0\.1:\d+\/query/.exec(said)
      if (at) resolve(at[0])
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`the engine service stopped (${code}): ${said}`)))
  })
  return { url, process: child }
}

/** The page's requests to ENGINE_PATH go to the service while it runs; while it does not, nothing answers. */
async function proxyEngine(page: Page, service: { url: string | null }) {
  await page.route(
    (url) => url.pathname === ENGINE_PATH,
    async (route) => {
      if (!service.url) return route.abort('connectionrefused')
      try {
        await route.fulfill({ response: await route.fetch({ url: service.url }) })
      } catch {
        await route.abort('connectionrefused')
      }
    },
  )
}

const VIEWS = ['Filters', 'Timeline', 'Events', 'Event details', 'Quotes', 'Charts'] as const
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const UNREACHABLE = 'The query engine could not be reached.'

let running: ChildProcess | null = null
test.afterEach(() => {
  const group = running?.exitCode === null ? running.pid : undefined
  running = null
  try {
    if (group) process.kill(-group, 'SIGTERM')
  } catch {
    // Gone already (its group with it).
  }
})

test('every view says the engine cannot be reached, once aloud; Try again brings the answers back', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000)
  mkdirSync(SHOTS, { recursive: true })
  const service: { url: string | null } = { url: null }
  await proxyEngine(page, service)
  await page.goto(`${OPEN}&event=kim-letter-to-putin`)

  for (const name of VIEWS)
    await expect(region(page, name).getByText(UNREACHABLE), `${name} says the engine's problem`).toBeVisible()
  // No view says there is nothing, when it could not ask.
  await expect(page.getByText('No event matches the filters.')).toHaveCount(0)
  await expect(page.getByText('No quotes in the matching events.')).toHaveCount(0)
  // Said once to a screen reader, in the page's one live region for it.
  await expect(page.locator('main [aria-live="polite"]').filter({ hasText: UNREACHABLE })).toHaveCount(1)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.getByRole('tab', { name: 'Map' }).click()
  await expect(region(page, 'Map').getByText(UNREACHABLE)).toBeVisible()
  // The map asks three questions: one problem.
  await expect(region(page, 'Map').locator('.engine-problem')).toHaveCount(1)
  await page.screenshot({ path: `${SHOTS}/en-1440-map.png` })
  expect(await seriousAxeViolations(page)).toEqual([])
  await page.getByRole('tab', { name: 'Charts' }).click()
  await page.screenshot({ path: `${SHOTS}/en-1440.png` })

  const started = await startService()
  running = started.process
  service.url = started.url
  for (const name of VIEWS) {
    const again = region(page, name).getByRole('button', { name: 'Try again' })
    // The quotes ask of the selected event once the details have it: answered without asking again.
    if ((await again.count()) > 0) await again.click()
    await expect(region(page, name).getByText(UNREACHABLE)).toHaveCount(0)
  }
  await expect(page.locator('.engine-problem')).toHaveCount(0)
  await expect(region(page, 'Events').getByRole('button', { name: /Kim’s letter to Putin/ })).toBeVisible()
  await expect(
    region(page, 'Event details').getByRole('heading', { name: 'Kim’s letter to Putin' }),
  ).toBeVisible()
  await expect(region(page, 'Quotes').getByText('“long-standing strategic relationship”')).toBeVisible()
  await expect(region(page, 'Filters').getByText('16 of 16 events match')).toBeVisible()
  await expect(page.locator('.engine-stale')).toHaveCount(0)
  expect(await seriousAxeViolations(page)).toEqual([])

  const refused = /^console\.error: Failed to load resource/
  expect(pageErrors.some((error) => refused.test(error))).toBe(true)
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !refused.test(error)))
})

const refusedLoad = /^console\.error: Failed to load resource/

for (const { lang, width, height } of [
  { lang: 'ar', width: 1440, height: 900 },
  { lang: 'ar', width: 390, height: 844 },
  { lang: 'en', width: 390, height: 844 },
]) {
  test(`every view failing, ${lang} at ${width}×${height}: said in place, axe-clean`, async ({
    page,
    pageErrors,
  }) => {
    await page.setViewportSize({ width, height })
    await proxyEngine(page, { url: null })
    await page.goto(`${OPEN}&event=kim-letter-to-putin&lang=${lang}`)
    // Stacked on a phone, the map and the charts are both shown: seven views; else six (the map behind its tab).
    await expect(page.locator('.engine-problem')).toHaveCount(width < 600 ? 7 : 6)
    for (const problem of await page.locator('.engine-problem').all()) await expect(problem).toBeVisible()
    if (lang === 'ar')
      await expect(page.locator('.engine-problem').first()).toContainText('تعذّر الوصول إلى محرّك الاستعلامات')
    await page.screenshot({ path: `${SHOTS}/${lang}-${width}.png`, fullPage: width < 600 })
    expect(await seriousAxeViolations(page)).toEqual([])
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !refusedLoad.test(error)))
  })
}

test('Print waits for the engine: its problem printed while it is down, its answer once it is up', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(90_000)
  const service: { url: string | null } = { url: null }
  await proxyEngine(page, service)
  // What the printed list holds at the moment the browser is asked to print.
  await page.addInitScript(() => {
    window.print = () => {
      const printed = document.querySelector('.printed-story')
      document.body.setAttribute('data-printed', printed?.textContent ?? '(nothing)')
    }
  })
  await page.goto(OPEN)
  await expect(region(page, 'Events').getByText(UNREACHABLE)).toBeVisible()
  await page.getByRole('button', { name: 'Print' }).click()
  await expect(page.locator('body')).toHaveAttribute(
    'data-printed',
    new RegExp(UNREACHABLE.replace('.', '\\.')),
  )

  const started = await startService()
  running = started.process
  service.url = started.url
  // A new filter: a new question, which the printed list asks before the browser prints.
  await page.goto(`${OPEN}&country=KP`)
  await expect(region(page, 'Events').getByRole('button', { name: /Kim’s letter to Putin/ })).toBeVisible()
  await page.evaluate(() => document.body.removeAttribute('data-printed'))
  await page.getByRole('button', { name: 'Print' }).click()
  await expect(page.locator('body')).toHaveAttribute(
    'data-printed',
    /13 of 16 events: only North Korea.*Kim’s letter to Putin/,
  )
  // Printing by the browser's own menu (no beforeprint wait possible): the answer is asked as the page
  // is laid out for paper; a PDF of it holds the events.
  await page.emulateMedia({ media: 'print' })
  const printed = page.getByRole('article', { name: 'The story, as printed' })
  await expect(printed.getByText('Kim’s letter to Putin')).toBeVisible()
  const pdf = await page.pdf()
  expect(pdf.byteLength).toBeGreaterThan(10_000)
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !refusedLoad.test(error)))
})
