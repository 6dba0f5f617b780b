import { useEffect } from 'react'
import { engineProblemOf, type EngineProblem as Problem } from '../../dataset/query/engine-error'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { showProblem, useShownProblem } from './shown-problems'
import './engine-problem.css'

const messages = defineMessages({
  timeout: {
    id: 'engine.timeout',
    defaultMessage:
      'The query engine took too long to answer. Narrow the view (filter by a country or an actor, or zoom into a shorter span) or try again.',
  },
  refused: {
    id: 'engine.refused',
    defaultMessage:
      'The query engine refused this question. The page and the engine may be different versions: reload the page; if it happens again, tell whoever runs the engine.',
  },
  unreachable: {
    id: 'engine.unreachable',
    defaultMessage:
      'The query engine could not be reached. Check that it is running and that your connection works, then try again.',
  },
  failed: {
    id: 'engine.failed',
    defaultMessage:
      'The query engine failed to answer. Try again; if it happens again, tell whoever runs the engine.',
  },
  unreadable: {
    id: 'engine.unreadable',
    defaultMessage:
      'The query engine’s answer could not be read. The page and the engine may be different versions: reload the page; if it happens again, tell whoever runs the engine.',
  },
  retry: { id: 'engine.retry', defaultMessage: 'Try again' },
  retrying: { id: 'engine.retrying', defaultMessage: 'Asking the query engine again…' },
  stale: {
    id: 'engine.stale',
    defaultMessage: 'What this view shows is the engine’s last answer, from before this change.',
  },
  detail: { id: 'engine.detail', defaultMessage: 'What the engine said' },
})

const WORDS: Readonly<Record<Problem, (typeof messages)[Problem]>> = messages

/** The first problem a view shows in one sentence, or that it is asked again: the live region's words. */
export function AnnouncedProblem() {
  const t = useT()
  const shown = useShownProblem()
  if (!shown) return null
  return <>{shown.retrying ? t(messages.retrying) : t(WORDS[engineProblemOf(shown.error).problem])}</>
}

/** An engine's problem in words (engine-problem.tsx loads this only when there is one). */
export function EngineProblemWords({
  error,
  onRetry,
  retrying = false,
  stale = false,
}: {
  error: Error
  onRetry: (() => void) | undefined
  retrying?: boolean
  stale?: boolean
}) {
  const t = useT()
  const problem = engineProblemOf(error)
  // Shown while mounted: the page says the first problem shown once (EngineAnnouncer in engine-problem.tsx).
  useEffect(() => showProblem({ error, retrying }), [error, retrying])
  return (
    <div className="engine-problem" aria-busy={retrying || undefined}>
      <p>
        {retrying ? t(messages.retrying) : t(WORDS[problem.problem])}
        {stale && <> {t(messages.stale)}</>}{' '}
        {/* Kept while asking again (aria-disabled, not disabled): the reader's focus stays on it. */}
        {onRetry && (
          <button
            type="button"
            className="link-button"
            aria-disabled={retrying || undefined}
            onClick={retrying ? undefined : onRetry}
          >
            {t(messages.retry)}
          </button>
        )}
      </p>
      <details>
        <summary>{t(messages.detail)}</summary>
        <code dir="ltr">{problem.detail}</code>
      </details>
    </div>
  )
}
