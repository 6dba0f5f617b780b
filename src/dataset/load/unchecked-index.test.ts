import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { Dataset } from '../format/schema'
import { uncheckedIndex } from './unchecked-index'

const BUILTIN = JSON.parse(readFileSync('public/data/kim-putin-letters.json', 'utf8')) as Dataset
const { events, ...rest } = BUILTIN
const dates = { distinct: [], ofEvent: new Int32Array(0), published: undefined }

test('the events in parts, then the rest: indexed as one dataset, the events in the order sent', () => {
  const index = uncheckedIndex()
  index.take({ type: 'unchecked-events', json: JSON.stringify(events.slice(0, 10)) })
  index.take({ type: 'unchecked-events', json: JSON.stringify(events.slice(10)) })
  expect(index.result()).toBeNull()
  index.take({ type: 'unchecked', rest: { json: JSON.stringify(rest) }, dates: { ...dates } })
  const result = index.result()
  if (!result || !('story' in result)) throw new Error('expected a story')
  expect(result.story.events.map((event) => event.id)).toEqual(events.map((event) => event.id))
  expect(result.story.dataset.title).toBe(BUILTIN.title)
})

test('a part that does not parse is the error; nothing after it makes a story of the rest', () => {
  const index = uncheckedIndex()
  index.take({ type: 'unchecked-events', json: '[{"id": ' })
  index.take({ type: 'unchecked', rest: { json: JSON.stringify(rest) }, dates: { ...dates } })
  expect(index.result()).toEqual({ error: expect.any(SyntaxError) })
})
