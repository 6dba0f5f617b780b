import { useMemo, useRef } from 'react'
import type { Answerer } from '../../dataset/query/answers'
import type { ViewActions } from '../../state/use-view'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import { engineStep } from './engine-stepping'
import type { EngineSelection } from './use-engine-selection'

/**
 * The view's actions with stepping asked of the engine (engine-stepping.ts): N / P, the timeline's and
 * the list's arrow keys. A step asked while another is answered replaces it (only the last counts), so
 * a held key never lands on an older answer. While the selected event's row is not yet answered, a
 * step waits for it (nothing happens): it would start from the wrong place.
 */
export function useEngineStepping({
  actions,
  answerer,
  filters,
  selection,
  eventId,
  visibleWindow,
  extent,
}: {
  actions: ViewActions
  answerer: Answerer
  filters: ActiveFilters
  selection: EngineSelection
  eventId: string | null
  visibleWindow: TimeWindow
  extent: TimeWindow
}): ViewActions {
  const asked = useRef(0)
  return useMemo((): ViewActions => {
    const selected =
      selection.row && !selection.hiddenByFilters
        ? { id: selection.row.id, start: selection.row.start, end: selection.row.end }
        : null
    // A selection whose row the engine has not given yet (and has not said is missing).
    const waiting = eventId !== null && !selected && !selection.missing && !selection.hiddenByFilters
    const stepEvent = (direction: -1 | 1) => {
      if (waiting) return
      const ask = ++asked.current
      engineStep({ answerer, filters, selected, shown: visibleWindow, extent }, direction)
        .then((row) => {
          if (row && ask === asked.current)
            actions.stepTo({ id: row.id, span: { start: row.start, end: row.end } })
        })
        // A step the engine could not answer does nothing; its problem shows in the views that ask too.
        .catch(() => undefined)
    }
    return { ...actions, stepEvent }
  }, [actions, answerer, filters, selection, visibleWindow, extent, eventId])
}
