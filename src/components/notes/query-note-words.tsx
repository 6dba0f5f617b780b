import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { data, listed } from './note-parts'
import { queryMessages as m } from './query-note-messages'

/** The notes of a query's results (their codes begin with `query`). */
export type QueryNote = Extract<ReadNote, { code: `query${string}` }>

const variable = (name: string) => richText(m.variable, { name: data(name) })

/** A query's results' note in the reader's language. */
export function QueryNoteWords({ note }: { note: QueryNote }): ReactNode {
  switch (note.code) {
    case 'queryResults':
      return richText(m.queryResults, {
        file: data(note.file),
        simple: note.simple ? 'yes' : 'no',
        total: note.total,
      })
    case 'queryItems':
      return richText(m.queryItems, {
        rows: note.rows,
        items: note.items,
        main: variable(note.main),
        lists: note.rows > note.items ? 'yes' : 'no',
      })
    case 'queryRenamed':
      return richText(m.queryRenamed, {
        renamed: listed(
          note.renamed.map(({ name, as }) => richText(m.renamed, { name: variable(name), as: data(as) })),
        ),
      })
    case 'queryLinks':
      return richText(m.queryLinks, { names: listed(note.names.map(variable)) })
    case 'queryYears':
      return richText(m.queryYears, { count: note.count })
    case 'querySeveralValues':
      return richText(m.querySeveralValues, { count: note.count, name: variable(note.name) })
  }
}
