import type { SheetHead } from '../../../dataset/import/column-choice'

/** A sheet whose columns the reader is choosing (the mapping step), and the files it came from. */
export type ColumnsToChoose = {
  files: File[]
  head: SheetHead
  /** True when the file is open already and the reader reviews how it was read. */
  reviewing: boolean
}
