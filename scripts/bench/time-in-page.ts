import type { Page } from '@playwright/test'
import { type Sample, withTimeout } from './samples'

// The app is timed inside the page, as the bare page is: a step starts when the page acts, and ends two
// animation frames after the page shows the result (laid out and painted). Driving each step through
// Playwright's own actions would add its protocol round trips (tens of milliseconds) to the app alone.
export type Step = {
  /** What the page does at the start: click the first country checkbox, or press a key on the timeline. */
  act?:
    | { kind: 'first-country' }
    | { kind: 'rarest-actor' }
    | { kind: 'key'; key: string }
    | { kind: 'click'; selector: string }
    | { kind: 'map-key'; key: string }
  /** Selectors that must all match something before the step is done. */
  exists?: string[]
  /** A selector whose text must differ from `from` before the step is done. */
  changed?: { selector: string; from: string | null }
  /** An attribute that must differ from `from` before the step is done (the map's transform). */
  changedAttribute?: { selector: string; name: string; from: string | null }
  /** Time from navigation start instead of from the act. */
  sinceNavigation?: boolean
}

async function inPage(step: Step): Promise<number> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const start = step.sinceNavigation ? 0 : performance.now()
  if (step.act?.kind === 'first-country') {
    const group = Array.from(document.querySelectorAll('fieldset')).find(
      (fieldset) => fieldset.querySelector('legend')?.textContent === 'Countries',
    )
    const box = group?.querySelector<HTMLInputElement>('input[type=checkbox]')
    if (!box) throw new Error('no country checkbox')
    box.click()
  } else if (step.act?.kind === 'rarest-actor') {
    // The actor with fewest matching events (and some): a filter that turns counting bars into events.
    const rows = Array.from(document.querySelectorAll('.filters-panel li.facet'))
    const count = (row: Element) =>
      Number((row.querySelector('.facet-count')?.textContent ?? '').replace(/\D/g, ''))
    const rarest = rows
      .filter(
        (row) =>
          count(row) > 0 && row.closest('fieldset')?.querySelector('legend')?.textContent !== 'Countries',
      )
      .sort((a, b) => count(a) - count(b))[0]
    const box = rarest?.querySelector<HTMLInputElement>('input[type=checkbox]')
    if (!box) throw new Error('no actor checkbox')
    box.click()
  } else if (step.act?.kind === 'click') {
    const target = document.querySelector<HTMLElement>(step.act.selector)
    if (!target) throw new Error(`nothing to click: ${step.act.selector}`)
    target.click()
  } else if (step.act?.kind === 'map-key') {
    const frame = document.querySelector<HTMLElement>('.map-frame')
    if (!frame) throw new Error('no map')
    frame.focus()
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: step.act.key, bubbles: true, cancelable: true }))
  } else if (step.act?.kind === 'key') {
    const canvas = document.querySelector('[aria-label="Timeline canvas"]')
    if (!canvas) throw new Error('no timeline canvas')
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: step.act.key, bubbles: true, cancelable: true }))
  }
  const ready = () =>
    (step.exists ?? []).every((selector) => document.querySelector(selector)) &&
    (!step.changed || document.querySelector(step.changed.selector)?.textContent !== step.changed.from) &&
    (!step.changedAttribute ||
      document.querySelector(step.changedAttribute.selector)?.getAttribute(step.changedAttribute.name) !==
        step.changedAttribute.from)
  // React applies an update made outside its own event handlers (the timeline's keys) in a microtask
  // after the act: looked for only at the next frame, such an update cost a whole frame more than the
  // bare page's, which acts synchronously. After that, every later look is at a frame.
  await Promise.resolve()
  while (!ready()) await frame()
  await frame()
  await frame()
  return performance.now() - start
}

/** Times one step inside the page (see inPage); a step that takes too long is a 'timeout'. */
export async function timeInPage(page: Page, step: Step, timeoutMs: number): Promise<Sample> {
  try {
    // Sent as source: tsx names functions with a `__name` helper the page does not have.
    const source = `((__name) => (${inPage.toString()})(${JSON.stringify(step)}))((f) => f)`
    return await withTimeout(page.evaluate(source) as Promise<number>, timeoutMs)
  } catch (error) {
    if (process.env.BENCH_DEBUG) console.error(error)
    return String(error).includes('Timeout') ? 'timeout' : 'error'
  }
}
