import type { NamedFacet } from '../../dataset/query/sql/table-layout'
import type { Story } from '../../dataset/story-index'

// Names in the in-memory answers, by the engine's rule (its names table, sql/query-sql.ts): a value's
// name is the story's name for it, or null where the story has none (the facet counts' `name`, a
// quote's `speakerName`). Only the event details' lists, one name beside each id, put the id in a
// missing name's place (`namedOrId`), as the engine's details do. One lookup, so the three answers
// cannot drift apart.

/** The story's name for an actor or a category, or null where it has none. */
export function storyName(story: Story, facet: NamedFacet, id: string): string | null {
  const named = facet === 'actor' ? story.actorsById.get(id) : story.categoriesById.get(id)
  return named?.name ?? null
}

/** A value's name in a list of names beside their ids (the details'): the id where the story has no name. */
export const namedOrId = (story: Story, facet: NamedFacet, id: string): string =>
  storyName(story, facet, id) ?? id
