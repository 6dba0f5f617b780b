import type { Dataset } from '../format/schema'
import type { ReadNote } from '../notes/read-note'
import type { DatasetIssue } from '../validate/dataset-issue'
import type { SheetHead } from './sheet/sheet-head'

/**
 * What reading a file noticed, beside the dataset it made: said with the story, declared once for
 * every step that passes it on (the readers, the load worker's answer, the load's outcome).
 */
export type ReadNotes = {
  /** What the reader should know of how the file was read (a key written twice, dates converted). */
  notes: ReadNote[]
  /** Rows (or slides) left out, each with its place and problem (see import/keep-good-rows.ts). */
  leftOut: DatasetIssue[]
  /** The sheet it was read from and each column's role, to review (for sheets only). */
  head?: SheetHead
}

/** A dataset read from files, valid, with what the reading noticed. */
export type DatasetRead = { dataset: Dataset } & ReadNotes
