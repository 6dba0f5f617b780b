import { useModuleWhen } from '../use-module-when'

// Its words, messages and style load only when an engine has failed: a story held in the page never
// needs them, so they stay out of the first view's code.
const loadWords = () => import('./engine-problem-words')

/**
 * Said in a view whose question an engine did not answer, in place of what it would show: what went
 * wrong in the reader's words, what to do, a way to ask again, and the engine's own words (for whoever
 * runs it, as it said them). The rest of the page keeps working: each view says only its own.
 */
export function EngineProblem({ error, onRetry }: { error: Error | null; onRetry?: () => void }) {
  const words = useModuleWhen(loadWords, error !== null)
  if (!error || !words) return null
  return <words.EngineProblemWords error={error} onRetry={onRetry} />
}
