import type { Importer } from '../importer'
import { refused } from '../read-refusal'

/**
 * A spreadsheet workbook (Excel .xlsx or .xls, OpenDocument .ods), which comes as its bytes: TimeMap's
 * spreadsheet, or the sheet of events (see workbook-reader.ts). Its reader loads SheetJS, which
 * nothing else needs: only when a workbook is read.
 */
export const workbook: Importer = {
  name: 'workbook',
  recognise: (input) => (input.files.some((file) => file.bytes !== undefined) ? 1 : 0),
  read: async (input, options) => {
    const file = input.files.find((candidate) => candidate.bytes !== undefined)
    if (!file?.bytes) return refused({ code: 'declined', format: 'workbook' })
    const { datasetFromWorkbook } = await import('./workbook-reader')
    return datasetFromWorkbook(file.name, file.bytes, options)
  },
}
