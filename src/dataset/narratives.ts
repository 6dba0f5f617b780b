import type { IndexedEvent, Story } from './story-index'

/** One step of a narrative: its event, and what the step says beside it (an excerpt of a paragraph). */
export type StoryStep = {
  event: IndexedEvent
  text?: string
  paragraph?: number
  /** The document the excerpt is from, when not the first ("source"). */
  document?: string
}

/** A guided walk through the story, as story mode shows it. */
export type StoryNarrative = {
  id: string
  title: string
  description?: string
  steps: StoryStep[]
  /** Made by the app for a story without narratives of its own: every event, in time order. */
  inTimeOrder: boolean
}

/** The id of the walk in time order, offered when a story has no narratives of its own. */
export const IN_TIME_ORDER = 'in-time-order'

const made = new WeakMap<Story, StoryNarrative[]>()

/**
 * The story's narratives, their steps' events resolved (validation has checked that each exists); a
 * story with none has one, every event in time order. Built once per story, when story mode asks.
 */
export function narrativesOf(story: Story): StoryNarrative[] {
  const known = made.get(story)
  if (known) return known
  const own = story.dataset.narratives ?? []
  const narratives: StoryNarrative[] = own.length
    ? own.map((narrative) => ({
        id: narrative.id,
        title: narrative.title,
        ...(narrative.description === undefined ? {} : { description: narrative.description }),
        steps: narrative.steps.flatMap((step) => {
          const event = story.eventsById.get(step.event)
          if (!event) return []
          const shown: StoryStep = { event }
          if (step.text !== undefined) shown.text = step.text
          if (step.source) shown.paragraph = step.source.paragraph
          if (step.source?.document !== undefined) shown.document = step.source.document
          return [shown]
        }),
        inTimeOrder: false,
      }))
    : [
        {
          id: IN_TIME_ORDER,
          title: 'The events in time order',
          steps: story.events.map((event) => ({ event })),
          inTimeOrder: true,
        },
      ]
  // A narrative's steps may all have gone (a story made in code without validation): none is shown.
  const shown = narratives.filter((narrative) => narrative.steps.length > 0)
  made.set(story, shown)
  return shown
}

/** The narrative with this id, or undefined. */
export function narrativeById(story: Story, id: string): StoryNarrative | undefined {
  return narrativesOf(story).find((narrative) => narrative.id === id)
}
