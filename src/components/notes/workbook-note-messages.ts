import { defineMessages } from '../../i18n/messages'

// One message per note a workbook's reading makes (dataset/notes/read-note.ts, `workbook…`), and the
// parts of its sheets' notes. A sheet's name and SheetJS's error are the file's and the library's words.
export const workbookMessages = defineMessages({
  workbookRepaired: {
    id: 'notes.workbookRepaired',
    defaultMessage:
      "The workbook's list of its parts could not be read ({error}): it was made again from the parts it holds.",
  },
  workbookSheetsUnread: {
    id: 'notes.workbookSheetsUnread',
    defaultMessage: 'These sheets could not be read, the others were: {sheets}.',
  },
  unreadSheet: {
    id: 'notes.workbookUnreadSheet',
    defaultMessage:
      'sheet “{name}”: {missing, select, yes {its part of the file is missing or could not be parsed} other {{error}}}',
  },
  workbookFormulas: {
    id: 'notes.workbookFormulas',
    defaultMessage:
      '{count, plural, one {# cell holds a formula} other {# cells hold formulas}} whose value the file does not keep (the program that wrote it did not work them out): read as empty. Open the file in a spreadsheet and save it to keep them.',
  },
  workbookSheet: {
    id: 'notes.workbookSheet',
    defaultMessage:
      '{file}: its sheet “{sheet}” was read{others, select, yes {; not its other sheets, {list}} other {}}.',
  },
  sheetName: { id: 'notes.workbookSheetName', defaultMessage: '“{name}”' },
})
