import { expect, type Page } from '@playwright/test'

// Waiting for states, not for time: a busy machine (two browsers, a build and more on two cores) runs
// the page several times slower than a quiet one, and a wait of a fixed number of milliseconds that
// is enough on one is not on the other.

/**
 * After the page has drawn `count` more frames: whatever was queued for the next frame (vis-timeline
 * redraws there, and React's effects have run by then) is done, however slow the machine.
 */
export async function afterFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)))
        next(frames)
      }),
    count,
  )
}

/**
 * Until what `read` returns (the boxes of the timeline's labels, say) stays the same over two frames
 * and at least `quietMs`: the drawing has settled, however many redraws it took to get there.
 */
export async function untilStill(page: Page, read: () => Promise<unknown>, quietMs = 100): Promise<void> {
  await expect
    .poll(
      async () => {
        const before = JSON.stringify(await read())
        const started = Date.now()
        await afterFrames(page)
        const left = quietMs - (Date.now() - started)
        if (left > 0) await page.waitForTimeout(left)
        return JSON.stringify(await read()) === before
      },
      { message: 'the page kept changing' },
    )
    .toBe(true)
}

/**
 * For a test that something does NOT happen (a load that lost does not take the page back): the one
 * place a wait is a time, as there is no state to wait for. It is counted from the moment the thing
 * would have happened, and scaled to this machine as it runs now: `took` is how long the page just
 * took for comparable work, and the wait is `times` that, never under `atLeastMs`.
 */
export async function graceAfter(
  page: Page,
  { took, times, atLeastMs }: { took: number; times: number; atLeastMs: number },
): Promise<void> {
  await page.waitForTimeout(Math.max(atLeastMs, took * times))
  // And the page has drawn what it would have drawn by then.
  await afterFrames(page)
}
