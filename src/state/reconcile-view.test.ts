import { expect, test } from 'vitest'
import type { StorySummaryRow } from '../dataset/query/answers'
import { indexStory, type Story } from '../dataset/story-index'
import { buildStory } from '../testing/build-story'
import { buildDataset, buildEvent } from '../testing/builders'
import { serviceHeldStory } from './query/engine-held'
import { reconcileView } from './reconcile-view'
import { engineKnowledge, type ShownStory } from './shown-story'
import { parseViewParams } from './url-codec'

const story = buildStory()
const inPage = (held: Story): ShownStory => ({ held: 'page', story: held })

test('a view naming what the story has is kept as it is', () => {
  const parsed = parseViewParams('?event=letter&country=KP&actor=kim')
  expect(reconcileView(parsed, inPage(story))).toEqual(parsed)
})

test('an unknown event id is dropped with a notice naming it', () => {
  const { state, notices } = reconcileView(parseViewParams('?event=no-such-event'), inPage(story))
  expect(state.event).toBeNull()
  expect(notices).toEqual(['This story has no event “no-such-event”; no event is selected.'])
})

test('a quote’s link selects its event, over another event the link names', () => {
  expect(reconcileView(parseViewParams('?quote=q'), inPage(story)).state).toMatchObject({
    event: 'letter',
    quote: 'q',
  })
  expect(reconcileView(parseViewParams('?event=parade&quote=q'), inPage(story)).state).toMatchObject({
    event: 'letter',
    quote: 'q',
  })
})

test('an unknown quote is dropped with a notice; the event the link names stays selected', () => {
  const { state, notices } = reconcileView(parseViewParams('?event=parade&quote=nope'), inPage(story))
  expect(state).toMatchObject({ event: 'parade', quote: null })
  expect(notices).toEqual(['This story has no quote “nope”; no quote is marked.'])
})

test('countries and actors the story lacks are dropped; the rest of the filter stays', () => {
  const { state, notices } = reconcileView(
    parseViewParams('?country=KP,JP,ZZ&actor=kim,ghost'),
    inPage(story),
  )
  expect(state.chosen.country).toEqual(['KP'])
  expect(state.chosen.actor).toEqual(['kim'])
  expect(notices).toEqual([
    'No event in this story involves “JP” (Japan), “ZZ”; that country filter was left out.',
    'This story has no actor “ghost”; that actor filter was left out.',
  ])
})

test('a window shorter than the story can be shown in opens as the shortest, around it, and says so', () => {
  // A story of days: a day. (One with times of day: six hours.)
  const { state, notices } = reconcileView(
    parseViewParams('?from=2023-08-15T10:00Z&to=2023-08-15T11:00Z'),
    inPage(story),
  )
  expect(state.requestedWindow).toEqual({
    start: Date.parse('2023-08-14T22:30:00Z'),
    end: Date.parse('2023-08-15T22:30:00Z'),
  })
  expect(notices).toEqual([
    expect.stringContaining('shorter than this story can be shown in; showing the day'),
  ])
  const timed = indexStory(buildDataset({ events: [buildEvent({ date: '2023-08-15T10:30:00Z' })] }))
  const six = reconcileView(parseViewParams('?from=2023-08-15T10:00Z&to=2023-08-15T11:00Z'), inPage(timed))
  expect(six.state.requestedWindow).toEqual({
    start: Date.parse('2023-08-15T07:30:00Z'),
    end: Date.parse('2023-08-15T13:30:00Z'),
  })
  expect(six.notices).toEqual([expect.stringContaining('showing the 6 hours')])
})

test('story mode: a story without narratives walks its events in time order; a step selects its event', () => {
  const { state, notices } = reconcileView(
    parseViewParams('?story=in-time-order&step=2&event=meeting'),
    inPage(story),
  )
  expect(notices).toEqual([])
  expect(state.storyMode).toEqual({ narrative: 'in-time-order', step: 2 })
  // Step 2 of the events in time order is the parade (after colonial rule), whatever event= says.
  expect(state.event).toBe('parade')
  // The cover selects nothing of its own.
  expect(reconcileView(parseViewParams('?story=in-time-order'), inPage(story)).state.event).toBeNull()
})

