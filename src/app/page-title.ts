/** What the tab's title says of a view. */

import { t } from '../i18n/i18n-store'
import { defineMessages } from '../i18n/messages'

const messages = defineMessages({
  step: { id: 'pageTitle.step', defaultMessage: '{event} (step {step} of {steps}) — {story}' },
  titled: { id: 'pageTitle.titled', defaultMessage: '{title} — {story}' },
  filtered: { id: 'pageTitle.filtered', defaultMessage: '{story}: {filters} — Story Timeline' },
  story: { id: 'pageTitle.story', defaultMessage: '{story} — Story Timeline' },
})
export type TitledView = {
  storyTitle: string
  /** The selected event's title, if one is selected. */
  eventTitle?: string | undefined
  /** Story mode: the narrative's title, the step (0: the cover) and how many steps it has. */
  story?: { title: string; step: number; steps: number } | undefined
  /** The active filters in words ("" with none). */
  filtersInWords?: string
}

const LONGEST_FILTERS = 80

/**
 * The tab's title for a view, so that tabs, history and bookmarks say which view they are: the
 * selected event (and the step, in story mode), else the narrative at its cover, else the story with
 * its filters.
 */
export function pageTitle({ storyTitle, eventTitle, story, filtersInWords = '' }: TitledView): string {
  if (story && story.step > 0 && eventTitle)
    return t(messages.step, { event: eventTitle, step: story.step, steps: story.steps, story: storyTitle })
  if (story) return t(messages.titled, { title: story.title, story: storyTitle })
  if (eventTitle) return t(messages.titled, { title: eventTitle, story: storyTitle })
  if (filtersInWords) {
    const filters =
      filtersInWords.length > LONGEST_FILTERS
        ? `${filtersInWords.slice(0, LONGEST_FILTERS - 1)}…`
        : filtersInWords
    return t(messages.filtered, { story: storyTitle, filters })
  }
  return t(messages.story, { story: storyTitle })
}
