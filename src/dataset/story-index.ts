import { compareNames } from '../lib/compare-names'
import { parseCheckedDate, readsEveryForm, readyToRead } from './dates/read-edtf'
import { finiteEnd, type StoryDate } from './dates/story-date'
import { countryName } from './format/country-codes'
import type { Actor, Category, Dataset, Quote, StoryEvent } from './format/schema'
import type { ReadNote } from './notes/read-note'

/**
 * An event with what is derived from it once: its parsed date, the span it is drawn over and the
 * countries of its actors. (Its text folded for search is made on first use: see state/search.ts.)
 */
export type IndexedEvent = StoryEvent & {
  when: StoryDate
  /** The stretch of time the event is drawn over; an open end runs to the source's publication. */
  span: { start: number; end: number }
  countries: string[]
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
  /** story-timeline/2's categories, by id (empty for a story without them). */
  categoriesById: ReadonlyMap<string, Category>
  quotesByEvent: ReadonlyMap<string, Quote[]>
  /** Quotes by id (for a link to one), made on first use. */
  quotesById: ReadonlyMap<string, Quote>
  /** Country codes that some event involves, by English name. */
  countryCodes: string[]
  /** The first and last instants any event covers (finite). */
  extent: { start: number; end: number }
  /**
   * What the reader should know of how the file was read (a field written twice, say), shown with the
   * story. Set by the load as it hands the story over; empty for a story made in code.
   */
  notes: ReadNote[]
  /**
   * Rows of the file left out as it was read, each with its place, what was expected and what was
   * found (a validation issue's shape, set like notes).
   */
  leftOut: Array<{ path: string; expected: string; found: string }>
}

/**
 * A dataset's dates as the load worker parsed them while checking it: each distinct date once, and
 * each event's as an index into those, so the page neither parses nor looks up a date again.
 */
export type ParsedDates = {
  distinct: StoryDate[]
  /** For each event, by its position in the dataset, the index of its date in `distinct`. */
  ofEvent: Int32Array
  /** The source's publication date, if it has one. */
  published: StoryDate | undefined
}

/**
 * indexStory, once every date it is to read can be read: a dataset not yet validated here (the page's
 * own index of a download the worker checks) may write a form that takes edtf.js, which the page
 * loads only then (see dates/read-edtf.ts).
 */
export async function indexStoryWhenReadable(dataset: Dataset): Promise<Story> {
  const texts = [dataset.source.published, ...dataset.events.map((event) => event.date)]
  await readyToRead(texts.filter((text): text is string => typeof text === 'string'))
  return indexStory(dataset)
}

/**
 * Resolves once every date of the story can be read again on the page (an answer's row carries its
 * date as text): at once for the common forms, once edtf.js has loaded for any other.
 */
export async function storyDatesReadable(story: Story): Promise<void> {
  if (readsEveryForm()) return
  // The worker's dates are shared objects, one per distinct date: each looked at once.
  const distinct = new Set<StoryDate>()
  for (const event of story.events) distinct.add(event.when)
  await readyToRead(Array.from(distinct, (when) => when.edtf))
}

// Indexing runs over every event of a dataset that may hold 100,000: each event is built with the same
// fields in the same order (one object shape keeps the engine's property access fast), and the time
// order is found by sorting positions over typed arrays rather than by comparing objects.
export function indexStory(dataset: Dataset, parsed?: ParsedDates): Story {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]))
  // Only the actors that are countries, looked up for every event: a small map is a fast one (of
  // ACLED's 56,000 actors a few dozen are countries).
  const countryOfActor = new Map<string, string>()
  for (const actor of dataset.actors)
    if (actor.country !== undefined) countryOfActor.set(actor.id, actor.country)
  const quotesByEvent = new Map<string, Quote[]>()
  for (const quote of dataset.quotes) {
    const list = quotesByEvent.get(quote.event)
    if (list) list.push(quote)
    else quotesByEvent.set(quote.event, [quote])
  }
  const count = dataset.events.length
  // The worker's dates fit this dataset when they are as many as its events (they come from the same
  // bytes); anything else, and every date is parsed here.
  const given = parsed?.ofEvent.length === count ? parsed : undefined
  const published =
    dataset.source.published === undefined
      ? undefined
      : (given?.published ?? parseCheckedDate(dataset.source.published))
  const whens: StoryDate[] = new Array(count)
  const anchors = new Float64Array(count)
  const ends = new Float64Array(count)
  for (let position = 0; position < count; position += 1) {
    const when =
      given?.distinct[given.ofEvent[position] as number] ??
      parseCheckedDate((dataset.events[position] as StoryEvent).date)
    whens[position] = when
    anchors[position] = when.anchor
    ends[position] = finiteEnd(when)
  }
  // The same order as compareStoryDates; ties keep the dataset's order.
  const order = Array.from({ length: count }, (_, position) => position).sort(
    (a, b) =>
      (anchors[a] as number) - (anchors[b] as number) || (ends[a] as number) - (ends[b] as number) || a - b,
  )
  // Made in time order, so that they lie in memory in the order every later pass reads them (each
  // event out of order is a cache miss; see docs/decisions/drawing-at-scale.md).
  const events: IndexedEvent[] = new Array(count)
  for (let at = 0; at < count; at += 1) {
    const position = order[at] as number
    const event = dataset.events[position] as StoryEvent
    const when = whens[position] as StoryDate
    events[at] = {
      id: event.id,
      title: event.title,
      summary: event.summary,
      date: event.date,
      status: event.status,
      actors: event.actors,
      countries: countriesOf(event, countryOfActor),
      source: event.source,
      categories: event.categories,
      place: event.place,
      sources: event.sources,
      media: event.media,
      numbers: event.numbers,
      actorRoles: event.actorRoles,
      originalId: event.originalId,
      when,
      span: drawnSpan(when, published),
    }
  }
  const codes = new Set<string>()
  for (const event of events) for (const code of event.countries) codes.add(code)
  const names = new Map([...codes].map((code) => [code, countryName(code)]))
  const countryCodes = [...codes].sort((a, b) => compareNames(names.get(a) ?? a, names.get(b) ?? b))
  let eventsById: Map<string, IndexedEvent> | undefined
  let quotesById: Map<string, Quote> | undefined
  return {
    dataset,
    published,
    events,
    // Made on first use: only a selection, a link to an event or an export looks events up by id (see
    // docs/decisions/drawing-at-scale.md).
    get eventsById() {
      eventsById ??= new Map(events.map((event) => [event.id, event]))
      return eventsById
    },
    actorsById,
    categoriesById: new Map((dataset.categories ?? []).map((category) => [category.id, category])),
    quotesByEvent,
    get quotesById() {
      quotesById ??= new Map(dataset.quotes.map((quote) => [quote.id, quote]))
      return quotesById
    },
    countryCodes,
    extent: extentOf(events),
    notes: [],
    leftOut: [],
  }
}

/** The countries of an event: its actors' and its own, each once. */
function countriesOf(event: StoryEvent, countryOfActor: ReadonlyMap<string, string>): string[] {
  const codes: string[] = []
  if (countryOfActor.size > 0) {
    for (const id of event.actors) {
      const code = countryOfActor.get(id)
      if (code !== undefined && !codes.includes(code)) codes.push(code)
    }
  }
  for (const code of event.countries ?? []) if (!codes.includes(code)) codes.push(code)
  return codes
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
