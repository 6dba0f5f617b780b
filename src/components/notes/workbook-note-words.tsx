import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { data, libraryWords, listed, listedBy } from './note-parts'
import { workbookMessages as m } from './workbook-note-messages'

/** The notes of a workbook (their codes begin with `workbook`). */
export type WorkbookNote = Extract<ReadNote, { code: `workbook${string}` }>

/** A workbook's note in the reader's language; SheetJS's errors are shown as it gives them, isolated. */
export function WorkbookNoteWords({ note }: { note: WorkbookNote }): ReactNode {
  switch (note.code) {
    case 'workbookRepaired':
      return richText(m.workbookRepaired, { error: libraryWords(note.error) })
    case 'workbookSheetsUnread':
      return richText(m.workbookSheetsUnread, {
        sheets: listedBy(
          note.sheets.map(({ name, error }) =>
            richText(m.unreadSheet, {
              name: data(name),
              missing: error === null ? 'yes' : 'no',
              error: libraryWords(error ?? ''),
            }),
          ),
        ),
      })
    case 'workbookFormulas':
      return richText(m.workbookFormulas, { count: note.count })
    case 'workbookSheet':
      return richText(m.workbookSheet, {
        file: data(note.file),
        sheet: data(note.sheet),
        others: note.others.length ? 'yes' : 'no',
        list: listed(
          note.others.map((name) => richText(m.sheetName, { name: data(name) })),
          note.more > 0,
        ),
      })
  }
}
