import type { Dataset } from '../../src/dataset/format/schema'

/** What a person found in an article by hand: the bench's answers. */
export type Answers = {
  published: string
  /** `speaker` "": words no one is said to say (a name in quote marks), right when proposed with none. */
  quotes: Array<{ paragraph: number; text: string; speaker: string; part?: 'heading' | 'standfirst' }>
  /** `dated`: the text gives the date more precisely than "on or before publication". */
  events: Array<{ title: string; paragraphs: number[]; date: string; dated: boolean }>
  countries: string[]
  people: string[]
}

// The built-in story's one event the bench does not count as dated: "victory over Japan in World War
// II" is 1945 by history, not by anything the article says (it names the war, not a year).
const DATED_BY_HISTORY = new Set(['victory-over-japan'])

/**
 * The answers a hand-made dataset holds: its quotes (speakers by name), its events (dated when more
 * precise than "on or before", less the one dated by history), its countries, its people.
 */
export function answersOfDataset(dataset: Dataset): Answers {
  const name = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id
  return {
    published: dataset.source.published ?? '',
    quotes: dataset.quotes.map((quote) => ({
      paragraph: quote.source?.paragraph ?? 0,
      text: quote.text,
      speaker: quote.speaker === undefined ? '' : name(quote.speaker),
      ...(quote.source?.part ? { part: quote.source.part } : {}),
    })),
    events: dataset.events.map((event) => ({
      title: event.title,
      paragraphs: event.source?.paragraphs ?? [],
      date: event.date,
      dated: !event.date.startsWith('[..') && !DATED_BY_HISTORY.has(event.id),
    })),
    countries: dataset.actors.filter((actor) => actor.kind === 'country').map((actor) => actor.country ?? ''),
    people: dataset.actors.filter((actor) => actor.kind === 'person').map((actor) => actor.name),
  }
}
