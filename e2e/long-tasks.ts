import type { Page } from '@playwright/test'

// The page's long tasks (over 50 ms, the browser's long-task observer) while a file opens, told apart
// from the task that then swaps the story drawn (the dashboard unmounted, the next page mounted): its
// time is when the heading first names another story, seen by a mutation observer within that task.

type Window = {
  __longTasks: Array<{ start: number; ms: number }>
  __swappedAt: number | null
  __chosenAt: number | null
}

/** Records long tasks and the moment the heading (h1) changes, from the page's start. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = window as unknown as Window
    seen.__longTasks = []
    seen.__swappedAt = null
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        seen.__longTasks.push({ start: entry.startTime, ms: Math.round(entry.duration) })
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** Forgets what was seen so far (the page's own start), and watches for the heading to change from now. */
export async function startWatching(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = window as unknown as Window
    seen.__longTasks.length = 0
    seen.__swappedAt = null
    seen.__chosenAt = null
    const before = document.querySelector('h1')?.textContent
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1')?.textContent === before) return
      seen.__swappedAt = performance.now()
      observer.disconnect()
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

/** The file is chosen now: what came before was the person in the system's file chooser (the page under it). */
export async function fileChosen(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(window as unknown as Window).__chosenAt = performance.now()
  })
}

/**
 * The long tasks over `ms`: those that ended before the file was chosen (`choosing`: the engine
 * starting while the system's file chooser covers the page), those from then until the story drawn
 * was swapped (`opening`), and the swap's own.
 */
export async function longTasksOf(
  page: Page,
  ms: number,
): Promise<{ choosing: number[]; opening: number[]; swap: number | null }> {
  return page.evaluate((ms) => {
    const seen = window as unknown as Window
    const swappedAt = seen.__swappedAt ?? Number.POSITIVE_INFINITY
    const chosenAt = seen.__chosenAt ?? Number.NEGATIVE_INFINITY
    const over = seen.__longTasks.filter((task) => task.ms > ms)
    const end = (task: { start: number; ms: number }) => task.start + task.ms
    const swap = seen.__longTasks.find((task) => task.start <= swappedAt && swappedAt <= end(task))
    return {
      choosing: over.filter((task) => end(task) <= chosenAt).map((task) => task.ms),
      opening: over.filter((task) => end(task) > chosenAt && end(task) < swappedAt).map((task) => task.ms),
      swap: swap?.ms ?? null,
    }
  }, ms)
}
