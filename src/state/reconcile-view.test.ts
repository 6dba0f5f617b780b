import { expect, test } from 'vitest'
import { buildStory } from '../testing/build-story'
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
