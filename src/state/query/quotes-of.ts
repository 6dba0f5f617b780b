import type { Quote } from '../../dataset/format/schema'
import type { IndexedEvent, Story } from '../../dataset/story-index'

export type QuoteOfEvent = { quote: Quote; event: IndexedEvent }

/** The events' quotes, in the events' order (time) and then the dataset's. */
export function quotesOf(story: Story, events: readonly IndexedEvent[]): QuoteOfEvent[] {
  if (story.quotesByEvent.size === 0) return []
  // Many events (a filter's 100,000): walked beside the story's own order, with each position's quotes
  // at hand, rather than looked up by id (18 ms a filter at 100,000 events, for the hashing alone).
  if (events.length > 1000) {
    const walked = quotesInOrder(story, events)
    if (walked) return walked
  }
  const quotes: QuoteOfEvent[] = []
  for (const event of events) {
    for (const quote of story.quotesByEvent.get(event.id) ?? []) quotes.push({ quote, event })
  }
  return quotes
}

// Each event's quotes by its position in the story, made once a story.
const quotesByPosition = new WeakMap<Story, ReadonlyArray<Quote[] | undefined>>()

/**
 * The quotes of events that are the story's in its order (a filter's matching events are), found by
 * walking both lists together; null if they are not in that order.
 */
function quotesInOrder(story: Story, events: readonly IndexedEvent[]): QuoteOfEvent[] | null {
  let byPosition = quotesByPosition.get(story)
  if (!byPosition) {
    byPosition = story.events.map((event) => story.quotesByEvent.get(event.id))
    quotesByPosition.set(story, byPosition)
  }
  const quotes: QuoteOfEvent[] = []
  let next = 0
  for (let position = 0; position < story.events.length && next < events.length; position++) {
    const event = events[next] as IndexedEvent
    if (story.events[position] !== event) continue
    next++
    for (const quote of byPosition[position] ?? []) quotes.push({ quote, event })
  }
  return next === events.length ? quotes : null
}
