import type { EngineRoute } from './route-to-engine'

/**
 * Why a file did not open in the query engine, as a code the load status words in the reader's
 * language with what to do; `detail` is the engine's or the reader's own words (English, shown apart).
 */
export type EngineOpenProblem =
  /** Its columns are not an ACLED export's (the engine reads only those itself). */
  | 'notAcled'
  /** A Parquet file that does not read: cut off, corrupt, or not Parquet. */
  | 'badParquet'
  /** DuckDB's CSV reader could not read the sheet. */
  | 'badCsv'
  /** The engine ran out of memory (the browser's limit for one page's WebAssembly). */
  | 'outOfMemory'
  /** The file was read and gave no event. */
  | 'noEvents'

export class EngineOpenError extends Error {
  readonly problem: EngineOpenProblem
  readonly fileName: string
  readonly detail: string

  private constructor(problem: EngineOpenProblem, fileName: string, detail: string) {
    super(`${fileName}: ${problem}${detail ? ` (${detail})` : ''}`)
    this.name = 'EngineOpenError'
    this.problem = problem
    this.fileName = fileName
    this.detail = detail
  }

  static of(problem: EngineOpenProblem, fileName: string, detail = ''): EngineOpenError {
    return new EngineOpenError(problem, fileName, detail)
  }

  /** What an error the engine or the Parquet reader threw comes to. */
  static from(error: unknown, route: EngineRoute, fileName: string): EngineOpenError {
    const detail = error instanceof Error ? error.message : String(error)
    const problem: EngineOpenProblem =
      /out of memory|memory access out of bounds|could not allocate|Array buffer allocation failed/i.test(
        detail,
      )
        ? 'outOfMemory'
        : /Not an ACLED export/.test(detail)
          ? 'notAcled'
          : route === 'parquet'
            ? 'badParquet'
            : 'badCsv'
    return new EngineOpenError(problem, fileName, detail.slice(0, 500))
  }
}
