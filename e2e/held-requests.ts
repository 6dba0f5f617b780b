import type { Page, Request, Route } from '@playwright/test'

// A load held under way, whatever the machine's speed: the requests it needs (a linked file's ranges,
// the query engine's WebAssembly) wait in page.route until the test has seen what it came to see,
// then go on or are refused. A fast machine cannot finish the load before the test looks.

export type HeldRequests = {
  /** Lets every held request, and those to come, go on to the server. */
  release: () => Promise<void>
  /** Refuses every held request, and those to come (the load they belonged to was stopped). */
  refuse: () => Promise<void>
  /** How many requests have been held so far. */
  count: () => number
}

/** Holds the requests to `url` that `which` picks (all of them unless told); the others go on. */
export async function holdRequests(
  page: Page,
  url: (url: URL) => boolean,
  which: (request: Request) => boolean = () => true,
): Promise<HeldRequests> {
  const waiting: Route[] = []
  let held = 0
  let decided: 'continue' | 'abort' | null = null
  // A request the page no longer wants (its worker ended) cannot be answered: nothing to do then.
  const settle = (route: Route) =>
    (decided === 'abort' ? route.abort() : route.continue()).catch(() => undefined)
  await page.route(url, async (route) => {
    if (!which(route.request())) return route.continue()
    held += 1
    if (decided) await settle(route)
    else waiting.push(route)
  })
  const decide = async (how: 'continue' | 'abort') => {
    decided = how
    await Promise.all(waiting.splice(0).map(settle))
  }
  return { release: () => decide('continue'), refuse: () => decide('abort'), count: () => held }
}