test('story mode: an unknown narrative is said with those there are; a step past the end shows the last', () => {
  const unknown = reconcileView(parseViewParams('?story=no-such-walk&step=1'), inPage(story))
  expect(unknown.state.storyMode).toBeNull()
  expect(unknown.notices).toEqual([
    'This story has no narrative “no-such-walk” (it has “in-time-order”); showing the dashboard.',
  ])
  const past = reconcileView(parseViewParams('?story=in-time-order&step=99'), inPage(story))
  expect(past.state.storyMode).toEqual({ narrative: 'in-time-order', step: 4 })
  expect(past.state.event).toBe('meeting')
  expect(past.notices).toEqual(['“The events in time order” has 4 steps, not 99; showing its last.'])
})

test('story mode: a story’s own narratives replace the walk in time order, their steps in their order', () => {
  const base = buildStory().dataset
  const told = indexStory({
    ...base,
    narratives: [
      {
        id: 'told',
        title: 'Told',
        steps: [{ event: 'meeting' }, { event: 'colonial-rule', text: 'Long ago' }],
      },
    ],
  })
  expect(reconcileView(parseViewParams('?story=told&step=2'), inPage(told)).state.event).toBe('colonial-rule')
  expect(reconcileView(parseViewParams('?story=in-time-order'), inPage(told)).notices).toEqual([
    'This story has no narrative “in-time-order” (it has “told”); showing the dashboard.',
  ])
})

// A story an engine holds: what the page knows of it is what the engine answered (ids, no events).
const SUMMARY: StorySummaryRow = {
  title: 'Held',
  source: null,
  events: 3,
  quotes: 0,
  placed: 0,
  start: Date.parse('2020-01-01'),
  end: Date.parse('2020-12-31'),
  named: true,
}
const heldByEngine = (actorsFilled: boolean): ShownStory => ({
  held: 'engine',
  engine: serviceHeldStory('/query'),
  known: engineKnowledge(
    SUMMARY,
    [
      { facet: 'country', value: 'UA', name: null, count: 2, added: null },
      { facet: 'country', value: 'SY', name: null, count: 1, added: null },
      {
        facet: 'actor',
        value: 'military-forces-of-ukraine',
        name: 'Military Forces of Ukraine',
        count: 2,
        added: null,
      },
      ...(actorsFilled
        ? [{ facet: 'actor' as const, value: 'unknown', name: 'Unknown', count: 1, added: null }]
        : []),
    ],
    actorsFilled ? 2 : 5,
  ),
})

test('a story an engine holds: a facet the engine gave whole drops a link’s value it lacks, with a notice', () => {
  const { state, notices } = reconcileView(
    parseViewParams('?country=UA,ZZ&actor=military-forces-of-ukraine,ghost'),
    heldByEngine(false),
  )
  expect(state.chosen.country).toEqual(['UA'])
  expect(state.chosen.actor).toEqual(['military-forces-of-ukraine'])
  expect(notices).toEqual([
    expect.stringContaining('“ZZ”'),
    'This story has no actor “ghost”; that actor filter was left out.',
  ])
})

test('a story an engine holds: values past what the engine gave, events and quotes are kept unchecked', () => {
  const { state, notices } = reconcileView(
    parseViewParams('?actor=ghost&event=any-id&quote=q1&from=2020-03-01T10:00Z&to=2020-03-01T11:00Z'),
    heldByEngine(true),
  )
  expect(state.chosen.actor).toEqual(['ghost'])
  expect(state.event).toBe('any-id')
  expect(state.quote).toBe('q1')
  // The shortest window any story may have: six hours.
  expect((state.requestedWindow?.end ?? 0) - (state.requestedWindow?.start ?? 0)).toBe(6 * 3_600_000)
  expect(notices).toEqual([])
})

test('a story an engine holds: story mode and lanes by category it has none of say why and are left', () => {
  const { state, notices } = reconcileView(
    parseViewParams('?story=in-time-order&group=category'),
    heldByEngine(false),
  )
  expect(state.storyMode).toBeNull()
  expect(state.lanes).toBeNull()
  expect(notices).toEqual([
    'This story files its events under no categories; showing one lane.',
    'Story mode walks through a story held in this page; this story is held by a query engine, so the dashboard is shown.',
  ])
})
