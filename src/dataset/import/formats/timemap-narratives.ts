import { parseCheckedDate } from '../../dates/parse-edtf'
import { compareStoryDates } from '../../dates/story-date'
import type { Dataset, Narrative } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'
import type { TimeMapNarrative } from './timemap-workbook'

/**
 * TimeMap's narratives as this format's: each the events of its rows that were kept (a row left out
 * takes its step with it), in time order as TimeMap shows a narrative's steps, ties in the sheet's
 * order. `eventIdAt` gives the id of the event made from a line of the sheet.
 */
export function timeMapNarratives(
  narratives: readonly TimeMapNarrative[],
  eventIdAt: ReadonlyMap<number, string>,
  dataset: Dataset,
): Narrative[] {
  const dates = new Map(dataset.events.map((event) => [event.id, parseCheckedDate(event.date)]))
  const idFor = uniqueIds()
  return narratives.flatMap((narrative) => {
    const steps = narrative.lines
      .flatMap((line) => {
        const id = eventIdAt.get(line)
        const date = id === undefined ? undefined : dates.get(id)
        return id === undefined || date === undefined ? [] : [{ id, date }]
      })
      .sort((a, b) => compareStoryDates(a.date, b.date))
      .map(({ id }) => ({ event: id }))
    if (steps.length === 0) return []
    return [{ id: idFor(slugify(narrative.id, 'narrative')), title: narrative.title.slice(0, 300), steps }]
  })
}
