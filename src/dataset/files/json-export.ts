import type { Dataset } from '../format/schema'
import type { IndexedEvent, Story } from '../story-index'

/**
 * A valid dataset of the same format holding only these events, the actors they name or that speak
 * in their quotes, and their quotes.
 */
function datasetOf(story: Story, events: readonly IndexedEvent[]): Dataset {
  const ids = new Set(events.map((event) => event.id))
  const quotes = story.dataset.quotes.filter((quote) => ids.has(quote.event))
  const actorIds = new Set([
    ...events.flatMap((event) => event.actors),
    ...quotes.map((quote) => quote.speaker),
  ])
  return {
    ...story.dataset,
    actors: story.dataset.actors.filter((actor) => actorIds.has(actor.id)),
    events: story.dataset.events.filter((event) => ids.has(event.id)),
    quotes,
  }
}

export function jsonForExport(story: Story, events: readonly IndexedEvent[]): string {
  return `${JSON.stringify(datasetOf(story, events), null, 2)}\n`
}
