import type { ReactNode } from 'react'
import type { FoundValue } from '../../dataset/validate/found-value'
import { separators } from '../../i18n/i18n-store'
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
  // What importers other than the sheet's found in a row they left out.
  read: {
    id: 'datasetErrors.readFound',
    defaultMessage:
      '{code, select, noneReadable {none that could be read} aList {a list} emptyCell {an empty cell} noRows {no rows} noColumns {no columns} other {nothing}}',
  },
  // A JSON value by JavaScript's name of its type: "object" is a list or null where an object was expected.
  jsType: {
    id: 'datasetErrors.jsType',
    defaultMessage:
      '{type, select, string {string} number {number} boolean {boolean} object {object} other {{name}}}',
  },
  fieldCount: {
    id: 'datasetErrors.fieldCount',
    defaultMessage: '{count, plural, one {# field} other {# fields}}',
  },
  brokenJson: { id: 'datasetErrors.brokenJson', defaultMessage: 'broken JSON' },
  brokenJsonSaid: { id: 'datasetErrors.brokenJsonSaid', defaultMessage: 'broken JSON ({said})' },
  typed: { id: 'datasetErrors.typed', defaultMessage: 'a "{type}"' },
  columns: { id: 'datasetErrors.columns', defaultMessage: 'columns {names}' },
  columnsMore: { id: 'datasetErrors.columnsMore', defaultMessage: 'columns {names} and {more, number} more' },
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

// A parser's own words, in its language: a detail to search for, not translated.
const englishDetail = (english: string) => (
  <bdi lang="en" dir="ltr">
    {english}
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
    case 'noneReadable':
    case 'aList':
    case 'emptyCell':
    case 'noRows':
      return richText(messages.read, { code: found.code })
    case 'columns':
      if (found.names.length === 0) return richText(messages.read, { code: 'noColumns' })
      return richText(found.more > 0 ? messages.columnsMore : messages.columns, {
        names: found.names.map((name, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a header may name two columns alike
          <span key={index}>
            {index > 0 && separators().comma}
            {data(JSON.stringify(name))}
          </span>
        )),
        more: found.more,
      })
    case 'files':
      if (found.names.length === 0) return richText(messages.read, { code: 'nothing' })
      return found.names.map((name, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two files may be named alike
        <span key={index}>
          {index > 0 && separators().comma}
          {data(name)}
        </span>
      ))
    case 'jsType':
      return richText(messages.jsType, { type: found.type, name: data(found.type) })
    case 'fieldCount':
      return richText(messages.fieldCount, { count: found.count })
    case 'brokenJson':
      return found.english === null
        ? richText(messages.brokenJson, {})
        : richText(messages.brokenJsonSaid, { said: englishDetail(found.english) })
    case 'typed':
      return richText(messages.typed, { type: data(found.type) })
    case 'parserSaid':
      return englishDetail(found.english)
    default:
      return richText(messages.found, { code: found.code })
  }
}
