import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { data, listed, listedBy } from './note-parts'
import { recordsMessages as m } from './records-note-messages'

/** The notes of a list of records read as a sheet (their codes begin with `records`). */
export type RecordsNote = Extract<ReadNote, { code: `records${string}` }>

const field = (name: string) => richText(m.field, { name: data(name) })

// "a", "a and b", "a, b and c": the nested fields of one kind, as the sentence names them.
function andList(names: readonly string[]): ReactNode {
  const last = names.at(-1)
  if (last === undefined) return null
  if (names.length === 1) return field(last)
  return richText(m.and, { head: listed(names.slice(0, -1).map(field)), last: field(last) })
}

/** A records list's note in the reader's language. */
export function RecordsNoteWords({ note }: { note: RecordsNote }): ReactNode {
  switch (note.code) {
    case 'recordsList':
      return richText(m.recordsList, {
        inField: note.field === null ? 'no' : 'yes',
        file: data(note.file),
        count: note.count,
        field: data(note.field ?? ''),
      })
    case 'recordsLines':
      return richText(m.recordsLines, { file: data(note.file), count: note.count })
    case 'recordsEpochTimes':
      return richText(m.recordsEpochTimes, {
        field: data(note.field),
        asDate: note.asDate ? 'yes' : 'no',
        unread: note.unread,
      })
    case 'recordsNotRecords':
      return richText(m.recordsNotRecords, { count: note.count })
    case 'recordsNested':
      return richText(m.recordsNested, {
        read: listedBy(
          note.read.map(({ as, fields }) => richText(m.nestedAs, { as, fields: andList(fields) })),
        ),
      })
    case 'recordsUnreadParts':
      return richText(m.recordsUnreadParts, {
        parts: listed(note.parts.map(({ name, holds }) => richText(m.part, { name: field(name), holds }))),
        cut: note.more > 0 ? 'yes' : 'no',
        more: note.more,
      })
    case 'recordsUnreadFields':
      return richText(m.recordsUnreadFields, {
        fields: listed(note.fields.map(field)),
        cut: note.more > 0 ? 'yes' : 'no',
        more: note.more,
        deepest: note.deepest,
      })
    case 'recordsMisfits':
      return richText(m.recordsMisfits, {
        fields: listed(
          note.fields.map(({ name, lines }) =>
            richText(m.misfit, { name: field(name), count: lines.length, lines: listed(lines.map(String)) }),
          ),
        ),
      })
  }
}
