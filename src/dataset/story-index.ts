import { compareStoryDates, parseEdtf, type StoryDate } from './edtf'
import type { Actor, Dataset, Quote, StoryEvent } from './schema'

/** An event with what is derived from it once: its parsed date and the countries of its actors. */
export type IndexedEvent = StoryEvent & { when: StoryDate; countries: string[] }

/** A validated dataset with the lookups every view needs, built once when the dataset loads. */
export type Story = {
  dataset: Dataset
  published: StoryDate
  /** In time order (see compareStoryDates); ties keep the dataset's order. */
  events: IndexedEvent[]
  eventsById: ReadonlyMap<string, IndexedEvent>
  actorsById: ReadonlyMap<string, Actor>
  quotesByEvent: ReadonlyMap<string, Quote[]>
}

export function indexStory(dataset: Dataset): Story {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]))
  const events = dataset.events
    .map(
      (event): IndexedEvent => ({
        ...event,
        when: mustParse(event.date),
        countries: unique(event.actors.flatMap((id) => actorsById.get(id)?.country ?? [])),
      }),
    )
    .sort((a, b) => compareStoryDates(a.when, b.when))
  const quotesByEvent = new Map<string, Quote[]>()
  for (const quote of dataset.quotes) {
    const list = quotesByEvent.get(quote.event)
    if (list) list.push(quote)
    else quotesByEvent.set(quote.event, [quote])
  }
  return {
    dataset,
    published: mustParse(dataset.source.published),
    events,
    eventsById: new Map(events.map((event) => [event.id, event])),
    actorsById,
    quotesByEvent,
  }
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
