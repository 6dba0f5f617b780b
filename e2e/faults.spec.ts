import { readFileSync, writeFileSync } from 'node:fs'
import type { Page, Route } from '@playwright/test'
import { expect, test } from './fixtures'
import { graceAfter } from './waits'

// What a slow, failing or strange server, and a reader who does not wait, do to the page: each ends
// with a message and a way out, and what is shown always follows the address.
const SMALL = readFileSync('e2e/data/small-story.json', 'utf8')
const BUILTIN_TITLE = 'Kim and Putin pledge closer ties'
const title = (page: Page) => page.getByRole('heading', { level: 1 })

/** Serves `body` at `path` on this site, after `delayMs`; `onServed` once it is sent. */
async function serve(
  page: Page,
  path: string,
  body: string,
  { delayMs = 0, status = 200, type = 'application/json', onServed = () => {} } = {},
) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
      await route.fulfill({ status, contentType: type, body }).catch(() => {})
      onServed()
    },
  )
}

async function drop(page: Page, name: string, text: string) {
  await page.evaluate(
    ([fileName, json]) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([json], fileName, { type: 'application/json' }))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
      }
    },
    [name, text] as const,
  )
}

test('Back and Forward walk between a linked story and a file opened over it, and the URL says which', async ({
  page,
}) => {
  await page.goto('/?data=/data/sample-events.csv')
  await expect(title(page)).toHaveText('sample-events')
  await page.getByLabel('Dataset file').setInputFiles('e2e/data/small-story.json')
  await expect(title(page)).toHaveText('A small test story')
  await expect(page).toHaveURL(/\?file=small-story\.json$/)
  await page.goBack()
  await expect(page).toHaveURL(/data=/)
  await expect(title(page)).toHaveText('sample-events')
  await page.goForward()
  await expect(title(page)).toHaveText('A small test story')
  // A fresh page cannot have the file: it says so, and offers the ways on.
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'a file opened from a computer' })).toBeVisible()
  await page.getByRole('button', { name: 'Open the built-in story' }).click()
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
})

test('a file dropped while a linked dataset is still loading wins, and stays', async ({ page }) => {
  let linkedServed = () => {}
  const linkedAnswered = new Promise<void>((resolve) => {
    linkedServed = resolve
  })
  await serve(page, '/slow/story.json', readFileSync('public/data/kim-putin-letters.json', 'utf8'), {
    delayMs: 2500,
    onServed: linkedServed,
  })
  await page.goto('/?data=/slow/story.json')
  await expect(page.getByRole('status').filter({ hasText: 'Loading the story' })).toBeVisible()
  // Dropped once the app has mounted (its drop target with it): the HTML's frame before it takes no
  // files. On a busy machine the frame alone could still be showing here.
  await expect(page.getByRole('button', { name: 'Open dataset…' })).toBeAttached()
  const dropped = Date.now()
  await drop(page, 'dropped.json', SMALL)
  await expect(title(page)).toHaveText('A small test story')
  const opening = Date.now() - dropped
  // Once the linked story has arrived, the page would open it in about the time the dropped one took
  // (both are small): given several times that, it has not taken the page back.
  await linkedAnswered
  await graceAfter(page, { took: opening, times: 4, atLeastMs: 2000 })
  await expect(title(page)).toHaveText('A small test story')
  await expect(page).toHaveURL(/\?file=dropped\.json$/)
})

test('a file dropped before the app has mounted is held, not opened by the browser in place of the page, and opens', async ({
  page,
}) => {
  // The app's code arrives late, as on a slow connection: only the page's first script has run.
  let releaseApp = () => {}
  const appArrives = new Promise<void>((resolve) => {
    releaseApp = resolve
  })
  await page.route(/\/assets\/mount-app-[^/]*\.js$/, async (route) => {
    await appArrives
    await route.continue()
  })
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Open dataset…' })).not.toBeAttached()
  await drop(page, 'dropped.json', SMALL)
  releaseApp()
  await expect(title(page)).toHaveText('A small test story')
  await expect(page).toHaveURL(/\?file=dropped\.json$/)
})

