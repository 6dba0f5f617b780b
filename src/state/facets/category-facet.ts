import { joinItems, t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { defineFacet } from './define-facet'
import type { FacetVocabulary } from './facet'
import { quoted } from './quoted'

const messages = defineMessages({
  unknown: {
    id: 'facets.category.unknown',
    defaultMessage: 'This story has no category {ids}; that category filter was left out.',
  },
  legend: { id: 'facets.category.legend', defaultMessage: 'Categories' },
  byCategory: { id: 'facets.category.lanes', defaultMessage: 'By category' },
  noCategory: { id: 'facets.category.noneLane', defaultMessage: 'No category' },
  other: { id: 'facets.category.otherLane', defaultMessage: 'Other categories' },
  unavailable: {
    id: 'facets.category.unavailable',
    defaultMessage: 'This story files its events under no categories; showing one lane.',
  },
})

/** story-timeline/2's categories an event is filed under, by id. */
export const CATEGORY_FACET = defineFacet({
  key: 'category',
  param: 'category',
  normalize: (id) => id,
  valuesOf: (event) => event.categories ?? [],
  has: (story, id) => story.categoriesById.has(id),
  unknown: (ids) => t(messages.unknown, { ids: joinItems(ids.map(quoted)) }),
  values: (story) => [...story.categoriesById.values()].map(({ id, name }) => ({ id, name })),
  nameOf: (id: string, story: FacetVocabulary) => story.categoriesById.get(id)?.name ?? id,
  // A story without categories (most) shows no group for them.
  panel: {
    get legend() {
      return t(messages.legend)
    },
    rank: 1,
    none: null,
    order: 'by-name',
  },
  chart: null,
  lanes: [
    {
      key: 'category',
      get choice() {
        return t(messages.byCategory)
      },
      get none() {
        return t(messages.noCategory)
      },
      get other() {
        return t(messages.other)
      },
      unavailable: (story) => (story.categoriesById.size === 0 ? t(messages.unavailable) : null),
    },
  ],
})
