import type { ReactNode } from 'react'
import type { DocumentNote, DocumentRefusal } from '../../../dataset/documents/document-note'
import { richText } from '../../../i18n/rich-text'
import { noteMessages, refusalMessages } from './document-note-messages'

// How an article's file was read, and why one was not, in the reader's language: one message per code
// (document-note-messages.ts). The file's own values (an encoding's name, a date as its properties
// write it) are isolated as <bdi>; what a library or the browser said is shown as it said it, marked
// English and left to right, only as a detail of the sentence around it.

const value = (text: string) => <bdi dir="ltr">{text}</bdi>
const said = (text: string) => (
  <bdi lang="en" dir="ltr">
    {text}
  </bdi>
)

/** A note on how the file was read. */
export function DocumentNoteWords({ note }: { note: DocumentNote }): ReactNode {
  const m = noteMessages
  switch (note.code) {
    case 'notUtf8':
    case 'pageEncoding':
      return richText(m[note.code], { encoding: value(note.encoding) })
    case 'pageNotUtf8':
    case 'loneCarriageReturns':
    case 'articlePicked':
    case 'noArticle':
    case 'standfirstAdded':
      return richText(m[note.code], {})
    case 'nestingBounded':
      return richText(m.nestingBounded, { levels: note.levels })
    case 'jsonLdSkipped':
      return richText(m.jsonLdSkipped, { error: said(note.error) })
    case 'tooManyElements':
      return richText(m.tooManyElements, { elements: note.elements })
    case 'nestedTooDeep':
      return richText(m.nestedTooDeep, { depth: note.depth })
    case 'wordSaid':
      return richText(m.wordSaid, { message: said(note.message) })
    case 'wordSaidMore':
      return richText(m.wordSaidMore, { count: note.count })
    case 'wordCreated':
      return richText(m.wordCreated, { date: value(note.date) })
    case 'fieldTooLong':
      return richText(m.fieldTooLong, { field: note.field, length: note.length, limit: note.limit })
  }
}

/** Why the file was not read, and what to do. */
export function DocumentRefusalWords({ refusal }: { refusal: DocumentRefusal }): ReactNode {
  const m = refusalMessages
  switch (refusal.code) {
    case 'unreadable':
      return richText(m.unreadable, { what: refusal.what ?? 'unknown' })
    case 'empty':
    case 'nestedTooDeep':
      return richText(m[refusal.code], {})
    case 'tooLong':
      return richText(m.tooLong, { length: refusal.length, limit: refusal.limit })
    case 'wordTooLarge':
      return richText(m.wordTooLarge, { bytes: refusal.bytes })
    case 'wordFailed':
      return richText(m.wordFailed, { why: refusal.why, said: said(refusal.said) })
    case 'failed':
      return richText(m.failed, { said: said(refusal.said) })
  }
}
