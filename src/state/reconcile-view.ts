import { narrativeById, narrativesOf } from '../dataset/narratives'
import { t } from '../i18n/i18n-store'
import { defineMessages } from '../i18n/messages'
import { showInvisible } from '../lib/visible-text'
import { byFacet, laneSpec } from './facets/facet-table'
import type { ShownStory } from './shown-story'
import { clampWindow, MIN_WINDOW_MS, shortestWindowFor } from './time-window'
import type { ParsedView } from './url-codec'

const messages = defineMessages({
  // The walk the app makes through a story with no narrative of its own, named in the page's language.
  inTimeOrder: { id: 'storyMode.inTimeOrder', defaultMessage: 'The events in time order' },
  noEvent: { id: 'link.noEvent', defaultMessage: 'This story has no event “{id}”; no event is selected.' },
  noQuote: { id: 'link.noQuote', defaultMessage: 'This story has no quote “{id}”; no quote is marked.' },
  tooShortHours: {
    id: 'link.tooShortHours',
    defaultMessage:
      'The time window in the link is shorter than this story can be shown in; showing the {hours, plural, one {# hour} other {# hours}} around it.',
  },
  tooShortDay: {
    id: 'link.tooShortDay',
    defaultMessage:
      'The time window in the link is shorter than this story can be shown in; showing the day around it.',
  },
  noNarrative: {
    id: 'link.noNarrative',
    defaultMessage: 'This story has no narrative “{id}” (it has {offered}); showing the dashboard.',
  },
  pastLast: {
    id: 'link.pastLast',
    defaultMessage:
      '“{title}” has {steps, plural, one {# step} other {# steps}}, not {step}; showing its last.',
  },
  noStoryMode: {
    id: 'link.noStoryModeInEngine',
    defaultMessage:
      'Story mode walks through a story held in this page; this story is held by a query engine, so the dashboard is shown.',
  },
})

/**
 * Checks a view read from a link against the story: unknown events, quotes and facet values (each
 * facet's own check and notice) are dropped, each with a notice a person understands.
 */
export function reconcileView({ state, notices }: ParsedView, shown: ShownStory): ParsedView {
  if (shown.held === 'engine') return reconcileWithEngine({ state, notices }, shown)
  const { story } = shown
  const found = [...notices]
  let event = state.event
  if (event && !story.eventsById.has(event)) {
    found.push(t(messages.noEvent, { id: showInvisible(event) }))
    event = null
  }
  // A quote's link selects its event (a link naming another event is overruled by the quote).
  let quote = state.quote
  if (quote) {
    const quoted = story.quotesById.get(quote)
    if (!quoted) {
      found.push(t(messages.noQuote, { id: showInvisible(quote) }))
      quote = null
    } else event = quoted.event
  }
  const chosen = byFacet((facet) => {
    const values = state.chosen[facet.key]
    const unknown = values.filter((value) => !facet.has(story, value))
    if (unknown.length === 0) return values
    found.push(facet.unknown(unknown, story))
    return values.filter((value) => facet.has(story, value))
  })
  let lanes = state.lanes
  const unavailable = lanes && laneSpec(lanes).unavailable?.(story)
  if (unavailable) {
    found.push(unavailable)
    lanes = null
  }
  // The timeline's shortest window for this story, so that the window named on the page is the one
  // the timeline shows.
  let requestedWindow = state.requestedWindow
  const shortest = shortestWindowFor(story)
  if (requestedWindow && requestedWindow.end - requestedWindow.start < shortest) {
    requestedWindow = clampWindow(requestedWindow, shortest)
    found.push(
      shortest < 86_400_000
        ? t(messages.tooShortHours, { hours: shortest / 3_600_000 })
        : t(messages.tooShortDay),
    )
  }
  // Story mode: a narrative the story has, at a step it has; the step's event is the one selected.
  let storyMode = state.storyMode
  if (storyMode) {
    const narrative = narrativeById(story, storyMode.narrative)
    if (!narrative) {
      const offered = narrativesOf(story)
        .map((known) => `“${known.id}”`)
        .join(', ')
      found.push(t(messages.noNarrative, { id: showInvisible(storyMode.narrative), offered }))
      storyMode = null
    } else {
      if (storyMode.step > narrative.steps.length) {
        found.push(
          t(messages.pastLast, {
            title: narrative.inTimeOrder ? t(messages.inTimeOrder) : narrative.title,
            steps: narrative.steps.length,
            step: storyMode.step,
          }),
        )
        storyMode = { ...storyMode, step: narrative.steps.length }
      }
      const step = narrative.steps[storyMode.step - 1]
      if (step) event = step.event.id
      quote = null
    }
  }
  return {
    state: {
      ...state,
      event,
      quote,
      chosen,
      requestedWindow,
      lanes,
      storyMode,
    },
    notices: found,
  }
}

/**
 * A link checked against what the page knows of a story an engine holds: a facet's values against the
 * values the engine gave, where it gave all of them; an event or a quote it cannot check here is kept
 * (the details ask for it, and say so if it is none). Story mode needs the story in the page.
 */
function reconcileWithEngine(
  { state, notices }: ParsedView,
  shown: Extract<ShownStory, { held: 'engine' }>,
): ParsedView {
  const found = [...notices]
  const { vocabulary, complete } = shown.known
  const chosen = byFacet((facet) => {
    const values = state.chosen[facet.key]
    if (!complete[facet.key]) return values
    const unknown = values.filter((value) => !facet.has(vocabulary, value))
    if (unknown.length === 0) return values
    found.push(facet.unknown(unknown, vocabulary))
    return values.filter((value) => facet.has(vocabulary, value))
  })
  let lanes = state.lanes
  const unavailable = lanes && laneSpec(lanes).unavailable?.(vocabulary)
  if (unavailable) {
    found.push(unavailable)
    lanes = null
  }
  // Whether some event has a time of day is not asked: the shortest window any story may have.
  const requestedWindow = state.requestedWindow && clampWindow(state.requestedWindow, MIN_WINDOW_MS)
  if (state.storyMode) found.push(t(messages.noStoryMode))
  return {
    state: { ...state, chosen, lanes, requestedWindow, storyMode: null },
    notices: found,
  }
}
