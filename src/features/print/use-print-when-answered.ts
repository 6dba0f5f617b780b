import { useEffect } from 'react'
import { useProblemWordsReady } from '../../components/engine-problem/engine-problem'
import { printDone } from './print-request'

/**
 * Print was pressed (`asked`): the browser prints once the printed list has its answer, or the
 * engine's problem in words (loaded with the problem), so that a printout is never made blank.
 */
export function usePrintWhenAnswered(
  asked: boolean,
  state: { answered: boolean; counting: boolean; error: Error | null; retrying: boolean },
): void {
  const { answered, counting, error, retrying } = state
  const wordsReady = useProblemWordsReady(error)
  const ready = error ? !retrying && wordsReady : answered && !counting
  useEffect(() => {
    if (!asked || !ready) return
    window.print()
    printDone()
  }, [asked, ready])
}
