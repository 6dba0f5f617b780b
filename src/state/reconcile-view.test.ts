import { expect, test } from 'vitest'
import { indexStory } from '../dataset/story-index'
import { buildStory } from '../testing/build-story'
import { buildDataset, buildEvent } from '../testing/builders'
import { reconcileView } from './reconcile-view'
import { parseViewParams } from './url-codec'

const story = buildStory()

test('a view naming what the story has is kept as it is', () => {
  const parsed = parseViewParams('?event=letter&country=KP&actor=kim')
  expect(reconcileView(parsed, story)).toEqual(parsed)
})

test('an unknown event id is dropped with a notice naming it', () => {
  const { state, notices } = reconcileView(parseViewParams('?event=no-such-event'), story)
  expect(state.event).toBeNull()
  expect(notices).toEqual(['This story has no event “no-such-event”; no event is selected.'])
})

test('countries and actors the story lacks are dropped; the rest of the filter stays', () => {
  const { state, notices } = reconcileView(parseViewParams('?country=KP,JP,ZZ&actor=kim,ghost'), story)
  expect(state.countries).toEqual(['KP'])
  expect(state.actors).toEqual(['kim'])
  expect(notices).toEqual([
    'No event in this story involves “JP” (Japan), “ZZ”; that country filter was left out.',
    'This story has no actor “ghost”; that actor filter was left out.',
  ])
})

test('a window shorter than the story can be shown in opens as the shortest, around it, and says so', () => {
  // A story of days: a day. (One with times of day: six hours.)
  const { state, notices } = reconcileView(
    parseViewParams('?from=2023-08-15T10:00Z&to=2023-08-15T11:00Z'),
    story,
  )
  expect(state.requestedWindow).toEqual({
    start: Date.parse('2023-08-14T22:30:00Z'),
    end: Date.parse('2023-08-15T22:30:00Z'),
  })
  expect(notices).toEqual([
    expect.stringContaining('shorter than this story can be shown in; showing the day'),
  ])
  const timed = indexStory(buildDataset({ events: [buildEvent({ date: '2023-08-15T10:30:00Z' })] }))
  const six = reconcileView(parseViewParams('?from=2023-08-15T10:00Z&to=2023-08-15T11:00Z'), timed)
  expect(six.state.requestedWindow).toEqual({
    start: Date.parse('2023-08-15T07:30:00Z'),
    end: Date.parse('2023-08-15T13:30:00Z'),
  })
  expect(six.notices).toEqual([expect.stringContaining('showing the 6 hours')])
})
