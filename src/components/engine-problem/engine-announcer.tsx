import { useModuleWhen } from '../use-module-when'
import { useShownProblem } from './shown-problems'

const loadWords = () => import('./engine-problem-words')

/**
 * The page's one live region for an engine's problems: the first problem a view shows, said once
 * (views failing alike say the same words, which a screen reader does not hear again), then "trying
 * again" when the reader asks again, and the problem again if that fails too. Empty while every view
 * has its answer; in the page from the start, so that what is put in it is heard.
 */
export function EngineAnnouncer() {
  const problem = useShownProblem()
  const words = useModuleWhen(loadWords, problem !== null)
  return (
    <p className="visually-hidden" aria-live="polite">
      {problem && words && <words.ProblemSentence error={problem.error} retrying={problem.retrying} />}
    </p>
  )
}
