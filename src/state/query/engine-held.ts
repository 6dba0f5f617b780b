import type { Answerer } from '../../dataset/query/answers'
import { type AnswerSource, engineAnswerSource } from './answer-source'

/**
 * A story the page does not hold as events: an engine holds it, and every view draws the engine's
 * answers only (there is no in-memory index to answer from). The one type the story's source gives
 * the page for it, whichever engine it is.
 */
export type EngineHeldStory = {
  /**
   * Where the engine is, as the page tells the reader: a service at a path of this site (`?engine=`),
   * or DuckDB-WASM in this page over a file the reader opened (`?file=`).
   */
  where: { kind: 'service'; endpoint: string } | { kind: 'page'; fileName: string }
  /** The engine's answers; its identity names the story in the answers' cache. */
  answers: Extract<AnswerSource, { kind: 'engine' }>
}

/** The story the engine service at `endpoint` (a path of this site) holds. */
export function serviceHeldStory(endpoint: string): EngineHeldStory {
  return { where: { kind: 'service', endpoint }, answers: engineAnswerSource(endpoint) }
}

let pageOpenings = 0

/**
 * The story DuckDB-WASM in this page holds, over the file `fileName` opened here. Each opening has an
 * identity of its own, so the answers of two files (or of one file opened twice) never mix.
 */
export function pageHeldStory(fileName: string, answerer: Answerer): EngineHeldStory {
  pageOpenings += 1
  return {
    where: { kind: 'page', fileName },
    answers: { kind: 'engine', identity: `page:${pageOpenings}:${fileName}`, answerer },
  }
}