test('of two files opened one after the other, the second wins, however long the first takes', async ({
  page,
}) => {
  // Two openings of a large file, and a wait as long as one: more than a test's usual time on a busy machine.
  test.setTimeout(90_000)
  await page.goto('/')
  await expect(title(page)).toHaveText(BUILTIN_TITLE)
  const base = JSON.parse(readFileSync('public/data/kim-putin-letters.json', 'utf8'))
  const events = Array.from({ length: 60 }, (_, copy) =>
    base.events.map((event: { id: string; summary: string }) => ({
      ...event,
      id: `${event.id}-${copy}`,
      summary: `${event.summary} ${'Context. '.repeat(800)}`,
    })),
  ).flat()
  // A story that opens (without its quotes and narratives, which name the events by their first ids):
  // were its reading not stopped, it would take the page.
  const large = (name: string) =>
    JSON.stringify({ ...base, title: name, quotes: [], narratives: undefined, events })
  // How long this machine takes to open it now: the first file's reading would have ended within that.
  const started = Date.now()
  await drop(page, 'measured.json', large('The large one, measured'))
  await expect(title(page)).toHaveText('The large one, measured', { timeout: 30_000 })
  const opening = Date.now() - started
  await drop(page, 'large.json', large('The large one'))
  await drop(page, 'small.json', SMALL)
  await expect(title(page)).toHaveText('A small test story')
  await graceAfter(page, { took: opening, times: 2, atLeastMs: 3000 })
  await expect(title(page)).toHaveText('A small test story')
})

test('a load can be cancelled, then tried again', async ({ page }) => {
  const waiting: Route[] = []
  let answer = false
  await page.route(
    (url) => url.pathname === '/hanging/story.json',
    async (route) => {
      if (answer) await route.fulfill({ contentType: 'application/json', body: SMALL })
      else waiting.push(route)
    },
  )
  await page.goto('/?data=/hanging/story.json')
  await expect(page.getByRole('status').filter({ hasText: 'Loading the story' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Loading the story was stopped' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open the built-in story' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open dataset…' })).toBeVisible()
  answer = true
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(title(page)).toHaveText('A small test story')
  for (const route of waiting) await route.abort().catch(() => {})
})

test('a server error, a web page, a cut-off file and a slow answer each end as they should', async ({
  page,
  pageErrors,
}) => {
  await serve(page, '/faults/error.json', 'oops', { status: 500 })
  await serve(page, '/faults/page.json', '<!doctype html><title>Not found</title>', { type: 'text/html' })
  await serve(page, '/faults/cut.json', SMALL.slice(0, Math.floor(SMALL.length / 2)))
  await serve(page, '/faults/slow.json', SMALL, { delayMs: 2000 })

  await page.goto('/?data=/faults/error.json')
  await expect(page.getByRole('alert')).toContainText('the server answered 500', { timeout: 20_000 })
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()

  await page.goto('/?data=/faults/page.json')
  await expect(page.getByRole('alert')).toContainText('is a web page, not a dataset')

  await page.goto('/?data=/faults/cut.json')
  await expect(page.getByRole('alert')).toContainText(/line \d+, column \d+: expected valid JSON/)

  await page.goto('/?data=/faults/slow.json')
  await expect(title(page)).toHaveText('A small test story')
  // The browser itself logs each 500 it was sent; the page logged nothing else.
  const fromServer = /^console\.error: Failed to load resource: the server responded with a status of 500/
  expect(pageErrors.filter((error) => fromServer.test(error)).length).toBeGreaterThan(0)
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !fromServer.test(error)))
})

test('a UTF-16 file opens by link as it opens from the disk', async ({ page }) => {
  // Excel's and Notepad's "Unicode" text: UTF-16, little-endian, with its byte-order mark.
  const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SMALL, 'utf16le')])
  await page.route(
    (url) => url.pathname === '/utf16/story.json',
    (route) => route.fulfill({ contentType: 'application/json', body }),
  )
  await page.goto('/?data=/utf16/story.json')
  await expect(title(page)).toHaveText('A small test story')
  const path = test.info().outputPath('utf16.json')
  writeFileSync(path, body)
  await page.goto('/')
  await page.getByLabel('Dataset file').setInputFiles(path)
  await expect(title(page)).toHaveText('A small test story')
})
