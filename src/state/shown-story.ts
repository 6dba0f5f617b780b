import type { FacetCountRow, StorySummaryRow } from '../dataset/query/answers'
import type { Story } from '../dataset/story-index'
import type { FacetVocabulary } from './facets/facet'
import type { FacetKey } from './facets/facet-table'
import type { EngineHeldStory } from './query/engine-held'

/**
 * What the page knows of a story an engine holds, asked once as it opens: the story as a whole
 * (`story-summary`: title, source, counts, span) and each facet's values (`facet-counts` with no
 * filter), named by their ids. `complete` says per facet whether the engine gave every value (within
 * its limit): only then is a link's value it lacks known to be none of the story's.
 */
export type EngineStoryKnowledge = {
  summary: StorySummaryRow
  vocabulary: FacetVocabulary
  complete: Readonly<Record<FacetKey, boolean>>
}

/**
 * The story the dashboard draws: held in the page (its index, everything as before), or held by an
 * engine (what it answered of it; every view asks it for the rest).
 */
export type ShownStory =
  | { held: 'page'; story: Story }
  | { held: 'engine'; engine: EngineHeldStory; known: EngineStoryKnowledge }

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

/**
 * What an engine's facet counts with no filter say of its story's values, each named by its id (the
 * engine's tables hold ids: docs/decisions/query-engine.md). `limit`: how many values per facet were
 * asked for; a facet that filled it may have more.
 */
export function engineKnowledge(
  summary: StorySummaryRow,
  rows: readonly FacetCountRow[],
  limit: number,
): EngineStoryKnowledge {
  const valuesOf = (facet: FacetKey) => rows.filter((row) => row.facet === facet).map((row) => row.value)
  const named = (ids: readonly string[]) => new Map(ids.map((id) => [id, { id, name: id }]))
  const counted = (facet: FacetKey) => valuesOf(facet).length
  return {
    summary,
    vocabulary: {
      countryCodes: valuesOf('country'),
      actorsById: named(valuesOf('actor')),
      categoriesById: named(valuesOf('category')),
    },
    complete: {
      country: counted('country') < limit,
      actor: counted('actor') < limit,
      category: counted('category') < limit,
      status: true,
    },
  }
}
