import type { Dataset, StoryEvent } from '../format/schema'
import { indexStory, type Story } from '../story-index'
import type { UncheckedPart } from './worker/protocol'

export type UncheckedIndex = { story: Story } | { error: unknown } | null

/**
 * The page's index of a sheet's dataset as the load worker sends it before validating it (see
 * AS_UNCHECKED): its events come in parts, each parsed as it arrives while the worker writes the
 * next, then the rest of the dataset and its dates, when it is indexed. `result` is null until then,
 * or the error that stopped it (a part that did not parse; later parts are then ignored).
 */
export function uncheckedIndex(): { take: (part: UncheckedPart) => void; result: () => UncheckedIndex } {
  const events: StoryEvent[] = []
  let result: UncheckedIndex = null
  const take = (part: UncheckedPart) => {
    if (result) return
    try {
      if (part.type === 'unchecked-events') {
        for (const event of JSON.parse(part.json) as StoryEvent[]) events.push(event)
        return
      }
      const rest = JSON.parse(part.rest.json) as Omit<Dataset, 'events'>
      result = { story: indexStory({ ...rest, events }, part.dates) }
    } catch (error) {
      result = { error }
    }
  }
  return { take, result: () => result }
}
