import type { Story } from '../../dataset/story-index'
import { defineFacet } from './define-facet'
import { quoted } from './quoted'

/** story-timeline/2's categories an event is filed under, by id. */
export const CATEGORY_FACET = defineFacet({
  key: 'category',
  param: 'category',
  normalize: (id) => id,
  valuesOf: (event) => event.categories ?? [],
  has: (story, id) => story.categoriesById.has(id),
  unknown: (ids) =>
    `This story has no category ${ids.map(quoted).join(', ')}; that category filter was left out.`,
  values: (story) => [...story.categoriesById.values()].map(({ id, name }) => ({ id, name })),
  nameOf: (id: string, story: Story) => story.categoriesById.get(id)?.name ?? id,
  // A story without categories (most) shows no group for them.
  panel: { legend: 'Categories', rank: 1, none: null, order: 'by-name' },
  chart: null,
  lanes: [
    {
      key: 'category',
      choice: 'By category',
      none: 'No category',
      other: 'Other categories',
      unavailable: (story) =>
        story.categoriesById.size === 0
          ? 'This story files its events under no categories; showing one lane.'
          : null,
    },
  ],
})
