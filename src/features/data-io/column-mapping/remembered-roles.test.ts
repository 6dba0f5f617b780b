import { expect, test } from 'vitest'
import { forgetRoles, readRememberedRoles, rememberRoles } from './remembered-roles'

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial))
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

test('a choice is kept by header, in column order, and read back for the same header however it is written', () => {
  const storage = memoryStorage()
  rememberRoles(['Fecha', 'Qué'], { roles: { Fecha: 'date', Qué: 'title' }, dateOrder: 'day-first' }, storage)
  const kept = readRememberedRoles(storage)
  expect(Object.values(kept)).toEqual([{ roles: ['date', 'title'], dateOrder: 'day-first' }])
  rememberRoles(['fecha', 'QUÉ'], { roles: { fecha: 'date', QUÉ: 'summary' } }, storage)
  expect(Object.values(readRememberedRoles(storage))).toEqual([{ roles: ['date', 'summary'] }])
  forgetRoles(['Fecha', 'Qué'], storage)
  expect(readRememberedRoles(storage)).toEqual({})
})

test('what is stored is not trusted: malformed storage or entries are dropped, and full storage is no error', () => {
  const key = 'story-timeline:column-roles:1'
  expect(readRememberedRoles(memoryStorage({ [key]: '{not json' }))).toEqual({})
  expect(readRememberedRoles(memoryStorage({ [key]: '[1,2]' }))).toEqual({})
  expect(
    readRememberedRoles(
      memoryStorage({
        [key]: JSON.stringify({
          a: { roles: ['date'], dateOrder: 'sideways' },
          b: { roles: ['drop tables'] },
          c: 'x',
          d: ['date'],
        }),
      }),
    ),
  ).toEqual({ a: { roles: ['date'] } })
  const full = memoryStorage()
  full.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError')
  }
  expect(() => rememberRoles(['a'], { roles: { a: 'date' } }, full)).not.toThrow()
  expect(readRememberedRoles(undefined)).toEqual({})
})

test('only the latest forty headers are kept', () => {
  const storage = memoryStorage()
  for (let index = 0; index < 45; index++)
    rememberRoles([`column ${index}`], { roles: { [`column ${index}`]: 'date' } }, storage)
  const kept = Object.keys(readRememberedRoles(storage))
  expect(kept).toHaveLength(40)
  expect(kept.at(-1)).toBe('column44')
  expect(kept[0]).toBe('column5')
})
