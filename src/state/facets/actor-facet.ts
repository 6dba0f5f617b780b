import type { Story } from '../../dataset/story-index'
import { defineFacet } from './define-facet'
import { quoted } from './quoted'

const nameOf = (id: string, story: Story) => story.actorsById.get(id)?.name ?? id

/** The people, organisations and countries acting in an event, by id; also lanes by their kind. */
export const ACTOR_FACET = defineFacet({
  key: 'actor',
  param: 'actor',
  normalize: (id) => id,
  valuesOf: (event) => event.actors,
  has: (story, id) => story.actorsById.has(id),
  unknown: (ids) => `This story has no actor ${ids.map(quoted).join(', ')}; that actor filter was left out.`,
  values: (story) => story.dataset.actors.map(({ id, name, kind }) => ({ id, name, group: kind })),
  nameOf,
  panel: {
    legend: 'Actors',
    rank: 2,
    none: 'This story names no actors.',
    order: 'by-name',
    // Countries acting as such are filtered under "Countries" (which covers every actor of that
    // country), so each country has one checkbox, not two with the same name.
    groups: [
      { group: 'person', heading: 'People' },
      { group: 'organization', heading: 'Organisations' },
    ],
  },
  chart: { noun: 'actor', plural: 'actors', order: 'by-count' },
  lanes: [
    { key: 'actor', choice: 'By actor', none: 'No actor', other: 'Other actors' },
    {
      key: 'actor-kind',
      choice: 'By kind of actor',
      none: 'No actor',
      other: 'Other kinds',
      valuesOf: (event, story) => {
        const kinds = new Set<string>()
        for (const id of event.actors) {
          const kind = story.actorsById.get(id)?.kind
          if (kind) kinds.add(kind)
        }
        return [...kinds]
      },
      labelOf: (kind) => KIND_LANES[kind] ?? kind,
      fixedOrder: ['person', 'organization', 'country'],
    },
  ],
})

const KIND_LANES: Readonly<Record<string, string>> = {
  person: 'People',
  organization: 'Organizations',
  country: 'Countries',
}
