import { countryName } from './country-codes'
import { compareStoryDates, parseEdtf, type StoryDate } from './edtf'
import type { Actor, Dataset, Quote, StoryEvent } from './schema'
import { foldForSearch } from './search-text'

/**
 * An event with what is derived from it once: its parsed date, the countries of its actors, and its
 * title, summary and quotes folded for search.
 */
export type IndexedEvent = StoryEvent & {
  when: StoryDate
  /** The stretch of time the event is drawn over; an open end runs to the source's publication. */
  span: { start: number; end: number }
  countries: string[]
  searchText: string
}

/** A validated dataset with the lookups every view needs, built once when the dataset loads. */
export type Story = {
  dataset: Dataset
  /** The source's publication date, when it has one. */
  published: StoryDate | undefined
  /** In time order (see compareStoryDates); ties keep the dataset's order. */
  events: IndexedEvent[]
  eventsById: ReadonlyMap<string, IndexedEvent>
  actorsById: ReadonlyMap<string, Actor>
  quotesByEvent: ReadonlyMap<string, Quote[]>
  /** Country codes that some event involves, by English name. */
  countryCodes: string[]
  /** The first and last instants any event covers (finite). */
  extent: { start: number; end: number }
}

export function indexStory(dataset: Dataset): Story {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]))
  const quotesByEvent = new Map<string, Quote[]>()
  for (const quote of dataset.quotes) {
    const list = quotesByEvent.get(quote.event)
    if (list) list.push(quote)
    else quotesByEvent.set(quote.event, [quote])
  }
  const published = dataset.source.published === undefined ? undefined : mustParse(dataset.source.published)
  const events = dataset.events
    .map((event): IndexedEvent => {
      const quotes = quotesByEvent.get(event.id) ?? []
      const when = mustParse(event.date)
      return {
        ...event,
        when,
        span: drawnSpan(when, published),
        countries: unique([
          ...event.actors.flatMap((id) => actorsById.get(id)?.country ?? []),
          ...(event.countries ?? []),
        ]),
        searchText: foldForSearch(
          [event.title, event.summary, ...quotes.map((quote) => quote.text)].join('\n'),
        ),
      }
    })
    .sort((a, b) => compareStoryDates(a.when, b.when))
  const countryCodes = unique(events.flatMap((event) => event.countries)).sort((a, b) =>
    countryName(a).localeCompare(countryName(b), 'en'),
  )
  return {
    dataset,
    published,
    events,
    eventsById: new Map(events.map((event) => [event.id, event])),
    actorsById,
    quotesByEvent,
    countryCodes,
    extent: extentOf(events),
  }
}

const DAY = 86_400_000

function drawnSpan(when: StoryDate, published: StoryDate | undefined): { start: number; end: number } {
  const start = when.anchor
  const end = Number.isFinite(when.latest) ? when.latest : Math.max(published?.latest ?? 0, start + DAY)
  return { start, end: Math.max(end, start + 1) }
}

function extentOf(events: IndexedEvent[]): { start: number; end: number } {
  if (events.length === 0) return { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) }
  let start = Number.POSITIVE_INFINITY
  let end = Number.NEGATIVE_INFINITY
  for (const event of events) {
    start = Math.min(start, event.span.start)
    end = Math.max(end, event.span.end)
  }
  return { start, end }
}

// Dates were checked by the schema, so a failure here is a bug, not bad data.
function mustParse(edtf: string): StoryDate {
  const result = parseEdtf(edtf)
  if (!result.ok) throw new Error(`Unchecked date reached the index: ${edtf}`)
  return result.date
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}
