import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { jsonMessages as m } from './json-note-messages'
import { data, listed } from './note-parts'

/** The notes on a JSON file's own text (their codes begin with `json`). */
export type JsonNote = Extract<ReadNote, { code: `json${string}` }>

/** A JSON file's note in the reader's language; a place (events[3].title) is the file's path, isolated. */
export function JsonNoteWords({ note }: { note: JsonNote }): ReactNode {
  switch (note.code) {
    case 'jsonKeysTwice':
      return richText(m.jsonKeysTwice, {
        file: data(note.file),
        places: listed(note.places.map(data), note.more),
      })
    case 'jsonNonFinite':
      return richText(m.jsonNonFinite, { file: data(note.file), count: note.count })
  }
}
