import { type PointerEvent, useRef } from 'react'

// A swipe: a finger moved this far sideways, and mostly sideways (a vertical drag scrolls the page).
const SWIPE_PX = 60

/**
 * Handlers that turn a sideways swipe of a finger into previous (a swipe to the right) or next (to
 * the left), as readers page through slides on a phone; mirrored where the page reads right to left.
 * A mouse drag is left alone (it selects text).
 */
export function useSwipe(onSwipe: (direction: -1 | 1) => void, rtl = false) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null)
  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.pointerType === 'touch')
        start.current = { x: event.clientX, y: event.clientY, id: event.pointerId }
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current
      start.current = null
      if (!from || from.id !== event.pointerId) return
      const dx = event.clientX - from.x
      const dy = event.clientY - from.y
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) onSwipe(dx < 0 !== rtl ? 1 : -1)
    },
    onPointerCancel: () => {
      start.current = null
    },
  }
}
