import type { Page } from '@playwright/test'

// Where a file's rows were read, as a fact and not a time: the scripts the page's own thread fetched
// (the window's resource timing; a worker's imports are on the worker's own timeline, not here), and
// the workers the page runs. A file read by the query engine, or by the load worker, never brings the
// app's importers onto the page's thread: the work that could freeze it happens elsewhere.

/**
 * The importers' chunks, each loaded by an import() of its module (registry.ts, the load worker's
 * answer-load-request.ts, sheet-head-first.ts, workbook-reader.ts), so named after it in the build.
 * Not the chunks their modules share with the page (papaparse, which the CSV export writes with).
 */
export const IMPORTER_CHUNKS = /\/(registry|answer-load-request|sheet-head-first|workbook-reader)-[\w-]+\.js$/

/** The script files the page's own thread fetched so far, by their addresses. */
export async function scriptsOfThePage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith('.js')),
  )
}

/** The page's importer chunks: none when the rows were read in a worker. */
export async function importersOnThePage(page: Page): Promise<string[]> {
  return (await scriptsOfThePage(page)).filter((name) => IMPORTER_CHUNKS.test(new URL(name).pathname))
}

/** How many of the page's workers run a script whose address matches `url`. */
export function workersRunning(page: Page, url: RegExp): number {
  return page.workers().filter((worker) => url.test(worker.url())).length
}

/** The addresses of the workers the page starts from now on (one may end before it is looked at). */
export function workersStarted(page: Page): string[] {
  const started: string[] = []
  page.on('worker', (worker) => started.push(worker.url()))
  return started
}
