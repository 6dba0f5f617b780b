import { useEffect, useState } from 'react'

/**
 * False for the first view, true once the browser has painted it and has a moment to spare. Panels
 * that are not needed to read the first view (the charts) mount then, so their code and their first
 * render do not delay the timeline and the filters.
 */
export function useAfterFirstView(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let cancelled = false
    let idle: number | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const show = () => {
      if (!cancelled) setReady(true)
    }
    // Two frames: the first view has been laid out and painted.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(show, { timeout: 500 })
        else timer = setTimeout(show, 50)
      }),
    )
    return () => {
      cancelled = true
      cancelAnimationFrame(frame)
      if (idle !== undefined) cancelIdleCallback(idle)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [])
  return ready
}
