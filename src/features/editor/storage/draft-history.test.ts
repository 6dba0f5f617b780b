import { expect, test } from 'vitest'
import { COALESCE_MS, HISTORY_LIMIT, recordChange, redo, startHistory, undo } from './draft-history'

type Doc = { text: string }
const doc = (text: string): Doc => ({ text })

test('undo walks back through the changes and redo forward again; a new change drops the redo steps', () => {
  let history = startHistory(doc('a'))
  history = recordChange(history, doc('ab'), undefined, 0)
  history = recordChange(history, doc('abc'), undefined, 1)
  history = undo(history)
  expect(history.present.text).toBe('ab')
  history = undo(history)
  expect(history.present.text).toBe('a')
  expect(undo(history)).toBe(history)
  history = redo(history)
  expect(history.present.text).toBe('ab')
  history = recordChange(history, doc('abX'), undefined, 2)
  expect(history.future).toEqual([])
  expect(redo(history)).toBe(history)
  expect(undo(history).present.text).toBe('ab')
})

test('typing in one field within a second of the last keystroke is one step; another field, or a pause, is a new one', () => {
  let history = startHistory(doc(''))
  history = recordChange(history, doc('K'), 'title', 0)
  history = recordChange(history, doc('Ki'), 'title', 400)
  history = recordChange(history, doc('Kim'), 'title', 400 + COALESCE_MS) // a second after the last key
  expect(history.past.map((d) => d.text)).toEqual([''])
  history = recordChange(history, doc('Kim '), 'title', 400 + 2 * COALESCE_MS + 1) // a pause
  expect(history.past.map((d) => d.text)).toEqual(['', 'Kim'])
  history = recordChange(history, doc('Kim J'), 'summary', 400 + 2 * COALESCE_MS + 2) // another field
  expect(history.past.map((d) => d.text)).toEqual(['', 'Kim', 'Kim '])
  // A change with no key (a button) is its own step, and ends the typing.
  history = recordChange(history, doc('Kim Jo'), undefined, 400 + 2 * COALESCE_MS + 3)
  history = recordChange(history, doc('Kim Jon'), 'summary', 400 + 2 * COALESCE_MS + 4)
  expect(history.past.map((d) => d.text)).toEqual(['', 'Kim', 'Kim ', 'Kim J', 'Kim Jo'])
  // After an undo, typing again starts a new step rather than rewriting the one undone to.
  history = undo(history)
  history = recordChange(history, doc('Kim Jo!'), 'summary', 400 + 2 * COALESCE_MS + 5)
  expect(history.past.map((d) => d.text)).toEqual(['', 'Kim', 'Kim ', 'Kim J', 'Kim Jo'])
})

test('a change that changes nothing is no step', () => {
  const history = recordChange(startHistory(doc('a')), doc('b'), undefined, 0)
  expect(recordChange(history, history.present, undefined, 1)).toBe(history)
})

test('the history keeps the last 500 steps: the oldest go first', () => {
  let history = startHistory(doc('0'))
  for (let step = 1; step <= HISTORY_LIMIT + 20; step++)
    history = recordChange(history, doc(String(step)), undefined, step)
  expect(history.past).toHaveLength(HISTORY_LIMIT)
  expect(history.past[0]?.text).toBe('20')
  for (let step = 0; step < HISTORY_LIMIT + 5; step++) history = undo(history)
  expect(history.present.text).toBe('20')
})
