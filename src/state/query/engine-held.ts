import { type AnswerSource, engineAnswerSource } from './answer-source'

/**
 * A story the page does not hold as events: an engine holds it, and every view draws the engine's
 * answers only (there is no in-memory index to answer from). The one type the story's source gives
 * the page for it, whichever engine it is.
 */
export type EngineHeldStory = {
  /** Where the engine is, as the page tells the reader: a service at a path of this site (`?engine=`). */
  where: { kind: 'service'; endpoint: string }
  /** The engine's answers; its identity names the story in the answers' cache. */
  answers: Extract<AnswerSource, { kind: 'engine' }>
}

/** The story the engine service at `endpoint` (a path of this site) holds. */
export function serviceHeldStory(endpoint: string): EngineHeldStory {
  return { where: { kind: 'service', endpoint }, answers: engineAnswerSource(endpoint) }
}
