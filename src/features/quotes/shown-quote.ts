import type { Quote } from '../../dataset/format/schema'
import type { IndexedEvent } from '../../dataset/story-index'

/**
 * What a quote's card shows of its event: its id (to choose it) and, where the page knows them, its
 * title and date. A story held in the page gives its events (an IndexedEvent is one); an engine's
 * quotes name their event by id only, unless it is the selected one.
 */
export type QuotedEvent = Pick<IndexedEvent, 'id'> & Partial<Pick<IndexedEvent, 'title' | 'date' | 'when'>>

/**
 * A quote as the panel draws it (a story's QuoteOfEvent is one, as it is: nothing is copied);
 * `speakerName`: its speaker's name where the page holds no actor for it (an engine's answer names it).
 */
export type ShownQuote = { quote: Quote; event: QuotedEvent; speakerName?: string }
