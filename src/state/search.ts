import type { IndexedEvent, Story } from '../dataset/story-index'
import { foldedEventText, foldForSearch, searchTerms } from '../lib/fold-for-search'
import { type EventBits, setBit, wordsFor } from './facet-bits'

// How text is folded and split into words is the query engines' too (lib/fold-for-search.ts).
export { foldForSearch, searchTerms }

// Search, in one place: each event's searchable text, and the set of events holding every word.

const searchTexts = new WeakMap<IndexedEvent, string>()

/**
 * An event's title, summary and quotes folded for search (see foldForSearch). Made when a search first
 * needs it, not when the story loads: most readers of a large dataset never search it.
 */
function eventSearchText(story: Story, event: IndexedEvent): string {
  let text = searchTexts.get(event)
  if (text === undefined) {
    const quotes = story.quotesByEvent.get(event.id) ?? []
    text = foldedEventText(
      event.title,
      event.summary,
      quotes.map((quote) => quote.text),
    )
    searchTexts.set(event, text)
  }
  return text
}

/** True when the event's text holds every term. */
export function matchesSearch(story: Story, event: IndexedEvent, terms: readonly string[]): boolean {
  const text = eventSearchText(story, event)
  return terms.every((term) => text.includes(term))
}

const searches = new WeakMap<Story, { terms: string; bits: EventBits }>()

/** The events whose text holds every term (the last search is kept: typing narrows one search). */
export function searchBits(story: Story, terms: readonly string[]): EventBits {
  const key = terms.join(' ')
  const last = searches.get(story)
  if (last?.terms === key) return last.bits
  const bits = new Uint32Array(wordsFor(story.events.length))
  story.events.forEach((event, index) => {
    if (matchesSearch(story, event, terms)) setBit(bits, index)
  })
  searches.set(story, { terms: key, bits })
  return bits
}
