import type { FallbackEncoding } from '../../import/named-text'
import type { SheetHead, SheetOptions, SheetSample } from '../../import/sheet/sheet-head'
import type { ParsedDates } from '../../story-index'
import type { SentIssue } from '../../validate/sent-issue'
import type { DatasetLoadError } from '../dataset-load-error'
import type { LoadProblem } from '../load-problem'

/**
 * What the page sends the load worker: files, downloaded bodies or text already fetched; or the
 * address of a dataset on this site, for the worker to download itself.
 */
export type LoadRequest = (
  | {
      sources: LoadSource[]
      /** Whether anyone shows progress: reading a file in pieces to count them is slower than at once. */
      reportProgress: boolean
      /** The reader's choice of columns for a sheet, and choices kept from earlier files. */
      options?: SheetOptions
    }
  | { download: string }
) & {
  /**
   * Send a sheet's dataset before validating it (`UncheckedPart` messages), for the page to index
   * while the worker validates; the answer is then AS_UNCHECKED when validation changed nothing.
   */
  sendUnchecked?: boolean
}
export type LoadSource = {
  name: string
  content: Blob | string
  /** For a text the page has read already: the encoding it was read in, if not UTF-8. */
  encoding?: FallbackEncoding
}
/** Sent to a worker started ahead of need: load the reading code now, a request will follow. */
export const WARM_UP = { warmUp: true } as const
export type WarmUp = typeof WARM_UP

/** The size of what is to be read: characters of text, bytes of a file. */
export function sourcesSize(sources: LoadSource[]): number {
  return sources.reduce(
    (sum, source) => sum + (typeof source.content === 'string' ? source.content.length : source.content.size),
    0,
  )
}

/** 'workbook': reading a spreadsheet workbook (SheetJS), which the page holds to a time limit. */
export type LoadProgress = { stage: 'reading' | 'checking' | 'workbook'; fraction: number }

/**
 * Said by the worker instead of sending the dataset back, when the one source it read, parsed as JSON,
 * is the valid dataset exactly (no text needed trimming): the page parses those same bytes itself,
 * which costs less than the worker serialising a copy and the page deserialising it (see
 * docs/decisions/load-order.md).
 */
export const SAME_AS_SOURCE = 'same-as-source'

/**
 * A dataset the worker made or changed (a sheet read, texts trimmed), written as JSON: one text
 * crosses to the page and is parsed there faster than structured cloning copies the objects (100,000
 * ACLED rows: 2.1 s cloned, 1.4 s written and parsed). It is the worker's validated dataset.
 */
export type DatasetText = { json: string }

/**
 * Said by the worker instead of sending the dataset again, when the sheet's dataset it sent before
 * validating (`unchecked`) is the validated dataset (no row left out, nothing trimmed): the page has
 * indexed it while the worker validated.
 */
export const AS_UNCHECKED = 'as-unchecked'

/**
 * What the load worker answers: as many progress messages as it likes; for a download, the bytes it
 * downloaded (a copy, for the page to parse while the worker checks them); then done or failed.
 */
export type LoadMessage =
  | ({ type: 'progress' } & LoadProgress)
  | { type: 'downloaded'; bytes: ArrayBuffer }
  | UncheckedPart
  | LoadDone
  | ChooseColumns
  | LoadFailure

/**
 * The dataset read and valid, with what the reading noticed: the validated dataset written as JSON
 * with its dates, parsed once, so the page indexes it without parsing a date again; or, instead of
 * the dataset, word that the page holds it already: the one source as it is (SAME_AS_SOURCE; its
 * dates come too, except for a download, whose page indexed its own parse of the bytes while this
 * checked them), or the dataset sent before validation (AS_UNCHECKED).
 */
export type LoadDone = { type: 'done' } & {
  /** Notes as codes (ReadNote), checked on the page only when there are some (open-files.ts). */
  notes: readonly unknown[]
  /** Rows left out (ReadNotes' leftOut), their codes checked where the outcome is made (SentIssue). */
  leftOut: SentIssue[]
  head?: SentHead
} & (
    | { dataset: DatasetText; dates: ParsedDates }
    | { dataset: typeof SAME_AS_SOURCE; dates: ParsedDates | null }
    | { dataset: typeof AS_UNCHECKED; dates: null }
  )

/**
 * Why files were refused, as the worker sends it: its English, each problem by place, and the refusal
 * as a code (a `Refusal`, import/read-refusal.ts), checked where the page makes the load's outcome,
 * with the checker loaded only then (checked-refusal.ts).
 */
export type SentRefusal = { message: string; issues: SentIssue[]; refusal: unknown }

/** A sheet's head as the worker sends it: the rows its samples could not read, their codes not yet checked. */
export type SentHead = Omit<SheetHead, 'sheets'> & {
  sheets: Array<Omit<SheetSample, 'skipped'> & { skipped?: SentIssue[] }>
}

/** A sheet whose columns the reader is to choose before it opens (the mapping step), and why. */
export type ChooseColumns = { type: 'choose-columns'; head: SentHead } & SentRefusal

/**
 * A sheet's dataset as read, before validation (see AS_UNCHECKED), in parts: its events a few
 * thousand at a time (JSON lists, in order), for the page to parse each while the worker writes the
 * next; then the rest of the dataset (its events left out) and every event's date.
 */
export type UncheckedPart =
  | { type: 'unchecked-events'; json: string }
  | { type: 'unchecked'; rest: DatasetText; dates: ParsedDates }

export type LoadFailure = {
  type: 'failed'
  kind: DatasetLoadError['kind']
  message: string
  issues: SentIssue[]
} & (
  | /** A cause on the way, as a code (see load-problem.ts): the page words it. */ { problem: LoadProblem }
  | /** An importer's refusal (see SentRefusal). */ { refusal: unknown }
)

/** The worker's last word on a load. */
export type WorkerAnswer = LoadDone | ChooseColumns | LoadFailure
