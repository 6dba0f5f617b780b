import { useLayoutEffect, useRef, useState } from 'react'

/**
 * A function that never changes identity and always calls the latest `fn` the component rendered
 * with: the drafts' hooks take `parseContent` and `titleOf` from their caller, who may write them
 * inline, and must not reopen the draft on every render. Not for calling during render.
 */
export function useLatestFunction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  const [stable] = useState(
    () =>
      (...args: A) =>
        latest.current(...args),
  )
  return stable
}
