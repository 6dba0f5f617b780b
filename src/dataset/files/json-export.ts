import { FORMAT_VERSION } from '../format/format-constants'
import type { Dataset } from '../format/schema'
import type { IndexedEvent, Story } from '../story-index'

/**
 * A valid dataset of the current format (a /1 story is written as /2, which only adds fields) holding
 * only these events, the actors they name or that speak in their quotes, their quotes and the
 * categories they are filed under, and the narratives' steps through them.
 */
function datasetOf(story: Story, events: readonly IndexedEvent[]): Dataset {
  const ids = new Set(events.map((event) => event.id))
  const quotes = story.dataset.quotes.filter((quote) => ids.has(quote.event))
  const actorIds = new Set([
    ...events.flatMap((event) => event.actors),
    ...quotes.map((quote) => quote.speaker),
  ])
  const categoryIds = new Set(events.flatMap((event) => event.categories ?? []))
  const { categories, narratives, ...rest } = story.dataset
  const kept = categories?.filter((category) => categoryIds.has(category.id)) ?? []
  // A narrative keeps the steps whose events are kept; one with none left is left out.
  const walks = (narratives ?? []).flatMap((narrative) => {
    const steps = narrative.steps.filter((step) => ids.has(step.event))
    return steps.length ? [{ ...narrative, steps }] : []
  })
  return {
    ...rest,
    format: FORMAT_VERSION,
    actors: story.dataset.actors.filter((actor) => actorIds.has(actor.id)),
    ...(kept.length ? { categories: kept } : {}),
    events: story.dataset.events.filter((event) => ids.has(event.id)),
    quotes,
    ...(walks.length ? { narratives: walks } : {}),
  }
}

export function jsonForExport(story: Story, events: readonly IndexedEvent[]): string {
  return `${JSON.stringify(datasetOf(story, events), null, 2)}\n`
}
