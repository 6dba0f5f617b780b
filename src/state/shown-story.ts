import type { StoryDate } from '../dataset/dates/story-date'
import type { FacetCountRow, StorySummaryRow } from '../dataset/query/answers'
import type { Story } from '../dataset/story-index'
import type { FacetVocabulary } from './facets/facet'
import type { FacetKey } from './facets/facet-table'
import type { EngineHeldStory } from './query/engine-held'

/**
 * What the page knows of a story an engine holds, asked once as it opens: the story as a whole
 * (`story-summary`: title, source, counts, span) and each facet's values (`facet-counts` with no
 * filter), each actor and category by the name the engine gives (by its id where it gives none: a
 * layout file of version 1). The values stay ids in the link and the filters. `complete` says per facet whether the engine gave every value (within
 * its limit): only then is a link's value it lacks known to be none of the story's.
 */
export type EngineStoryKnowledge = {
  summary: StorySummaryRow
  vocabulary: FacetVocabulary
  /** What the frame reads of it, as it reads a story held in the page. */
  facts: StoryFacts
  complete: Readonly<Record<FacetKey, boolean>>
}

/**
 * The story the dashboard draws: held in the page (its index, everything as before), or held by an
 * engine (what it answered of it; every view asks it for the rest).
 */
export type ShownStory =
  | { held: 'page'; story: Story }
  | { held: 'engine'; engine: EngineHeldStory; known: EngineStoryKnowledge }

/**
 * What the frame (the header, the filters, the timeline) reads of a story, either kind: a Story is one
 * as it is; of a story an engine holds, made from its summary (its title, its span; no publication
 * date, no description: the engine's tables hold events and quotes, not the dataset's front matter).
 */
export type StoryFacts = FacetVocabulary & {
  dataset: {
    title: string
    description?: string
    source: { title: string; url?: string; published?: string; paragraphs?: number }
  }
  published: StoryDate | undefined
  /** The first and last instants its events cover. */
  extent: { start: number; end: number }
}

/** What the frame shows of either: the header's words and the span the first window is made from. */
export type StoryFrame = {
  title: string
  /** The source's title, where it names one. */
  source: string | null
  events: number
  quotes: number
  /** The first and last instants its events cover; null for a story with no events. */
  extent: { start: number; end: number } | null
}

export function storyFrame(shown: ShownStory): StoryFrame {
  if (shown.held === 'page') {
    const { story } = shown
    let quotes = 0
    for (const said of story.quotesByEvent.values()) quotes += said.length
    return {
      title: story.dataset.title,
      source: story.dataset.source.title,
      events: story.events.length,
      quotes,
      extent: story.events.length > 0 ? story.extent : null,
    }
  }
  const { summary } = shown.known
  return {
    title: summary.title,
    source: summary.source,
    events: summary.events,
    quotes: summary.quotes,
    extent:
      summary.start !== null && summary.end !== null ? { start: summary.start, end: summary.end } : null,
  }
}

/** The facets' values of either: the page's index, or the engine's answer with no filter. */
export function vocabularyOf(shown: ShownStory): FacetVocabulary {
  return shown.held === 'page' ? shown.story : shown.known.vocabulary
}

/** The frame's facts of either. */
export function factsOf(shown: ShownStory): StoryFacts {
  return shown.held === 'page' ? shown.story : shown.known.facts
}

/**
 * What an engine's facet counts with no filter say of its story's values: each actor and category by
 * its id, named as the engine names it (its names table: docs/decisions/query-engine.md), or by the
 * id where it holds no name. `limit`: how many values per facet were asked for; a facet that filled
 * it may have more.
 */
export function engineKnowledge(
  summary: StorySummaryRow,
  rows: readonly FacetCountRow[],
  limit: number,
): EngineStoryKnowledge {
  const rowsOf = (facet: FacetKey) => rows.filter((row) => row.facet === facet)
  const named = (facet: FacetKey) =>
    new Map(rowsOf(facet).map(({ value, name }) => [value, { id: value, name: name ?? value }]))
  const counted = (facet: FacetKey) => rowsOf(facet).length
  const vocabulary: FacetVocabulary = {
    countryCodes: rowsOf('country').map((row) => row.value),
    actorsById: named('actor'),
    categoriesById: named('category'),
  }
  // A story of no events has no span: a day at the epoch stands for it (the timeline says none match).
  const extent =
    summary.start !== null && summary.end !== null
      ? { start: summary.start, end: summary.end }
      : { start: 0, end: 86_400_000 }
  return {
    summary,
    vocabulary,
    facts: {
      ...vocabulary,
      // A file of rows names no source apart from itself (load-file.ts): its name stands for both.
      dataset: { title: summary.title, source: { title: summary.source ?? summary.title } },
      published: undefined,
      extent,
    },
    complete: {
      country: counted('country') < limit,
      actor: counted('actor') < limit,
      category: counted('category') < limit,
      status: true,
    },
  }
}
