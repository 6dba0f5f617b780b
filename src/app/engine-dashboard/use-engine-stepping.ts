import { useEffect, useMemo, useRef } from 'react'
import type { Answerer } from '../../dataset/query/answers'
import type { ViewActions } from '../../state/use-view'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import { engineStep } from './engine-stepping'
import type { EngineSelection } from './use-engine-selection'

type SteppingState = {
  actions: ViewActions
  answerer: Answerer
  filters: ActiveFilters
  selected: { id: string; start: number; end: number } | null
  /** A selection whose row the engine has not given yet (and has not said is missing). */
  waiting: boolean
  visibleWindow: TimeWindow
  extent: TimeWindow
}

/**
 * The view's actions with stepping asked of the engine (engine-stepping.ts): N / P, the timeline's and
 * the list's arrow keys. One step is asked at a time: a key pressed meanwhile (or while the selected
 * event's row is still coming, when a step would start from the wrong place) is kept, the last one
 * only, and asked once the engine has answered and the row is there, so a held key never queues work
 * on the engine. A step answered after the filters changed is dropped: it may name an event they no
 * longer let through. What changes often (the window on screen at every frame of a pan, the
 * selection) is read from a ref when a key is pressed, so the actions stay the same object and the
 * views given them are not drawn again for it.
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
  const selected =
    selection.row && !selection.hiddenByFilters
      ? { id: selection.row.id, start: selection.row.start, end: selection.row.end }
      : null
  const waiting = eventId !== null && !selected && !selection.missing && !selection.hiddenByFilters
  const latest = useRef<SteppingState>({
    actions,
    answerer,
    filters,
    selected,
    waiting,
    visibleWindow,
    extent,
  })
  latest.current = { actions, answerer, filters, selected, waiting, visibleWindow, extent }
  const stepping = useRef<{ busy: boolean; queued: -1 | 1 | null }>({ busy: false, queued: null })

  const step = useMemo(() => {
    const run = (direction: -1 | 1): void => {
      const state = stepping.current
      if (state.busy || latest.current.waiting) {
        state.queued = direction
        return
      }
      state.busy = true
      const asked = latest.current
      engineStep(
        {
          answerer: asked.answerer,
          filters: asked.filters,
          selected: asked.selected,
          shown: asked.visibleWindow,
          extent: asked.extent,
        },
        direction,
      )
        .then((row) => {
          // Filters changed while the engine answered: its event may not match them.
          if (row && JSON.stringify(latest.current.filters) === JSON.stringify(asked.filters))
            latest.current.actions.stepTo({ id: row.id, span: { start: row.start, end: row.end } })
        })
        // A step the engine could not answer does nothing; its problem shows in the views that ask too.
        .catch(() => undefined)
        .finally(() => {
          state.busy = false
          // A key pressed meanwhile: asked now, unless the new selection's row is still coming (then
          // once it is: the effect below).
          const queued = state.queued
          if (queued !== null && !latest.current.waiting) {
            state.queued = null
            run(queued)
          }
        })
    }
    return run
  }, [])

  // The selected event's row came: a step kept while it was awaited is asked now.
  useEffect(() => {
    const state = stepping.current
    const queued = state.queued
    if (!waiting && !state.busy && queued !== null) {
      state.queued = null
      step(queued)
    }
  }, [waiting, step])

  return useMemo((): ViewActions => ({ ...actions, stepEvent: step }), [actions, step])
}
