// Why an engine gave no answer, as a code the views word in the reader's language (the catalogs), so
// that each says what a person can do: wait and try again, ask something narrower, check the service.
// The engine's own words (the service's reasons) stay in `detail`, in English, for whoever runs it.

export const ENGINE_PROBLEMS = [
  /** The service stopped the query past its time (504), or no answer came in time. */
  'timeout',
  /** The service refused the description (400): the page asked something it does not take. */
  'refused',
  /** No answer at all: the service is not running, not at that address, or the network is down. */
  'unreachable',
  /** The service answered with an error of its own (a 5xx other than a timeout). */
  'failed',
  /** An answer came but could not be read as one (not Arrow, a wrong column). */
  'unreadable',
] as const
export type EngineProblem = (typeof ENGINE_PROBLEMS)[number]

export class EngineError extends Error {
  override readonly name = 'EngineError'
  constructor(
    readonly problem: EngineProblem,
    /** What the engine or the network said, as it said it. */
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`)
  }
}

/** Any error from answering, as an engine's problem: one not thrown as an EngineError is a failure. */
export function engineProblemOf(error: unknown): EngineError {
  if (error instanceof EngineError) return error
  return new EngineError('failed', error instanceof Error ? error.message : String(error))
}
