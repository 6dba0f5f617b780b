import type { Browser } from '@playwright/test'
import { BENCH, isMapped } from './bench-options'
import { LOADED } from './measure-app'
import { type Rows, recordApp, type Sample, withTimeout } from './samples'

// A large sheet opened with Open dataset…, as a reader meets it. One of columns this app does not know
// goes through the mapping step: until the dialog of its columns shows, then Open, until the story is
// interactive. One whose names it knows (an ACLED export), until the story is interactive. Timed
// inside the page, from the file input's change and from the click.
const DIALOG = 'dialog.columns-dialog[open] .columns-preview li'
/** How long the bench's person takes to choose the file in the system's file chooser. */
const CHOOSING_MS = 1000

async function frames(): Promise<void> {
  for (let index = 0; index < 2; index++) await new Promise((resolve) => requestAnimationFrame(resolve))
}

export async function measureFilePicker(
  browser: Browser,
  size: string,
  file: string,
  rows: Rows,
): Promise<void> {
  const record = (metric: string, sample: Sample) => recordApp(rows, size, metric, sample)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(BENCH.timeout)
  await page.goto(`${BENCH.base}/`)
  await page
    .locator(LOADED[0] ?? '')
    .first()
    .waitFor()
  // Until every selector matches and the heading (the story's title) is not `title` any more.
  const until = (selectors: string[], since: string, title: string | null = null) =>
    withTimeout(
      page.evaluate(
        `(async () => {
          const frames = ${frames.toString()}
          const ready = () =>
            ${JSON.stringify(selectors)}.every((selector) => document.querySelector(selector)) &&
            document.querySelector('h1')?.textContent !== ${JSON.stringify(title)}
          while (!ready()) await new Promise((resolve) => requestAnimationFrame(resolve))
          await frames()
          return performance.now() - window[${JSON.stringify(since)}]
        })()`,
      ) as Promise<number>,
      BENCH.timeout,
    ).catch((error: unknown) =>
      String(error).includes('Timeout') ? ('timeout' as const) : ('error' as const),
    )
  await page.evaluate(() => {
    document.addEventListener(
      'change',
      (event) => {
        if ((event.target as Element).matches('input[type=file]'))
          (window as unknown as Record<string, number>).__picked = performance.now()
      },
      true,
    )
  })
  // As a person opens a file: Open dataset…, then the system's file chooser, where choosing a file
  // takes a person a second or more (the page prepares meanwhile; see data-io/prepare-to-open.ts).
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open dataset…' }).click(),
  ])
  await page.waitForTimeout(CHOOSING_MS)
  await chooser.setFiles(file)
  const title = await page.locator('h1').textContent()
  if (!isMapped(size)) {
    // A file whose names this app knows (an ACLED export) opens at once, without the dialog.
    record('opened from the file picker', await until(LOADED, '__picked', title))
    await context.close()
    return
  }
  record('mapping step shown', await until([DIALOG], '__picked'))
  // The reader accepts the guessed columns: Open, until the story is interactive.
  await page.evaluate(() => {
    ;(window as unknown as Record<string, number>).__opened = performance.now()
    document.querySelector<HTMLButtonElement>('dialog.columns-dialog button[type=submit]')?.click()
  })
  record('open with the mapping accepted', await until(LOADED, '__opened', title))
  await context.close()
}
