import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { data, listed } from './note-parts'
import { timemapMessages as m } from './timemap-note-messages'

/** The notes of TimeMap's spreadsheet (their codes begin with `timemap`). */
export type TimemapNote = Extract<ReadNote, { code: `timemap${string}` }>

/** A TimeMap spreadsheet's note in the reader's language; ids are the sheet's, isolated. */
export function TimemapNoteWords({ note }: { note: TimemapNote }): ReactNode {
  switch (note.code) {
    case 'timemapRead':
      return richText(m.timemapRead, { sites: note.sites ? 'yes' : 'no' })
    case 'timemapNarratives':
      return richText(m.timemapNarratives, { count: note.count, events: note.events })
    case 'timemapUnknownIds':
      return richText(m.timemapUnknownIds, {
        ids: listed(note.ids.map((id) => richText(m.id, { id: data(id) }))),
      })
  }
}
