import type { ReactNode } from 'react'
import type { FoundValue } from '../../dataset/validate/found-value'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'

// What a dataset held, in the reader's language: a text or a value from the file is data, in <bdi>.
const messages = defineMessages({
  found: {
    id: 'datasetErrors.found',
    defaultMessage:
      '{code, select, missing {nothing (the field is missing)} object {an object} unknownField {an unknown field} endOfFile {the end of the file} brokenRow {a broken row} none {none} fileEndsFirst {the file ends first} cancelled {a cancelled one (STATUS:CANCELLED)} other {something else}}',
  },
  longText: {
    id: 'datasetErrors.longText',
    defaultMessage: '{text} ({length, plural, one {# character} other {# characters}})',
  },
  list: { id: 'datasetErrors.list', defaultMessage: 'a list of {count}' },
  cellCount: {
    id: 'datasetErrors.cellCount',
    defaultMessage:
      '{more, select, yes {too many cells} other {too few cells}} ({cells}, where the header has {header})',
  },
})

const data = (text: string) => (
  <bdi>
    <code>{text}</code>
  </bdi>
)

/** "nothing (the field is missing)", ""soon"", "a list of 3". */
export function foundValueWords(found: FoundValue): ReactNode {
  switch (found.code) {
    case 'null':
      return data('null')
    case 'text':
      return found.length === null
        ? data(found.shown)
        : richText(messages.longText, { text: data(found.shown), length: found.length })
    case 'value':
      return data(found.shown)
    case 'other':
      return data(found.type)
    case 'list':
      return richText(messages.list, { count: String(found.count) })
    case 'cellCount':
      return richText(messages.cellCount, {
        more: found.cells > found.header ? 'yes' : 'no',
        cells: String(found.cells),
        header: String(found.header),
      })
    case 'parserSaid':
      // The parser's own words, in its language: a detail to search for, not translated.
      return (
        <bdi lang="en" dir="ltr">
          {found.english}
        </bdi>
      )
    default:
      return richText(messages.found, { code: found.code })
  }
}
