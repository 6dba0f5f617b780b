import { expect, test } from 'vitest'
import { engineEndpoint } from './engine-param'

const origin = 'https://timeline.example'

test('a path of this site is the engine’s address; another site, or none, is not', () => {
  expect(engineEndpoint('?engine=/engine/query', origin)).toBe('/engine/query')
  expect(engineEndpoint('?data=x.json&engine=%2Fquery%3Fstory%3Da', origin)).toBe('/query?story=a')
  expect(engineEndpoint('', origin)).toBeNull()
  expect(engineEndpoint('?engine=', origin)).toBeNull()
  expect(engineEndpoint('?engine=https://elsewhere.example/query', origin)).toBeNull()
  expect(engineEndpoint('?engine=//elsewhere.example/query', origin)).toBeNull()
  expect(engineEndpoint('?engine=/\\elsewhere.example/query', origin)).toBeNull()
  expect(engineEndpoint('?engine=query', origin)).toBeNull()
})
