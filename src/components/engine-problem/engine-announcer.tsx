import { useEffect, useState } from 'react'
import { useModuleWhen } from '../use-module-when'

const loadWords = () => import('./engine-problem-words')

/**
 * The page's one live region for an engine's problems: the first problem a view shows, said once
 * (views failing alike say the same words, which a screen reader does not hear again), then "trying
 * again" when the reader asks again, and the problem again if that fails too. Empty while every view
 * has its answer; in the page from the start, so that what is put in it is heard. Its words load
 * when a view first shows a problem (shown-problems.ts says so by an event: the name is written out
 * here so as not to bring that module onto the first view).
 */
export function EngineAnnouncer() {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    const onShown = () => setShown(true)
    window.addEventListener('engine-problem-shown', onShown)
    return () => window.removeEventListener('engine-problem-shown', onShown)
  }, [])
  const words = useModuleWhen(loadWords, shown)
  return (
    <p className="visually-hidden" aria-live="polite">
      {words && <words.AnnouncedProblem />}
    </p>
  )
}
