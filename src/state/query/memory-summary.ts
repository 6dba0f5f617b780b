import type { StorySummaryRow } from '../../dataset/query/answers'
import { storyNaming } from '../../dataset/query/sql/table-layout'
import type { Story } from '../../dataset/story-index'
import { coordinatesOf, type MemoryHandler } from './memory-index'

/** The story held in the page, as a whole: what an engine's summary says of the story it holds. */
export const answerStorySummary: MemoryHandler<'story-summary'> = ({ story }) => ({
  rows: [summaryOf(story)],
})

function summaryOf(story: Story): StorySummaryRow {
  const { events } = story
  let quotes = 0
  for (const said of story.quotesByEvent.values()) quotes += said.length
  return {
    ...storyNaming(story),
    events: events.length,
    quotes,
    placed: events.filter((event) => coordinatesOf(event) !== null).length,
    start: events.length > 0 ? story.extent.start : null,
    end: events.length > 0 ? story.extent.end : null,
  }
}
