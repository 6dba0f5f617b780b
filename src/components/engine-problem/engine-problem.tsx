import { useModuleWhen } from '../use-module-when'

// Its words, messages and style load only when an engine has failed: a story held in the page never
// needs them, so they stay out of the first view's code.
const loadWords = () => import('./engine-problem-words')

/**
 * Said in a view whose question an engine did not answer, where it shows its answer: what went wrong
 * in the reader's words, what to do, a way to ask again, and the engine's own words (for whoever runs
 * it, as it said them). The rest of the page keeps working: each view says only its own. Not a live
 * region: the page says the problem once (engine-announcer.tsx), however many views show it.
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
