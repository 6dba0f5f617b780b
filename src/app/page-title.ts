/** What the tab's title says of a view. */
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
    return `${eventTitle} (step ${story.step} of ${story.steps}) — ${storyTitle}`
  if (story) return `${story.title} — ${storyTitle}`
  if (eventTitle) return `${eventTitle} — ${storyTitle}`
  if (filtersInWords) {
    const filters =
      filtersInWords.length > LONGEST_FILTERS
        ? `${filtersInWords.slice(0, LONGEST_FILTERS - 1)}…`
        : filtersInWords
    return `${storyTitle}: ${filters} — Story Timeline`
  }
  return `${storyTitle} — Story Timeline`
}
