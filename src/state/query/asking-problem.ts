import type { AnswerState } from './use-answer'

/**
 * What a view says when an engine did not answer it: one problem, however many questions the view
 * asks (the map asks three), and one _Try again_ that asks again each question that failed.
 */
export type AskingProblem = {
  /** The first failed question's error (engine-error.ts), or null when every question was answered. */
  error: Error | null
  retry: () => void
  /** Asked again, not answered yet: the error is the last one, said as being tried again. */
  retrying: boolean
}

type Asked = Pick<AnswerState<unknown>, 'error' | 'retry' | 'retrying'>

/** The one problem of a view's questions (those it did not ask are answered: no error). */
export function askingProblem(...asked: readonly Asked[]): AskingProblem {
  const failed = asked.filter((question) => question.error !== null)
  return {
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const question of failed) question.retry()
    },
    // Said as trying again only while none has failed anew.
    retrying: failed.length > 0 && failed.every((question) => question.retrying),
  }
}
