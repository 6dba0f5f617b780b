import { joinItems, t } from '../../i18n/i18n-store'
import { defineMessages, type MessageDescriptor } from '../../i18n/messages'
import { defineFacet } from './define-facet'
import type { FacetVocabulary } from './facet'
import { quoted } from './quoted'

const messages = defineMessages({
  unknown: {
    id: 'facets.actor.unknown',
    defaultMessage: 'This story has no actor {ids}; that actor filter was left out.',
  },
  legend: { id: 'facets.actor.legend', defaultMessage: 'Actors' },
  none: { id: 'facets.actor.none', defaultMessage: 'This story names no actors.' },
  people: { id: 'facets.actor.people', defaultMessage: 'People' },
  organisations: { id: 'facets.actor.organisations', defaultMessage: 'Organisations' },
  countries: { id: 'facets.country.legend', defaultMessage: 'Countries' },
  chartChoice: { id: 'facets.actor.chartChoice', defaultMessage: 'actor' },
  chartNone: { id: 'facets.actor.chartNone', defaultMessage: 'This story names no actors to count by.' },
  chartCaption: { id: 'facets.actor.chartCaption', defaultMessage: 'Matching events by actor' },
  byActor: { id: 'facets.actor.lanes', defaultMessage: 'By actor' },
  noActor: { id: 'facets.actor.noneLane', defaultMessage: 'No actor' },
  otherActors: { id: 'facets.actor.otherLane', defaultMessage: 'Other actors' },
  byKind: { id: 'facets.actorKind.lanes', defaultMessage: 'By kind of actor' },
  otherKinds: { id: 'facets.actorKind.otherLane', defaultMessage: 'Other kinds' },
  organizations: { id: 'facets.actorKind.organizations', defaultMessage: 'Organizations' },
})

const nameOf = (id: string, story: FacetVocabulary) => story.actorsById.get(id)?.name ?? id

/** The people, organisations and countries acting in an event, by id; also lanes by their kind. */
export const ACTOR_FACET = defineFacet({
  key: 'actor',
  param: 'actor',
  normalize: (id) => id,
  valuesOf: (event) => event.actors,
  has: (story, id) => story.actorsById.has(id),
  unknown: (ids) => t(messages.unknown, { ids: joinItems(ids.map(quoted)) }),
  values: (story) =>
    [...story.actorsById.values()].map(({ id, name, kind }) =>
      kind ? { id, name, group: kind } : { id, name },
    ),
  nameOf,
  panel: {
    get legend() {
      return t(messages.legend)
    },
    rank: 2,
    get none() {
      return t(messages.none)
    },
    order: 'by-name',
    // Countries acting as such are filtered under "Countries" (which covers every actor of that
    // country), so each country has one checkbox, not two with the same name.
    groups: [
      {
        group: 'person',
        get heading() {
          return t(messages.people)
        },
      },
      {
        group: 'organization',
        get heading() {
          return t(messages.organisations)
        },
      },
    ],
  },
  chart: {
    get choice() {
      return t(messages.chartChoice)
    },
    get none() {
      return t(messages.chartNone)
    },
    get caption() {
      return t(messages.chartCaption)
    },
    order: 'by-count',
  },
  lanes: [
    {
      key: 'actor',
      get choice() {
        return t(messages.byActor)
      },
      get none() {
        return t(messages.noActor)
      },
      get other() {
        return t(messages.otherActors)
      },
    },
    {
      key: 'actor-kind',
      get choice() {
        return t(messages.byKind)
      },
      get none() {
        return t(messages.noActor)
      },
      get other() {
        return t(messages.otherKinds)
      },
      valuesOf: (event, story) => {
        const kinds = new Set<string>()
        for (const id of event.actors) {
          const kind = story.actorsById.get(id)?.kind
          if (kind) kinds.add(kind)
        }
        return [...kinds]
      },
      labelOf: (kind) => {
        const lane = KIND_LANES[kind]
        return lane ? t(lane) : kind
      },
      fixedOrder: ['person', 'organization', 'country'],
    },
  ],
})

const KIND_LANES: Readonly<Record<string, MessageDescriptor>> = {
  person: messages.people,
  organization: messages.organizations,
  country: messages.countries,
}
