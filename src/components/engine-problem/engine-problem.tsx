import { useEffect, useState } from 'react'
import { useModuleWhen } from '../use-module-when'

// Its words, messages and style load only when an engine has failed: a story held in the page never
// needs them, so they stay out of the first view's code.
const loadWords = () => import('./engine-problem-words')

/**
 * Said in a view whose question an engine did not answer, where it shows its answer: what went wrong
 * in the reader's words, what to do, a way to ask again, and the engine's own words (for whoever runs
 * it, as it said them). The rest of the page keeps working: each view says only its own. Not a live
 * region: the page says the problem once (EngineAnnouncer in engine-problem.tsx), however many views show it.
 */
export function EngineProblem({
  error,
  onRetry,
  retrying = false,
  stale = false,
}: {
  error: Error | null
  onRetry?: () => void
  /** Asked again and not answered yet: said so, the button waits. */
  retrying?: boolean
  /** The view still shows an earlier answer, which the words say is not the current one. */
  stale?: boolean
}) {
  const words = useModuleWhen(loadWords, error !== null)
  if (!error || !words) return null
  return <words.EngineProblemWords error={error} onRetry={onRetry} retrying={retrying} stale={stale} />
}

/** Whether a problem's words are in the page: print waits for them before the browser prints. */
export function useProblemWordsReady(error: Error | null): boolean {
  return useModuleWhen(loadWords, error !== null) !== null
}

/**
 * The page's one live region for an engine's problems: the first problem a view shows, said once
 * (views failing alike say the same words, which a screen reader does not hear again), then "trying
 * again" when the reader asks again, and the problem again if that fails too. Empty while every view
 * has its answer; in the page from the start, so that what is put in it is heard. Its words load
 * when a view first shows a problem (shown-problems.ts says so by an event: the name is written out
 * here so as not to bring that module onto the first view). Here, not in a module of its own, so
 * that the words are loaded by one import (a second one costs the first view its list of files).
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
