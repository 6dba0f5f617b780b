import type { Page, TestInfo } from '@playwright/test'
import type { EngineService } from './engine-service'
import { expect, seriousAxeViolations } from './fixtures'

// Names, not ids, in a story the engine service holds: ACLED's actors are ids made of their names
// ("police-forces-of-india-2014-"), and the engine keeps the names beside them, so the filters and a
// chosen event's details show "Police Forces of India (2014-)". The link keeps the ids.

/** An id as the app makes them of names (format/slug.ts): lower case, digits and dashes only. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*-?$/

const WORDS = {
  en: { filters: 'Filters', actors: 'Actors', events: 'Events', details: 'Event details' },
  ar: { filters: 'عوامل التصفية', actors: 'الفاعلون', events: 'الأحداث', details: 'تفاصيل الحدث' },
} as const

/**
 * The actors' filter and a chosen event's actors and categories show names; a choice writes the id
 * into the link, and a link with an id opens with that actor's name checked. Screenshots of the
 * filters and the details in `lang`.
 */
export async function checkEngineHeldNames(
  page: Page,
  service: EngineService,
  lang: keyof typeof WORDS,
  testInfo: TestInfo,
): Promise<void> {
  const words = WORDS[lang]
  const width = page.viewportSize()?.width
  // A few days' window: the timeline and the list draw events, one of which is chosen.
  await page.goto(`${service.appUrl}&from=2020-03-01&to=2020-03-04&lang=${lang}`)
  const filters = page.getByRole('region', { name: words.filters })
  const actors = filters.getByRole('group', { name: words.actors }).first()
  const firstActor = actors.getByRole('checkbox').first()
  await expect(firstActor).toBeVisible()
  const labels = await actors.locator('li label bdi').allTextContents()
  expect(labels.length).toBeGreaterThan(3)
  // Names as the file writes them: none of them an id.
  expect(labels.filter((label) => SLUG.test(label))).toEqual([])

  const list = page.getByRole('region', { name: words.events })
  const first = list.getByRole('listitem').first().getByRole('button')
  await first.click()
  const details = page.getByRole('region', { name: words.details })
  await expect(details.getByRole('heading', { level: 3 })).toBeVisible()
  const chips = details.locator('.details-facts .chip bdi')
  await expect(chips.first()).toBeVisible()
  const shown = await chips.allTextContents()
  // Actors and categories by name (ACLED's event types: "Protests"); countries by their names too.
  expect(shown.filter((text) => SLUG.test(text))).toEqual([])
  expect(await seriousAxeViolations(page)).toEqual([])
  await page.screenshot({ path: testInfo.outputPath(`engine-held-names-${lang}-${width}.png`) })
  await details.screenshot({ path: testInfo.outputPath(`engine-held-details-${lang}-${width}.png`) })
  await actors.scrollIntoViewIfNeeded()
  await actors.screenshot({ path: testInfo.outputPath(`engine-held-actors-${lang}-${width}.png`) })

  // An actor chosen in the details: the link says its id, the filter shows it checked by name.
  const actorName = shown[0] ?? ''
  await details.locator('.details-facts .chip').first().click()
  await expect(page).toHaveURL(/[?&]actor=[a-z0-9-]+/)
  const id = new URL(page.url()).searchParams.get('actor') ?? ''
  expect(id).toMatch(SLUG)
  expect(id).not.toBe(actorName)
  // The link with the id, opened anew: the actor is chosen, and named.
  await page.goto(page.url())
  await expect(filters.getByRole('checkbox', { name: actorName, exact: true })).toBeChecked()
}
