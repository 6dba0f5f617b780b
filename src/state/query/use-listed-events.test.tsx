import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import { type ReactNode, useState } from 'react'
import { expect, test } from 'vitest'
import { indexStory } from '../../dataset/story-index'
import { buildDataset, buildEvent } from '../../testing/builders'
import { NOTHING_CHOSEN } from '../facets/facet-table'
import { LIST_ALL_LIMIT } from '../listed-events'
import type { ActiveFilters, TimeWindow } from '../view-state'
import { AnswerSourceProvider, useMemoryAnswerSource } from './answer-source'
import { useListedEvents } from './use-listed-events'

// One event a day through 2020 and 2021: 731 events, more than the list shows whole.
const days = Array.from({ length: 731 }, (_, day) => new Date(Date.UTC(2020, 0, 1 + day)))
const story = indexStory(
  buildDataset({
    events: days.map((day, index) =>
      buildEvent({
        id: `day-${index}`,
        title: index < LIST_ALL_LIMIT ? `Day ${index}` : `Later day ${index}`,
        date: day.toISOString().slice(0, 10),
      }),
    ),
    quotes: [],
  }),
)
const year2021 = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) }

function Wrapper({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={client}>
      <AnswerSourceProvider source={useMemoryAnswerSource(story)}>{children}</AnswerSourceProvider>
    </QueryClientProvider>
  )
}

function listed(search: string, window: TimeWindow) {
  const filters: ActiveFilters = { chosen: NOTHING_CHOSEN, search }
  // The in-memory index answers on the first render: no waiting here.
  return renderHook(() => useListedEvents(story, filters, window), { wrapper: Wrapper }).result.current
}

test('an ordinary number of matching events is listed whole, whatever the window', () => {
  // The 231 later days (500 to 730), none of them in 1990.
  const { events, note } = listed('later', { start: Date.UTC(1990, 0, 1), end: Date.UTC(1991, 0, 1) })
  expect(events).toHaveLength(731 - LIST_ALL_LIMIT)
  expect(events[0]?.id).toBe('day-500')
  expect(note).toBeNull()
})

test('past the limit, every matching event in the window is listed, with no cap, and the note says so', () => {
  const { events, note } = listed('', year2021)
  expect(events).toHaveLength(365)
  expect(events[0]?.id).toBe('day-366')
  expect(events.at(-1)?.id).toBe('day-730')
  expect(note).toBe("731 events match; listed are the 365 in the timeline's window.")
})

test('past the limit, a window holding none lists none and says so', () => {
  const { events, note } = listed('', { start: Date.UTC(1990, 0, 1), end: Date.UTC(1991, 0, 1) })
  expect(events).toEqual([])
  expect(note).toBe("731 events match; none is in the timeline's window.")
})
