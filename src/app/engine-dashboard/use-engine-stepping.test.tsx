import { act, renderHook, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { Answerer, AnswerOf, EventDetailsRow } from '../../dataset/query/answers'
import type { QueryDescription } from '../../dataset/query/query-description'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import type { ViewActions } from '../../state/use-view'
import type { ActiveFilters } from '../../state/view-state'
import { syntheticQueryStory } from '../../testing/query-stories'
import type { EngineSelection } from './use-engine-selection'
import { useEngineStepping } from './use-engine-stepping'

// The stepping hook over the in-memory answerer, its answers held back until the test lets them go
// (an engine still answering): a held key asks one step at a time, a step answered after the filters
// changed is dropped, a key pressed while the selected event's row is coming is kept and asked once it
// comes, and the actions stay one object while the window on screen moves.

const story = syntheticQueryStory(300)
const memory = memoryAnswerer(story)
const extent = { start: story.extent.start, end: story.extent.end }

function heldAnswerer() {
  const asked: QueryDescription[] = []
  const waiting: (() => void)[] = []
  const answerer: Answerer = {
    async answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      asked.push(query)
      await new Promise<void>((resolve) => waiting.push(resolve))
      return memory.answer(query)
    },
  }
  const release = async () => {
    await act(async () => {
      for (const resolve of waiting.splice(0)) resolve()
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
  }
  return { answerer, asked, release }
}

async function rowOf(id: string): Promise<EventDetailsRow> {
  const { rows } = await memory.answer({ kind: 'event-details', id })
  if (!rows[0]) throw new Error(`no event ${id}`)
  return rows[0]
}

const selectionOf = (row: EventDetailsRow | undefined): EngineSelection => ({
  row,
  event: undefined,
  missing: false,
  hiddenByFilters: false,
  counting: row === undefined,
  error: null,
  retry: () => undefined,
})

type Props = {
  filters: ActiveFilters
  row: EventDetailsRow | undefined
  eventId: string | null
  shown: { start: number; end: number }
}

function render(answerer: Answerer, initial: Props) {
  const stepped: string[] = []
  // The view's actions: only stepTo is called by stepping; the rest are the view's own (not used here).
  const actions = {
    stepTo: ({ id }: { id: string }) => stepped.push(id),
  } as unknown as ViewActions
  const hook = renderHook(
    (props: Props) =>
      useEngineStepping({
        actions,
        answerer,
        filters: props.filters,
        selection: selectionOf(props.row),
        eventId: props.eventId,
        visibleWindow: props.shown,
        extent,
      }),
    { initialProps: initial },
  )
  return { hook, stepped }
}

const allFilters: ActiveFilters = { chosen: NOTHING_CHOSEN, search: '', area: null }
const firstId = story.events[0]?.id ?? ''

test('a held key asks one step at a time: the presses meanwhile make one more step, not one each', async () => {
  const engine = heldAnswerer()
  const row = await rowOf(firstId)
  const { hook, stepped } = render(engine.answerer, {
    filters: allFilters,
    row,
    eventId: firstId,
    shown: extent,
  })
  for (let press = 0; press < 5; press += 1) act(() => hook.result.current.stepEvent(1))
  expect(engine.asked).toHaveLength(1)
  await engine.release()
  await waitFor(() => expect(engine.asked).toHaveLength(2))
  await engine.release()
  await waitFor(() => expect(stepped).toHaveLength(2))
  expect(engine.asked).toHaveLength(2)
})

test('a step answered after the filters changed selects nothing', async () => {
  const engine = heldAnswerer()
  const row = await rowOf(firstId)
  const { hook, stepped } = render(engine.answerer, {
    filters: allFilters,
    row,
    eventId: firstId,
    shown: extent,
  })
  act(() => hook.result.current.stepEvent(1))
  hook.rerender({ filters: { ...allFilters, search: 'summit' }, row, eventId: firstId, shown: extent })
  await engine.release()
  expect(engine.asked).toHaveLength(1)
  expect(stepped).toEqual([])
})

test('a key pressed while the selected event’s row is coming is asked once it comes', async () => {
  const engine = heldAnswerer()
  const { hook, stepped } = render(engine.answerer, {
    filters: allFilters,
    row: undefined,
    eventId: firstId,
    shown: extent,
  })
  act(() => hook.result.current.stepEvent(1))
  expect(engine.asked).toEqual([])
  hook.rerender({ filters: allFilters, row: await rowOf(firstId), eventId: firstId, shown: extent })
  await waitFor(() => expect(engine.asked).toHaveLength(1))
  await engine.release()
  await waitFor(() => expect(stepped).toEqual([story.events[1]?.id]))
})

test('the actions stay one object while the window on screen moves and the selection changes', async () => {
  const engine = heldAnswerer()
  const row = await rowOf(firstId)
  const { hook } = render(engine.answerer, { filters: allFilters, row, eventId: firstId, shown: extent })
  const before = hook.result.current
  hook.rerender({
    filters: allFilters,
    row: await rowOf(story.events[2]?.id ?? ''),
    eventId: story.events[2]?.id ?? null,
    shown: { start: extent.start + 1_000, end: extent.end },
  })
  expect(hook.result.current).toBe(before)
})
