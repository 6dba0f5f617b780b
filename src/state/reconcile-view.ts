import { narrativeById, narrativesOf } from '../dataset/narratives'
import type { Story } from '../dataset/story-index'
import { showInvisible } from '../lib/visible-text'
import { byFacet, laneSpec } from './facets/facet-table'
import { clampWindow, shortestWindowFor } from './time-window'
import type { ParsedView } from './url-codec'

/**
 * Checks a view read from a link against the story: unknown events, quotes and facet values (each
 * facet's own check and notice) are dropped, each with a notice a person understands.
 */
export function reconcileView({ state, notices }: ParsedView, story: Story): ParsedView {
  const found = [...notices]
  let event = state.event
  if (event && !story.eventsById.has(event)) {
    found.push(`This story has no event “${showInvisible(event)}”; no event is selected.`)
    event = null
  }
  // A quote's link selects its event (a link naming another event is overruled by the quote).
  let quote = state.quote
  if (quote) {
    const quoted = story.quotesById.get(quote)
    if (!quoted) {
      found.push(`This story has no quote “${showInvisible(quote)}”; no quote is marked.`)
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
      `The time window in the link is shorter than this story can be shown in; showing the ${shortest < 86_400_000 ? `${shortest / 3_600_000} hours` : 'day'} around it.`,
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
      found.push(
        `This story has no narrative “${showInvisible(storyMode.narrative)}” (it has ${offered}); showing the dashboard.`,
      )
      storyMode = null
    } else {
      if (storyMode.step > narrative.steps.length) {
        found.push(
          `“${narrative.title}” has ${narrative.steps.length} steps, not ${storyMode.step}; showing its last.`,
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
