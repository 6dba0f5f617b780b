import { renderHook } from '@testing-library/react'
import { geoEqualEarth } from 'd3-geo'
import type { ReactNode } from 'react'
import { expect, test } from 'vitest'
import { type AnswerSource, AnswerSourceProvider } from '../../state/query/answer-source'
import { memoryIndex } from '../../state/query/memory-index'
import { syntheticQueryStory } from '../../testing/query-stories'
import type { MapPoint } from './map-counts'
import { useProjectedPoints } from './projected-points'

// The map stays mounted while another file opens (or Back returns to a kept one): an event id seen
// before may now be somewhere else (a newer export with corrected coordinates). Its mark is drawn
// where the answer puts it now, never where an earlier answer put it.

const projection = geoEqualEarth().fitSize([800, 400], { type: 'Sphere' })
const sourceOf = (n: number): AnswerSource => ({
  kind: 'immediate',
  identity: `memory:test-${n}`,
  index: memoryIndex(syntheticQueryStory(10)),
})
const at = (latitude: number, longitude: number): MapPoint => ({ id: 'e1', latitude, longitude, count: 1 })

test('an event id seen before is drawn where the new answer puts it, in the same story or another', () => {
  let source = sourceOf(1)
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AnswerSourceProvider source={source}>{children}</AnswerSourceProvider>
  )
  const { result, rerender } = renderHook(
    ({ points }: { points: readonly MapPoint[] }) => useProjectedPoints(points, projection),
    { wrapper, initialProps: { points: [at(10, 20)] } },
  )
  const place = (latitude: number, longitude: number) => {
    const [x, y] = projection([longitude, latitude]) ?? [Number.NaN, Number.NaN]
    return { x, y }
  }
  expect(result.current[0]).toMatchObject(place(10, 20))
  // The same story's next answer (its coordinates corrected), then another story's with the same id.
  rerender({ points: [at(30, 40)] })
  expect(result.current[0]).toMatchObject(place(30, 40))
  source = sourceOf(2)
  rerender({ points: [at(-5, 60)] })
  expect(result.current[0]).toMatchObject(place(-5, 60))
  // Back to where it was: drawn there again.
  rerender({ points: [at(10, 20)] })
  expect(result.current[0]).toMatchObject(place(10, 20))
})
