import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * Whether the page is being printed (or about to be). The printed list is made only then: a story of
 * 100,000 events should not keep a second copy of them in the page. `beforeprint` is answered at once
 * (flushSync), before the browser lays the page out for paper; a change of the print media query
 * covers what fires no beforeprint (print emulation, some browsers' previews).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    const query = window.matchMedia?.('print')
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    const onChange = (event: MediaQueryListEvent) => setPrinting(event.matches)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    query?.addEventListener?.('change', onChange)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      query?.removeEventListener?.('change', onChange)
    }
  }, [])
  return printing
}
