import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { kmlGpxMessages as m } from './kml-gpx-note-messages'
import { data } from './note-parts'

/** The notes of a KML or GPX file (their codes begin with `kmlGpx`). */
export type KmlGpxNote = Extract<ReadNote, { code: `kmlGpx${string}` }>

/** A KML or GPX file's note in the reader's language. */
export function KmlGpxNoteWords({ note }: { note: KmlGpxNote }): ReactNode {
  switch (note.code) {
    case 'kmlGpxRead':
      return richText(m.kmlGpxRead, {
        file: data(note.file),
        kind: note.kind,
        count: note.count,
        untimed: note.untimed,
      })
  }
}
