import { renderHook } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { useStoryKeys } from './use-story-keys'

const press = (key: string) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))

it('the arrows step the story in the reading direction: right goes on left to right, left goes on right to left', () => {
  const steps: number[] = []
  const leave = vi.fn()
  const { rerender } = renderHook(
    ({ rtl }) => useStoryKeys((direction) => steps.push(direction), leave, rtl),
    {
      initialProps: { rtl: false },
    },
  )
  press('ArrowRight')
  press('ArrowLeft')
  rerender({ rtl: true })
  press('ArrowRight')
  press('ArrowLeft')
  press('n')
  press('p')
  expect(steps).toEqual([1, -1, -1, 1, 1, -1])
  expect(leave).not.toHaveBeenCalled()
})
