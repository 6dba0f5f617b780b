import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { gdeltMessages as m } from './gdelt-note-messages'
import { data, listed } from './note-parts'

/** The notes of a GDELT events file (their codes begin with `gdelt`). */
export type GdeltNote = Extract<ReadNote, { code: `gdelt${string}` }>

/** A GDELT file's note in the reader's language. */
export function GdeltNoteWords({ note }: { note: GdeltNote }): ReactNode {
  switch (note.code) {
    case 'gdeltRead':
      return richText(m.gdeltRead, {
        file: data(note.file),
        versions: note.v1 && note.v2 ? 'both' : note.v1 ? 'v1' : 'v2',
        v1: note.v1,
        v2: note.v2,
      })
    case 'gdeltUnknownCountries':
      return richText(m.gdeltUnknownCountries, {
        codes: listed(note.codes.map(({ text, count }) => richText(m.code, { text: data(text), count }))),
      })
  }
}
