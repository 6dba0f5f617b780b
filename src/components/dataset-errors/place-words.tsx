import type { ReactNode } from 'react'
import type { IssuePlace } from '../../dataset/validate/row-place'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'

// Where an importer's row is, in the reader's language: its number written as the file's lines are
// (no grouping), isolated; a column's name, a field's, an occurrence's and a path within the row are
// the file's words, isolated as data so that they keep their order right to left.
const messages = defineMessages({
  row: {
    id: 'datasetErrors.place',
    defaultMessage: '{kind, select, row {row {number}} other {line {number}}}',
  },
  quotes: { id: 'datasetErrors.placeQuotes', defaultMessage: 'quotes file, {place}' },
  column: { id: 'datasetErrors.placeColumn', defaultMessage: '{place}, column "{column}"' },
  part: { id: 'datasetErrors.placePart', defaultMessage: '{place}, {part}' },
  // A refused file's problem that is no row's: its header, a workbook's sheet, the file, the files.
  header: { id: 'datasetErrors.placeHeader', defaultMessage: '{file}, header' },
  sheet: { id: 'datasetErrors.placeSheet', defaultMessage: 'sheet “{sheet}”' },
  whole: {
    id: 'datasetErrors.placeWhole',
    defaultMessage: '{kind, select, file {(the file)} other {(the files)}}',
  },
})

const data = (text: string) => (
  <bdi>
    <code>{text}</code>
  </bdi>
)

/** "row 5", "quotes file, row 4, column "speaker"", "line 12, SQLDATE", "row 3.title". */
export function placeWords(at: IssuePlace): ReactNode {
  switch (at.kind) {
    case 'header':
      return richText(messages.header, { file: data(at.file) })
    case 'sheet':
      return richText(messages.sheet, { sheet: <bdi>{at.sheet}</bdi> })
    case 'file':
    case 'files':
      return richText(messages.whole, { kind: at.kind })
  }
  let place = richText(messages.row, { kind: at.kind, number: <bdi>{String(at.number)}</bdi> })
  if (at.quotes) place = richText(messages.quotes, { place })
  if (at.column !== undefined) place = richText(messages.column, { place, column: <bdi>{at.column}</bdi> })
  if (at.part !== undefined) place = richText(messages.part, { place, part: data(at.part) })
  if (at.within === undefined) return place
  return (
    <>
      {place}
      {data(at.within)}
    </>
  )
}
