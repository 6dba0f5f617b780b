import type { IndexedEvent, Story } from '../dataset/story-index'
import { type EventBits, setBit, wordsFor } from './facet-bits'

// Search, in one place: how text is folded, the words of a search, each event's searchable text, and
// the set of events holding every word.

/**
 * Folds text for matching: lower case, no diacritics, typographic quotes and dashes as plain ones,
 * runs of space as one. "Kim’s" and "kim's", "Séoul" and "seoul" match.
 */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII, with nothing to unaccent or unquote: a quarter of the work.
  if (!BEYOND_PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim()
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

// Anything but printable ASCII and white space (tabs, new lines) takes the full fold.
const BEYOND_PLAIN_ASCII = /[^ -~\s]/

/** The words of a search, folded; every one must appear. */
export function searchTerms(search: string): string[] {
  return foldForSearch(search).split(' ').filter(Boolean)
}

const searchTexts = new WeakMap<IndexedEvent, string>()

/**
 * An event's title, summary and quotes folded for search (see foldForSearch). Made when a search first
 * needs it, not when the story loads: most readers of a large dataset never search it.
 */
function eventSearchText(story: Story, event: IndexedEvent): string {
  let text = searchTexts.get(event)
  if (text === undefined) {
    const quotes = story.quotesByEvent.get(event.id) ?? []
    text = foldForSearch([event.title, event.summary ?? '', ...quotes.map((quote) => quote.text)].join('\n'))
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
